// Odd and hostile addresses: each answers 400 or 404 (or an ordinary page), never a 500,
// and never shows a stack trace.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, withoutAttributeValues, type TestApp } from './helpers.js';

const CASES: { url: string; expect: number[] }[] = [
  { url: '/news?page=-1', expect: [400] },
  { url: '/news?page=0', expect: [400] },
  { url: '/news?page=abc', expect: [400] },
  { url: '/news?page=1.5', expect: [400] },
  { url: '/news?page=99999999', expect: [400] },
  { url: '/news?page=9999', expect: [404] },
  { url: '/news?page=1&page=2', expect: [400, 200] },
  { url: '/topics/workforce?page=-5', expect: [400] },
  { url: '/topics/unknown-topic', expect: [404] },
  { url: '/topics/%00', expect: [400, 404] },
  { url: '/news/%00', expect: [400, 404] },
  { url: `/news/${'a'.repeat(250)}`, expect: [400, 404] },
  { url: `/news/${'a'.repeat(5000)}`, expect: [400, 404, 414] },
  { url: '/news/..%2F..%2Fetc%2Fpasswd', expect: [404] },
  { url: '/news/%E0%A4%A', expect: [400, 404] },
  { url: '/reports/x/files/abc/y.pdf', expect: [400] },
  { url: '/reports/x/files/-1/y.pdf', expect: [400] },
  { url: '/reports/x/files/99999999999999/y.pdf', expect: [400] },
  { url: '/events?when=%3Cscript%3E', expect: [400] },
  { url: '/events/x/calendar.ics', expect: [404] },
  { url: '/search?q=%3Cscript%3Ealert(1)%3C/script%3E', expect: [200] },
  { url: '/search?q=a&page=-1', expect: [400] },
  { url: '/search?q=a&page=abc', expect: [400] },
  { url: '/search?q=a&kind=secret', expect: [400] },
  { url: '/search?q=a&topic=does-not-exist', expect: [200] },
  { url: `/search?q=${'%22'.repeat(1000)}`, expect: [200] },
  { url: '/search?q[]=a&q[]=b', expect: [200, 400] },
  { url: '/sitemaps/items-0.xml', expect: [400, 404] },
  { url: '/sitemaps/items-abc.xml', expect: [400, 404] },
  { url: '/media/not-a-key.svg', expect: [404] },
  { url: '/assets/../../package.json', expect: [404] },
  { url: '/%', expect: [400, 404] },
  { url: '/<script>', expect: [404] },
];

describe('bad input never gives a 500', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t?.close());

  for (const { url, expect } of CASES) {
    it(`${url.slice(0, 60)} answers ${expect.join(' or ')}`, async () => {
      const res = await t.app.inject(url);
      assert.ok(expect.includes(res.statusCode), `got ${res.statusCode}: ${res.body.slice(0, 200)}`);
      assert.doesNotMatch(res.body, /at \w+ \(.*:\d+:\d+\)/, 'no stack trace');
      if (res.statusCode === 400) assert.match(res.body, /There is a problem with that request/);
      if (res.headers['content-type']?.toString().includes('text/html')) assert.doesNotMatch(withoutAttributeValues(res.body), /<script>alert/);
    });
  }
});
