import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, withoutAttributeValues, type TestApp } from '../../test/helpers.js';

for (const { dialect, skip } of dialects()) {
  describe(`search on ${dialect}`, { skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp({ dialect });
    });
    after(async () => t?.close());

    const hitsOf = (html: string) => [...html.matchAll(/<h2 class="search-hit__title"><a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => ({ path: m[1]!, title: m[2]! }));

    it('finds an item by a word in its title, ranks it first and highlights the words', async () => {
      const item = await t.container.db.kysely.selectFrom('items').select(['title', 'slug']).where('kind', '=', 'news').where('access', '=', 'public').executeTakeFirstOrThrow();
      const words = item.title.split(/\s+/).filter((w) => w.length > 5).slice(0, 3).join(' ');
      const res = await t.app.inject(`/search?q=${encodeURIComponent(words)}`);
      assert.equal(res.statusCode, 200);
      const hits = hitsOf(res.body);
      assert.ok(hits.length >= 1);
      assert.equal(hits[0]!.path, `/news/${item.slug}`);
      assert.match(res.body, /<mark>/);
      assert.match(res.body, /\d+ results?<\/h2>/);
    });

    it('filters by kind and by topic', async () => {
      const reports = await t.app.inject('/search?q=health&kind=report');
      const hits = hitsOf(reports.body);
      assert.ok(hits.length > 0);
      for (const hit of hits) assert.match(hit.path, /^\/reports\//);
      const topic = await t.app.inject('/search?q=health&topic=workforce');
      for (const hit of hitsOf(topic.body)) {
        const slug = hit.path.split('/').pop()!;
        const row = await t.container.db.kysely.selectFrom('items').innerJoin('item_topics', 'item_topics.item_id', 'items.id').innerJoin('topics', 'topics.id', 'item_topics.topic_id').select('topics.slug').where('items.slug', '=', slug).execute();
        assert.ok(row.some((r) => r.slug === 'workforce'), `${slug} is in workforce`);
      }
    });

    it('shows no body text of members-only items in snippets', async () => {
      const item = await t.container.db.kysely.selectFrom('items').select(['title', 'body_text', 'summary']).where('access', '=', 'members').executeTakeFirstOrThrow();
      const bodyWords = item.body_text.split(/\s+/).filter((w) => /^[a-z]{9,}$/i.test(w) && !item.summary.includes(w) && !item.title.includes(w));
      const word = bodyWords[0]!;
      const res = await t.app.inject(`/search?q=${encodeURIComponent(`${item.title} ${word}`)}`);
      assert.equal(res.statusCode, 200);
      const snippetText = [...res.body.matchAll(/<p class="search-hit__snippet">(.*?)<\/p>/gs)].map((m) => m[1]).join(' ');
      const sentence = item.body_text.slice(0, 80);
      assert.ok(!snippetText.includes(sentence), 'the body does not appear');
    });

    it('keeps the index in step with edits: a new title is found, an unpublished item is not', async () => {
      const item = await t.container.db.kysely.selectFrom('items').select(['id', 'slug', 'kind']).where('kind', '=', 'news').where('access', '=', 'public').executeTakeFirstOrThrow();
      const db = t.container.db.kysely;
      await db.updateTable('items').set({ title: 'Quokkapalooza briefing for members' }).where('id', '=', item.id).execute();
      t.container.pageCache.invalidate();
      assert.deepEqual(hitsOf((await t.app.inject('/search?q=quokkapalooza')).body).map((h) => h.path), [`/news/${item.slug}`]);
      await db.updateTable('items').set({ status: 'draft' }).where('id', '=', item.id).execute();
      t.container.pageCache.invalidate();
      assert.deepEqual(hitsOf((await t.app.inject('/search?q=quokkapalooza')).body), []);
      await db.updateTable('items').set({ status: 'published' }).where('id', '=', item.id).execute();
      t.container.pageCache.invalidate();
      assert.equal(hitsOf((await t.app.inject('/search?q=quokkapalooza')).body).length, 1);
    });

    it('says clearly when nothing matches, with suggestions', async () => {
      const res = await t.app.inject('/search?q=zzqxjv+wuffle');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /No results for/);
      assert.match(res.body, /Browse by topic/);
    });

    it('widens to any of the words when no item has all of them, and says so', async () => {
      const res = await t.app.inject('/search?q=workforce+zzqxjv');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Nothing contained all of your words/);
      assert.ok(hitsOf(res.body).length > 0);
    });

    it('paginates results', async () => {
      const res = await t.app.inject('/search?q=health');
      const total = Number(/(\d+) results<\/h2>/.exec(res.body)?.[1]);
      assert.ok(total > 12, `enough results to paginate (got ${total})`);
      const page2 = await t.app.inject('/search?q=health&page=2');
      assert.equal(page2.statusCode, 200);
      assert.notDeepEqual(hitsOf(page2.body), hitsOf(res.body));
    });

    const hostile = [
      '"', '""', '"unbalanced', 'NEAR(a b)', 'title:health', 'a AND OR NOT', '*', '**', 'health*', '-health', '(', ')', '^', ':', "'; DROP TABLE items; --",
      '<script>alert(1)</script>', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ümlaut 中文 العربية', '\u0000', '\uE000mark', 'x'.repeat(2000), 'word '.repeat(400), '%', '&&', '||', '!',
    ];
    for (const q of hostile) {
      it(`any query gives a page, never an error: ${JSON.stringify(q.slice(0, 30))}`, async () => {
        const res = await t.app.inject(`/search?q=${encodeURIComponent(q)}`);
        assert.equal(res.statusCode, 200, res.body.slice(0, 300));
        assert.doesNotMatch(withoutAttributeValues(res.body), /<script>alert/);
      });
    }
  });
}
