// "For you" over HTTP on the demo content, on both dialects: the recommender's job runs in its
// worker thread against the real database, people follow topics and read items through the
// site, and what /for-you, the private feed and item pages show is checked as a reader sees it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { allMatches, dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { createPerson, sessionFor } from '../../test/people.js';
import type { Agent } from '../../test/agent.js';

interface Entry {
  path: string;
  reason: string;
  isInvitation: boolean;
}

/** The cards on a /for-you page, in order, with their reasons. */
function entriesOf(html: string): Entry[] {
  const list = /<ul class="card-grid" aria-label="Recommended items">([\s\S]*?)<\/ul>\s*<\/main>/.exec(html)?.[1] ?? /<ul class="card-grid" aria-label="Recommended items">([\s\S]*)/.exec(html)?.[1] ?? '';
  return allMatches(list, /(<li(?: class="for-you__invitation")?>[\s\S]*?<\/li>)/g).map((li) => ({
    path: /href="([^"]+)" class="card__link"/.exec(li)?.[1] ?? '',
    reason: /<p class="card__reason">([^<]*)<\/p>/.exec(li)?.[1] ?? '',
    isInvitation: li.startsWith('<li class="for-you__invitation"'),
  }));
}

for (const { dialect, skip } of dialects()) {
  describe(`For you on ${dialect}`, { skip }, () => {
    let t: TestApp;
    let topicIds: Map<string, number>;

    before(async () => {
      t = await startTestApp({ dialect, seed: true });
      topicIds = new Map((await t.container.topics.listTopics()).map((topic) => [topic.slug, topic.id]));
    });
    after(async () => {
      await t?.close();
    });

    async function person(email: string): Promise<Agent> {
      return sessionFor(t, await createPerson(t, email));
    }
    async function follow(agent: Agent, slug: string): Promise<void> {
      const res = await agent.submit(`/topics/${slug}`, '/follows', { topic: String(topicIds.get(slug)), follow: 'yes', back: `/topics/${slug}` });
      assert.equal(res.statusCode, 303);
    }
    async function forYou(agent: Agent | undefined): Promise<Entry[]> {
      const res = agent ? await agent.get('/for-you') : await t.app.inject('/for-you');
      assert.equal(res.statusCode, 200);
      return entriesOf(res.body);
    }
    async function topicsOf(path: string): Promise<string[]> {
      const page = await t.app.inject(path);
      return allMatches(page.body, /href="\/topics\/([a-z0-9-]+)"/g);
    }

    it('anonymous visitors get popular and new items they can open, each with its reason', async () => {
      // Three readers make one report popular.
      const popular = '/reports/international-recruitment-what-we-learned';
      const listed = await t.app.inject('/reports');
      const target = /href="(\/reports\/[^"]+)" class="card__link"/.exec(listed.body)?.[1] ?? popular;
      for (const n of [1, 2, 3]) assert.equal((await (await person(`popular-${n}-${dialect}@example.org`)).get(target)).statusCode, 200);
      await t.container.recsJob.runOnce();
      const entries = await forYou(undefined);
      assert.ok(entries.length >= 6, 'a full list');
      assert.ok(entries.every((e) => e.reason === 'Popular this week' || e.reason === 'Just published'), entries.map((e) => e.reason).join(', '));
      assert.ok(entries.some((e) => e.path === target && e.reason === 'Popular this week'), 'the item people read is there as popular');
      assert.ok(entries.every((e) => !e.isInvitation));
      const page = await t.app.inject('/for-you');
      assert.doesNotMatch(page.body, /Members only|Registered users/, 'nothing a visitor cannot open');
    });

    it('a person who follows Workforce sees Workforce items first, saying so; a read item leaves the list', async () => {
      const agent = await person(`follower-${dialect}@example.org`);
      await follow(agent, 'workforce');
      const entries = await forYou(agent);
      const first = entries[0]!;
      assert.equal(first.reason, 'Because you follow Workforce');
      assert.ok((await topicsOf(first.path)).includes('workforce'));
      for (const entry of entries.filter((e) => e.reason.startsWith('Because you follow'))) {
        assert.ok((await topicsOf(entry.path)).includes('workforce'), `${entry.path} is a Workforce item`);
      }
      // Reading it takes it off the list.
      assert.equal((await agent.get(first.path)).statusCode, 200);
      assert.ok(!(await forYou(agent)).some((e) => e.path === first.path), 'the read item has gone');
    });

    it('a members-only item is offered to a non-member at most once, marked as an invitation', async () => {
      const agent = await person(`outsider-${dialect}@elsewhere.example`);
      await follow(agent, 'workforce');
      await follow(agent, 'finance');
      const firstVisit = await forYou(agent);
      const invitations = firstVisit.filter((e) => e.isInvitation);
      assert.equal(invitations.length, 1, 'one invitation');
      assert.match(invitations[0]!.reason, /For members/);
      for (let visit = 0; visit < 3; visit++) {
        const later = await forYou(agent);
        assert.ok(!later.some((e) => e.path === invitations[0]!.path), 'never offered again');
        for (const e of later.filter((x) => x.isInvitation)) assert.notEqual(e.path, invitations[0]!.path);
      }
    });

    it('a brand-new item is recommended by its content to someone who read a similar one', async () => {
      const agent = await person(`reader-${dialect}@example.org`);
      const read = '/news/ethical-recruitment-compact-ghana-kenya-philippines';
      const original = await agent.get(read);
      assert.equal(original.statusCode, 200);
      const title = /<h1>([^<]+)<\/h1>/.exec(original.body)![1]!;
      await t.container.recsJob.runOnce();
      const now = new Date().toISOString();
      await t.container.content.createItem({
        kind: 'news', slug: 'ethical-recruitment-compact-second-year', title: 'Ethical recruitment compact: Ghana, Kenya and the Philippines in its second year',
        summary: 'The ethical international recruitment compact with Ghana, Kenya and the Philippines, one year on.',
        bodyMarkdown: 'Ethical international recruitment of nurses from Ghana, Kenya and the Philippines continues under the compact, with pastoral support and fair contracts.',
        status: 'published', access: 'public', publishedAt: now, topicIds: [topicIds.get('international')!, topicIds.get('workforce')!], authorIds: [],
      });
      await t.container.recsJob.runOnce();
      const entry = (await forYou(agent)).find((e) => e.path === '/news/ethical-recruitment-compact-second-year');
      assert.ok(entry, 'the new item is recommended');
      assert.ok(entry.reason.includes(title), entry.reason);
      // Its page lists the older one as related, by content.
      const page = await t.app.inject('/news/ethical-recruitment-compact-second-year');
      const related = /<section class="related" aria-labelledby="related-heading">([\s\S]*?)<\/section>/.exec(page.body)?.[1] ?? '';
      assert.match(related, new RegExp(read));
    });

    it('people who read this also read: shown on item pages once readers overlap', async () => {
      const [a, b] = ['/news/ethical-recruitment-compact-ghana-kenya-philippines', '/reports/international-recruitment-what-we-learned'];
      const reports = await t.app.inject('/reports');
      const other = allMatches(reports.body, /href="(\/reports\/[^"]+)" class="card__link"/g).find((p) => p !== b) ?? b;
      for (const n of [1, 2, 3]) {
        const reader = await person(`pair-${n}-${dialect}@example.org`);
        assert.equal((await reader.get(a)).statusCode, 200);
        assert.equal((await reader.get(other)).statusCode, 200);
      }
      await t.container.recsJob.runOnce();
      t.container.pageCache.invalidate();
      const page = await t.app.inject(a);
      const alsoRead = /aria-labelledby="also-read-heading">([\s\S]*?)<\/section>/.exec(page.body)?.[1] ?? '';
      assert.match(alsoRead, new RegExp(other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    });

    it('the private feed lists the same picks with reasons, and stops working when revoked', async () => {
      const agent = await person(`feeds-${dialect}@example.org`);
      await follow(agent, 'workforce');
      const made = await agent.submit('/account/interests', '/account/feed-token', {});
      assert.ok([200, 303].includes(made.statusCode));
      const shown = made.statusCode === 303 ? (await agent.get(String(made.headers.location))).body : made.body;
      const url = /\/for-you\/feed\/[A-Za-z0-9_-]{43}\.xml/.exec(shown)?.[0];
      assert.ok(url, 'the feed address is shown once');
      const feed = await t.app.inject(url);
      assert.equal(feed.statusCode, 200);
      assert.match(String(feed.headers['content-type']), /application\/atom\+xml/);
      assert.match(feed.body, /Because you follow Workforce/);
      assert.doesNotMatch(feed.body, /<content type="html">[^<]+/, 'summaries only, never bodies');
      assert.equal((await t.app.inject('/for-you/feed/not-a-token.xml')).statusCode, 404);
      await agent.submit('/account/interests', '/account/feed-token/revoke', {});
      assert.equal((await t.app.inject(url)).statusCode, 404);
    });

    it('the home page has "Recommended for you" for signed-in people only', async () => {
      const agent = await person(`home-${dialect}@example.org`);
      await follow(agent, 'finance');
      const home = await agent.get('/');
      assert.match(home.body, /id="for-you-heading">Recommended for you/);
      assert.match(home.body, /Because you follow Finance/);
      assert.doesNotMatch((await t.app.inject('/')).body, /Recommended for you/);
    });
  });
}
