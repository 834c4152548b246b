// Counts on listings (comments and recommends on cards, search hits, topic and home pages)
// and the "most recommended" lists on the home page and topic pages. Both dialects.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { csrfOf } from '../../test/agent.js';
import { createPerson, personWithRole } from '../../test/people.js';

/** The text of the card whose title links to `path`, from its <article> to the next. */
function cardFor(html: string, path: string): string {
  const at = html.indexOf(`href="${path}" class="card__link"`);
  assert.ok(at >= 0, `a card for ${path}`);
  const start = html.lastIndexOf('<article', at);
  return html.slice(start, html.indexOf('</article>', at));
}

for (const { dialect, skip } of dialects()) {
  describe(`counts on listings and most recommended lists (${dialect})`, { skip }, () => {
    let t: TestApp;
    let people: number[];

    before(async () => {
      t = await startTestApp({ dialect });
      people = [];
      for (let i = 0; i < 3; i++) people.push(await createPerson(t, `reader${i}-${dialect}@example.org`));
    });
    after(async () => t?.close());

    async function recommendAs(email: string, item: { id: number; kind: string; slug: string }) {
      const agent = await personWithRole(t, email, 'member');
      const path = `${item.kind === 'news' ? '/news' : '/reports'}/${item.slug}`;
      const page = await agent.get(path);
      const res = await agent.post(`/items/${item.id}/recommend`, { _csrf: csrfOf(page.body), recommend: 'yes' });
      assert.equal(res.statusCode, 303);
    }

    async function addComment(itemId: number, userId: number, status: 'visible' | 'held') {
      await t.container.db.kysely.insertInto('comments').values({ item_id: itemId, user_id: userId, parent_id: null, body_md: 'Useful.', body_html: '<p>Useful.</p>', status, created_at: new Date().toISOString(), edited_at: null, decided_at: null, decided_by: null }).execute();
    }

    it('no card shows counts and no page shows a most recommended list before anyone takes part', async () => {
      const home = await t.app.inject({ url: '/' });
      assert.doesNotMatch(home.body, /Most recommended/);
      assert.doesNotMatch(home.body, /card__counts/);
      const news = await t.app.inject({ url: '/news' });
      assert.doesNotMatch(news.body, /card__counts/);
    });

    it('cards on the news listing show visible comments and recommends; held comments are not counted', async () => {
      const item = await t.container.db.kysely.selectFrom('items').select(['id', 'kind', 'slug']).where('kind', '=', 'news').where('status', '=', 'published').orderBy('published_at', 'desc').orderBy('id', 'desc').executeTakeFirstOrThrow();
      await addComment(item.id, people[0]!, 'visible');
      await addComment(item.id, people[1]!, 'visible');
      await addComment(item.id, people[2]!, 'held');
      await recommendAs(`rec1-${dialect}@example.org`, item);
      const news = await t.app.inject({ url: '/news' });
      assert.match(cardFor(news.body, `/news/${item.slug}`), /<p class="card__counts">2 comments · 1 recommend<\/p>/);

      await recommendAs(`rec2-${dialect}@example.org`, item);
      const again = await t.app.inject({ url: '/news' });
      assert.match(cardFor(again.body, `/news/${item.slug}`), /2 comments · 2 recommends/, 'the cached listing was dropped after the recommend');
    });

    it('a members-only item shows its recommends on cards but not its comment count; search hits show counts too', async () => {
      const report = await t.container.db.kysely.selectFrom('items').select(['id', 'kind', 'slug', 'title']).where('kind', '=', 'report').where('access', '=', 'members').where('status', '=', 'published').orderBy('published_at', 'desc').orderBy('id', 'desc').executeTakeFirstOrThrow();
      await addComment(report.id, people[0]!, 'visible');
      // Recommended by a member (made directly: membership has its own tests).
      await t.container.db.kysely.insertInto('recommends').values({ item_id: report.id, user_id: people[1]!, created_at: new Date().toISOString() }).execute();
      t.container.pageCache.invalidate();
      const reports = await t.app.inject({ url: '/reports' });
      const card = cardFor(reports.body, `/reports/${report.slug}`);
      assert.match(card, /<p class="card__counts">1 recommend<\/p>/);
      assert.doesNotMatch(card, /comment/);

      const word = report.title.split(/\s+/).find((w) => /^[A-Za-z]{5,}$/.test(w))!;
      const search = await t.app.inject({ url: `/search?q=${encodeURIComponent(`${word}`)}&kind=report` });
      const at = search.body.indexOf(`href="/reports/${report.slug}"`);
      assert.ok(at >= 0, 'the report is found');
      assert.match(search.body.slice(at, search.body.indexOf('</li>', at)), /card__counts">1 recommend</);
    });

    it('the home page and a topic page list the most recommended items, most first; old recommends do not count', async () => {
      const db = t.container.db.kysely;
      const topic = await db.selectFrom('topics').innerJoin('item_topics', 'item_topics.topic_id', 'topics.id').innerJoin('items', 'items.id', 'item_topics.item_id')
        .select(['topics.id', 'topics.slug']).where('items.kind', '=', 'news').where('items.status', '=', 'published').where('items.access', '=', 'public').orderBy('topics.id').executeTakeFirstOrThrow();
      const [top, second] = await db.selectFrom('items').innerJoin('item_topics', 'item_topics.item_id', 'items.id').select(['items.id', 'items.kind', 'items.slug', 'items.title'])
        .where('item_topics.topic_id', '=', topic.id).where('items.kind', '=', 'news').where('items.status', '=', 'published').where('items.access', '=', 'public').orderBy('items.id').limit(2).execute();
      assert.ok(top && second);
      for (const n of [1, 2, 3]) await recommendAs(`top${n}-${dialect}@example.org`, top);
      // Long ago: recommends older than 90 days are not "most recommended" now.
      const old = new Date(Date.now() - 100 * 24 * 3600 * 1000).toISOString();
      await db.insertInto('recommends').values(people.map((user_id) => ({ item_id: second.id, user_id, created_at: old }))).execute();
      t.container.pageCache.invalidate();

      const home = (await t.app.inject({ url: '/' })).body;
      assert.match(home, /<h2 id="most-recommended-heading">Most recommended<\/h2>/);
      const homeList = home.slice(home.indexOf('most-recommended-heading'));
      assert.match(homeList, new RegExp(`href="/news/${top.slug}"[\\s\\S]*?3 recommends`));
      assert.doesNotMatch(homeList.slice(0, homeList.indexOf('</section>')), new RegExp(`/news/${second.slug}"`), 'old recommends are left out');

      const topicPage = (await t.app.inject({ url: `/topics/${topic.slug}` })).body;
      assert.match(topicPage, /Most recommended in /);
      const list = topicPage.slice(topicPage.indexOf('most-recommended-heading'));
      const lines = [...list.slice(0, list.indexOf('</section>')).matchAll(/<li><a href="([^"]+)"/g)].map((m) => m[1]);
      assert.equal(lines[0], `/news/${top.slug}`, 'most recommended first');

      // A topic whose items nobody recommended shows no list.
      const quiet = await db.selectFrom('topics').select(['slug']).where('id', 'not in', db.selectFrom('item_topics').innerJoin('recommends', 'recommends.item_id', 'item_topics.item_id').select('item_topics.topic_id')).executeTakeFirst();
      if (quiet) assert.doesNotMatch((await t.app.inject({ url: `/topics/${quiet.slug}` })).body, /Most recommended/);
    });
  });
}
