// The page cache as a browser meets it, over real HTTP: the second request for a page is
// answered from memory with the same headers, and revalidation gives a 304.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from './helpers.js';

describe('cached pages over HTTP', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp({ listen: true });
  });
  after(async () => t?.close());

  it('a repeat visit gets the same page, headers and ETag from the cache, and a 304 when unchanged', async () => {
    const first = await fetch(`${t.baseUrl}/topics`);
    const firstBody = await first.text();
    assert.equal(first.status, 200);
    const second = await fetch(`${t.baseUrl}/topics`, { headers: { 'x-request-id': 'trace-12345678' } });
    assert.equal(await second.text(), firstBody);
    assert.equal(second.headers.get('etag'), first.headers.get('etag'));
    assert.match(second.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.equal(second.headers.get('x-request-id'), 'trace-12345678');
    assert.equal(second.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(second.headers.get('content-encoding'), 'gzip'); // fetch asks for gzip, br
    const revalidated = await fetch(`${t.baseUrl}/topics`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    assert.equal(revalidated.status, 304);
    const metrics = await (await fetch(`${t.baseUrl}/metrics`)).text();
    assert.match(metrics, /http_request_duration_seconds_count\{method="GET",route="\/topics",status_code="304"\} 1/);
  });

  it('a content change is visible at once: invalidation empties the cache', async () => {
    const item = await t.container.db.kysely.selectFrom('items').select(['id', 'slug']).where('kind', '=', 'news').where('access', '=', 'public').executeTakeFirstOrThrow();
    await fetch(`${t.baseUrl}/news/${item.slug}`);
    await t.container.db.kysely.updateTable('items').set({ title: 'A title changed by an editor' }).where('id', '=', item.id).execute();
    t.container.pageCache.invalidate();
    assert.match(await (await fetch(`${t.baseUrl}/news/${item.slug}`)).text(), /A title changed by an editor/);
  });

  it('HEAD is answered from the cache without a body', async () => {
    await fetch(`${t.baseUrl}/events`);
    const head = await fetch(`${t.baseUrl}/events`, { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');
    assert.ok(head.headers.get('etag'));
  });
});
