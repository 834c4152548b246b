import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

function parseXml(body: string) {
  const valid = XMLValidator.validate(body);
  assert.equal(valid, true, `not well-formed XML: ${JSON.stringify(valid)}`);
  return xml.parse(body);
}

for (const { dialect, skip } of dialects()) {
  describe(`public site on ${dialect}`, { skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp({ dialect });
    });
    after(async () => t?.close());

    it('the home page shows a lead story, the latest items, topic sections, events and why to register', async () => {
      const res = await t.app.inject('/');
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /text\/html/);
      const html = res.body;
      assert.match(html, /<section class="lead"/);
      assert.match(html, /<h2 id="latest-heading">Latest<\/h2>/);
      assert.match(html, /<h2 id="events-heading">Upcoming events<\/h2>/);
      assert.match(html, /class="topic-section"/);
      assert.match(html, /Northbridge Health Federation/);
      assert.match(html, /<aside class="why-register"/);
      assert.match(html, /href="\/events\/[a-z0-9-]+"/, 'an upcoming event is linked');
    });

    it('the topics index lists every topic with a count, and a topic page lists its items', async () => {
      const index = await t.app.inject('/topics');
      assert.equal(index.statusCode, 200);
      const slugs = [...index.body.matchAll(/<h2><a href="\/topics\/([a-z0-9-]+)"/g)].map((m) => m[1]);
      assert.equal(slugs.length, 8);
      const topic = await t.app.inject(`/topics/${slugs[0]}`);
      assert.equal(topic.statusCode, 200);
      assert.match(topic.body, /<article class="card/);
      assert.match(topic.body, new RegExp(`href="/topics/${slugs[0]}/feed.xml"`));
    });

    it('a topic that does not exist is a helpful 404', async () => {
      const res = await t.app.inject('/topics/no-such-topic');
      assert.equal(res.statusCode, 404);
      assert.match(res.body, /There is no topic with that name/);
      assert.match(res.body, /action="\/search"/);
    });

    it('the Atom feed parses and has the required elements, public items only', async () => {
      const res = await t.app.inject('/feed.xml');
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /application\/atom\+xml/);
      const doc = parseXml(res.body);
      const feed = doc.feed;
      assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
      for (const field of ['id', 'title', 'updated', 'author']) assert.ok(feed[field], `feed has ${field}`);
      const entries = Array.isArray(feed.entry) ? feed.entry : [feed.entry];
      assert.ok(entries.length >= 10);
      for (const entry of entries) {
        for (const field of ['id', 'title', 'updated', 'link', 'summary', 'content']) assert.ok(entry[field] !== undefined, `entry has ${field}`);
        assert.match(entry.link['@href'], /^http:\/\/localhost:3000\/(news|reports|events)\//);
      }
      // Restricted items never reach a feed.
      const restricted = await t.container.db.kysely.selectFrom('items').select('title').where('access', '!=', 'public').execute();
      assert.ok(restricted.length > 0);
      for (const { title } of restricted) assert.ok(!entries.some((e: { title: { '#text'?: string } | string }) => (typeof e.title === 'string' ? e.title : e.title['#text']) === title), `${title} is not in the feed`);
    });

    it('each topic has its own feed with only that topic', async () => {
      const res = await t.app.inject('/topics/workforce/feed.xml');
      assert.equal(res.statusCode, 200);
      const feed = parseXml(res.body).feed;
      const entries = Array.isArray(feed.entry) ? feed.entry : [feed.entry];
      assert.ok(entries.length >= 1);
      for (const entry of entries) {
        const categories = Array.isArray(entry.category) ? entry.category : [entry.category];
        assert.ok(categories.some((c: { '@term': string }) => c['@term'] === 'workforce'));
      }
      assert.equal((await t.app.inject('/topics/nope/feed.xml')).statusCode, 404);
    });

    it('the sitemap index and its sitemaps parse and list public pages only', async () => {
      const index = parseXml((await t.app.inject('/sitemap.xml')).body);
      const maps = [index.sitemapindex.sitemap].flat();
      assert.ok(maps.length >= 2);
      const locs: string[] = [];
      for (const map of maps) {
        const path = new URL(map.loc).pathname;
        const res = await t.app.inject(path);
        assert.equal(res.statusCode, 200, path);
        const urls = [parseXml(res.body).urlset.url].flat();
        for (const url of urls) {
          assert.match(url.loc, /^http:\/\/localhost:3000\//);
          locs.push(url.loc);
        }
      }
      assert.ok(locs.includes('http://localhost:3000/'));
      const restricted = await t.container.db.kysely.selectFrom('items').select(['kind', 'slug']).where('access', '!=', 'public').execute();
      for (const r of restricted) assert.ok(!locs.some((l) => l.endsWith(`/${r.slug}`)), `${r.slug} is not in the sitemap`);
      assert.equal((await t.app.inject('/sitemaps/items-999.xml')).statusCode, 404);
      assert.equal((await t.app.inject('/sitemaps/../etc.xml')).statusCode, 404);
    });

    it('robots.txt points at the sitemap', async () => {
      const res = await t.app.inject('/robots.txt');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Sitemap: http:\/\/localhost:3000\/sitemap.xml/);
      assert.match(res.body, /Disallow: \/admin/);
    });

    it('health, readiness and metrics answer for operators', async () => {
      assert.deepEqual((await t.app.inject('/healthz')).json(), { status: 'ok' });
      const ready = await t.app.inject('/readyz');
      assert.equal(ready.statusCode, 200);
      assert.equal(ready.json().migrations, 'ok');
      await t.app.inject('/topics');
      const metrics = await t.app.inject('/metrics');
      assert.match(metrics.body, /http_request_duration_seconds_bucket\{[^}]*route="\/topics"/);
    });

    it('pages carry security headers and a CSP with no inline script', async () => {
      const res = await t.app.inject('/');
      const csp = res.headers['content-security-policy'] as string;
      assert.match(csp, /script-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline/);
      assert.match(csp, /frame-ancestors 'none'/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
      assert.ok(res.headers['referrer-policy']);
      assert.ok(res.headers['x-request-id']);
      // No inline script in the page itself (JSON-LD data blocks are not executed).
      for (const tag of res.body.matchAll(/<script([^>]*)>/g)) assert.match(tag[1]!, /src=|type="application\/ld\+json"/);
    });

    it('an unchanged page answers 304 to its ETag, and pages are compressed', async () => {
      const first = await t.app.inject({ url: '/topics', headers: { 'accept-encoding': 'gzip' } });
      assert.equal(first.headers['content-encoding'], 'gzip');
      const etag = first.headers.etag as string;
      assert.ok(etag);
      assert.ok(first.headers['last-modified']);
      const again = await t.app.inject({ url: '/topics', headers: { 'if-none-match': etag } });
      assert.equal(again.statusCode, 304);
      assert.equal(again.body, '');
    });

    it('static assets are fingerprinted and cached for good', async () => {
      const home = await t.app.inject('/');
      const css = /href="(\/assets\/site\.[0-9a-f]{10}\.css)"/.exec(home.body)?.[1];
      assert.ok(css);
      const res = await t.app.inject(css);
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['cache-control'] as string, /immutable/);
      assert.equal((await t.app.inject('/assets/site.0000000000.css')).statusCode, 404);
    });
  });
}
