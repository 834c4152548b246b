// Page views are counted from both paths a page takes (the page cache before Fastify, and
// Fastify itself), for visitors and signed-in people alike; bots, HEAD requests and
// prefetches are not; visitors are estimated per day without storing who they are.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import type { Agent } from '../../test/agent.js';
import { personWithRole } from '../../test/people.js';
import { publishedItems, settle, today, todaysNumbers, viewsOf } from './test-support.js';

const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

for (const { dialect, skip } of dialects()) {
  describe(`recording page views (${dialect})`, { skip }, () => {
    let t: TestApp;
    let editor: Agent;
    let articles: { id: number; title: string; path: string }[];

    before(async () => {
      t = await startTestApp({ dialect, listen: true });
      editor = await personWithRole(t, `analytics-rec-editor@example.org`, 'editor');
      articles = await publishedItems(t, 'news', 'public', 3);
    });
    after(async () => {
      await t?.close();
    });

    const anonymous = (path: string, headers: Record<string, string> = {}, remoteAddress = '198.51.100.10') =>
      t.app.inject({ method: 'GET', url: path, remoteAddress, headers: { 'user-agent': BROWSER, ...headers } });

    test("an anonymous visitor's repeated views of a cached article are all counted", async () => {
      const path = articles[0]!.path;
      const before = await viewsOf(t, editor, path);
      for (let i = 0; i < 4; i++) {
        const res = await fetch(t.baseUrl + path, { headers: { 'user-agent': BROWSER } });
        assert.equal(res.status, 200);
        await res.arrayBuffer();
      }
      assert.ok(t.container.pageCache.lookup(path), 'the article was answered from the page cache after the first view');
      assert.equal(await viewsOf(t, editor, path), before + 4);
    });

    test("a returning visitor's revalidated view (304) is counted", async () => {
      const path = articles[0]!.path;
      const first = await fetch(t.baseUrl + path, { headers: { 'user-agent': BROWSER } });
      await first.arrayBuffer();
      const etag = first.headers.get('etag');
      assert.ok(etag);
      const before = await viewsOf(t, editor, path);
      const again = await fetch(t.baseUrl + path, { headers: { 'user-agent': BROWSER, 'if-none-match': etag } });
      assert.equal(again.status, 304);
      assert.equal(await viewsOf(t, editor, path), before + 1);
    });

    test("a signed-in person's views are counted", async () => {
      const path = articles[1]!.path;
      const reader = await personWithRole(t, 'analytics-reader@example.org', 'member');
      const before = await viewsOf(t, editor, path);
      for (let i = 0; i < 2; i++) assert.equal((await reader.get(path, { 'user-agent': BROWSER })).statusCode, 200);
      assert.equal(await viewsOf(t, editor, path), before + 2);
    });

    test('static pages count too, and a page that is not an item does not', async () => {
      const before = await viewsOf(t, editor, '/about');
      assert.equal((await anonymous('/about')).statusCode, 200);
      assert.equal((await anonymous('/topics')).statusCode, 200);
      assert.equal((await anonymous('/news/no-such-story')).statusCode, 404);
      assert.equal(await viewsOf(t, editor, '/about'), before + 1);
    });

    test("bots, HEAD requests and prefetches are not counted", async () => {
      const path = articles[2]!.path;
      const before = await viewsOf(t, editor, path);
      const viaCache = await fetch(t.baseUrl + path, { headers: { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' } });
      await viaCache.arrayBuffer();
      assert.equal(viaCache.status, 200);
      assert.equal((await anonymous(path, { 'user-agent': 'Mozilla/5.0 (compatible; bingbot/2.0)' })).statusCode, 200);
      assert.equal((await t.app.inject({ method: 'HEAD', url: path, headers: { 'user-agent': BROWSER } })).statusCode, 200);
      const head = await fetch(t.baseUrl + path, { method: 'HEAD', headers: { 'user-agent': BROWSER } });
      assert.equal(head.status, 200);
      assert.equal((await anonymous(path, { 'sec-purpose': 'prefetch' })).statusCode, 200);
      assert.equal((await anonymous(path, { purpose: 'prefetch' })).statusCode, 200);
      assert.equal(await viewsOf(t, editor, path), before);
    });

    test('two visitors make two unique visitors; the same one twice makes one', async () => {
      const path = articles[0]!.path;
      const before = await todaysNumbers(t, editor);
      await anonymous(path, {}, '192.0.2.1');
      await anonymous(path, {}, '192.0.2.1');
      await anonymous(articles[1]!.path, {}, '192.0.2.1');
      await anonymous(path, { 'user-agent': `${BROWSER} Edg/131.0` }, '192.0.2.2');
      const after = await todaysNumbers(t, editor);
      assert.equal(after.views - before.views, 4);
      assert.equal(after.visitors - before.visitors, 2);
      // Already counted today: the same visitor adds no one.
      await anonymous(path, {}, '192.0.2.1');
      assert.equal((await todaysNumbers(t, editor)).visitors, after.visitors);
    });

    test('with Do Not Track or Global Privacy Control the view counts but the visitor does not', async () => {
      const path = articles[0]!.path;
      const before = await todaysNumbers(t, editor);
      await anonymous(path, { dnt: '1' }, '192.0.2.50');
      await anonymous(path, { 'sec-gpc': '1' }, '192.0.2.51');
      const cached = await fetch(t.baseUrl + path, { headers: { 'user-agent': `${BROWSER} GPC-probe`, 'sec-gpc': '1' } });
      await cached.arrayBuffer();
      const after = await todaysNumbers(t, editor);
      assert.equal(after.views - before.views, 3);
      assert.equal(after.visitors, before.visitors);
    });

    test('no IP address or user agent is stored anywhere, and no cookie is set', async () => {
      const ip = '203.0.113.77';
      const agent = 'ProbeBrowser/7.7 (zq-unique-agent) Mozilla/5.0';
      const res = await anonymous(articles[0]!.path, { 'user-agent': agent }, ip);
      assert.equal(res.headers['set-cookie'], undefined, 'no cookie for a visitor');
      const cached = await fetch(t.baseUrl + articles[0]!.path, { headers: { 'user-agent': agent } });
      await cached.arrayBuffer();
      assert.equal(cached.headers.get('set-cookie'), null);
      await settle();
      await t.container.analytics.flush();
      const db = t.container.db.kysely;
      const visitorRows = await db.selectFrom('visitor_days').selectAll().where('day', '=', today()).execute();
      assert.ok(visitorRows.length > 0, 'visitors were recorded');
      const tables = await db.introspection.getTables();
      for (const table of tables) {
        // Each table is read whole and searched as text: names come from the database itself.
        const rows = await db.selectFrom(table.name as 'items').selectAll().execute();
        const text = JSON.stringify(rows);
        assert.ok(!text.includes(ip), `${table.name} holds no IP address`);
        assert.ok(!text.includes('zq-unique-agent'), `${table.name} holds no user agent`);
      }
    });

    test("a past day's salt is deleted, today's is kept and shared", async () => {
      const db = t.container.db.kysely;
      await db.insertInto('analytics_salts').values({ day: '2020-01-01', salt: 'old-salt' }).onConflict((oc) => oc.column('day').doNothing()).execute();
      await anonymous(articles[0]!.path, {}, '192.0.2.99');
      await settle();
      await t.container.analytics.flush();
      const salts = await db.selectFrom('analytics_salts').selectAll().execute();
      assert.deepEqual(salts.map((s) => s.day), [today()]);
      assert.ok((salts[0]?.salt.length ?? 0) >= 40, 'a long random salt');
    });
  });
}
