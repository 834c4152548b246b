// Rating and recommending over HTTP with JavaScript off (forms post and come back to
// #reactions) and with it on (JSON): rate, change, the average hidden below three raters,
// recommend and undo, bad input, who may take part, engagement events, and the anonymous
// cached page showing new counts at once. Both dialects.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { csrfOf, type Agent } from '../../test/agent.js';
import { createPerson, personWithRole, sessionFor } from '../../test/people.js';
import { MemberRepo } from '../members/repo.js';

interface Item {
  id: number;
  slug: string;
}

for (const { dialect, skip } of dialects()) {
  describe(`ratings and recommends with JavaScript off and on (${dialect})`, { skip }, () => {
    let t: TestApp;
    let article: Item;
    let membersReport: Item;

    before(async () => {
      t = await startTestApp({ dialect, listen: true });
      const db = t.container.db.kysely;
      article = await db.selectFrom('items').select(['id', 'slug']).where('kind', '=', 'news').where('access', '=', 'public').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
      membersReport = await db.selectFrom('items').select(['id', 'slug']).where('kind', '=', 'report').where('access', '=', 'members').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
    });
    after(async () => t?.close());

    async function rate(agent: Agent, item: Item, stars: string | undefined, path = `/news/${item.slug}`) {
      const page = await agent.get(path);
      return agent.post(`/items/${item.id}/rating`, { _csrf: csrfOf(page.body), ...(stars === undefined ? {} : { stars }) });
    }

    async function recommend(agent: Agent, item: Item, choice: 'yes' | 'no', path = `/news/${item.slug}`, headers: Record<string, string> = {}) {
      const page = await agent.get(path);
      return agent.post(`/items/${item.id}/recommend`, { _csrf: csrfOf(page.body), recommend: choice }, headers);
    }

    const checkedStars = (html: string) => /name="stars" value="(\d)" checked/.exec(html)?.[1];

    it('a person rates, sees their rating selected, changes it; the average shows only from three raters', async () => {
      const alice = await personWithRole(t, `alice-${dialect}@example.org`, 'member');
      const first = await rate(alice, article, '4');
      assert.equal(first.statusCode, 303);
      assert.equal(first.headers.location, `/news/${article.slug}#reactions`);
      let page = (await alice.get(`/news/${article.slug}`)).body;
      assert.equal(checkedStars(page), '4');
      assert.match(page, /<legend>Your rating<\/legend>/);
      assert.match(page, /Not enough ratings yet/);

      assert.equal((await rate(alice, article, '2')).statusCode, 303);
      page = (await alice.get(`/news/${article.slug}`)).body;
      assert.equal(checkedStars(page), '2', 'the changed rating is selected');
      const rows = await t.container.db.kysely.selectFrom('ratings').select('stars').where('item_id', '=', article.id).execute();
      assert.deepEqual(rows.map((r) => r.stars), [2], 'one rating per person per item');

      const bob = await personWithRole(t, `bob-${dialect}@example.org`, 'member');
      await rate(bob, article, '3');
      assert.match((await bob.get(`/news/${article.slug}`)).body, /Not enough ratings yet/, 'two raters: still hidden');

      const carol = await personWithRole(t, `carol-${dialect}@example.org`, 'member');
      await rate(carol, article, '5');
      page = (await carol.get(`/news/${article.slug}`)).body;
      assert.match(page, /Rated 3\.3 out of 5 by 3 people/);
      assert.doesNotMatch(page, /Not enough ratings yet/);

      const events = await t.container.engagementEvents.listFor((await t.container.accountRepo.findUserByEmail(`alice-${dialect}@example.org`))!.id);
      assert.deepEqual(events.filter((e) => e.kind === 'rate').map((e) => [e.item_id, e.value]), [[article.id, 4], [article.id, 2]]);
    });

    it('recommend and undo with plain form buttons; the count is public; events record 1 and -1', async () => {
      const dan = await personWithRole(t, `dan-${dialect}@example.org`, 'member');
      let page = (await dan.get(`/news/${article.slug}`)).body;
      assert.match(page, />\s*Recommend\s*<\/button>/);
      assert.match(page, /Nobody has recommended this yet/);

      const res = await recommend(dan, article, 'yes');
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/news/${article.slug}#reactions`);
      page = (await dan.get(`/news/${article.slug}`)).body;
      assert.match(page, /Recommended — undo/);
      assert.match(page, /Recommended by 1 person/);
      // Sending the same choice again (a double click) changes nothing.
      await recommend(dan, article, 'yes');
      assert.match((await t.app.inject({ url: `/news/${article.slug}` })).body, /Recommended by 1 person/);

      const erin = await personWithRole(t, `erin-${dialect}@example.org`, 'member');
      await recommend(erin, article, 'yes');
      assert.match((await t.app.inject({ url: `/news/${article.slug}` })).body, /Recommended by 2 people/, 'visitors see the count');

      await recommend(dan, article, 'no');
      page = (await dan.get(`/news/${article.slug}`)).body;
      assert.match(page, />\s*Recommend\s*<\/button>/);
      assert.match(page, /Recommended by 1 person/);

      const danId = (await t.container.accountRepo.findUserByEmail(`dan-${dialect}@example.org`))!.id;
      const events = await t.container.engagementEvents.listFor(danId);
      assert.deepEqual(events.filter((e) => e.kind === 'recommend').map((e) => e.value), [1, -1]);
    });

    it('with JavaScript on, the same routes answer JSON when asked', async () => {
      const fay = await personWithRole(t, `fay-${dialect}@example.org`, 'member');
      const res = await recommend(fay, article, 'yes', `/news/${article.slug}`, { accept: 'application/json' });
      assert.equal(res.statusCode, 200);
      const body = res.json();
      assert.equal(body.isRecommended, true);
      assert.equal(body.recommendCount, 'Recommended by 2 people');
      assert.equal(body.message, 'You recommend this.');
      const page = await fay.get(`/news/${article.slug}`);
      const rated = await fay.post(`/items/${article.id}/rating`, { _csrf: csrfOf(page.body), stars: '5' }, { accept: 'application/json' });
      assert.equal(rated.json().stars, 5);
      assert.match(rated.json().ratingSummary, /out of 5 by 4 people/);
      const bad = await fay.post(`/items/${article.id}/rating`, { _csrf: csrfOf(page.body), stars: '9' }, { accept: 'application/json' });
      assert.equal(bad.statusCode, 400);
      assert.ok(bad.json().message);
    });

    it('a rating of 0, 6, abc or none is refused with a clear message, never a 500', async () => {
      const gus = await personWithRole(t, `gus-${dialect}@example.org`, 'member');
      const cases: [string | undefined, RegExp][] = [
        ['0', /must be 1 or more/],
        ['6', /must be 5 or less/],
        ['abc', /must be a whole number/],
        ['', /must be a whole number|Choose a rating/],
        [undefined, /Choose a rating from 1 to 5 stars/],
      ];
      for (const [stars, message] of cases) {
        const res = await rate(gus, article, stars);
        assert.equal(res.statusCode, 400, `stars=${stars}`);
        assert.match(res.body, message, `stars=${stars}`);
      }
      const bad = await recommend(gus, article, 'maybe' as 'yes');
      assert.equal(bad.statusCode, 400);
      assert.equal(await t.container.db.kysely.selectFrom('ratings').select('user_id').where('user_id', '=', (await t.container.accountRepo.findUserByEmail(`gus-${dialect}@example.org`))!.id).executeTakeFirst(), undefined);
    });

    it('an unknown item is a 404; an unconfirmed account and a non-member on a members-only item get a 403', async () => {
      const hal = await personWithRole(t, `hal-${dialect}@example.org`, 'member');
      const page = await hal.get(`/news/${article.slug}`);
      const unknown = await hal.post('/items/999999/rating', { _csrf: csrfOf(page.body), stars: '3' });
      assert.equal(unknown.statusCode, 404);

      const unconfirmedId = await createPerson(t, `ivy-${dialect}@example.org`);
      await t.container.db.kysely.updateTable('users').set({ email_verified_at: null }).where('id', '=', unconfirmedId).execute();
      const ivy = await sessionFor(t, unconfirmedId);
      const ivyPage = (await ivy.get(`/news/${article.slug}`)).body;
      assert.match(ivyPage, /confirm your email address to rate and recommend/);
      assert.doesNotMatch(ivyPage, /action="\/items\/\d+\/rating"/, 'no rating form for an unconfirmed account');
      const refused = await ivy.post(`/items/${article.id}/rating`, { _csrf: csrfOf(ivyPage), stars: '4' });
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /confirm your email address before rating or recommending/);
      assert.equal((await ivy.post(`/items/${article.id}/recommend`, { _csrf: csrfOf(ivyPage), recommend: 'yes' })).statusCode, 403);

      const reportPath = `/reports/${membersReport.slug}`;
      const outsider = await rate(hal, membersReport, '5', reportPath);
      assert.equal(outsider.statusCode, 403);
      assert.match(outsider.body, /Only people who can open this item can rate or recommend it/);
      assert.equal((await recommend(hal, membersReport, 'yes', reportPath)).statusCode, 403);
      assert.match((await hal.get(reportPath)).body, /Rating and recommending this item is for people at member organisations/);

      // Someone at a member organisation may.
      const now = new Date().toISOString();
      await new MemberRepo(t.container.db.kysely).saveOrganisation({ name: 'Riverside Trust', type: 'Acute trust', status: 'active', tier: 'standard', created_at: now, updated_at: now }, [`riverside-${dialect}.example`]);
      const member = await personWithRole(t, `jo@riverside-${dialect}.example`, 'member');
      assert.equal((await rate(member, membersReport, '5', reportPath)).statusCode, 303);
      assert.equal((await recommend(member, membersReport, 'yes', reportPath)).statusCode, 303);
      // The recommend count of a members-only item is public, like its title and summary.
      assert.match((await t.app.inject({ url: reportPath })).body, /Recommended by 1 person/);
    });

    it('visitors see the counts and a way in, with no form', async () => {
      const res = await t.app.inject({ url: `/news/${article.slug}` });
      assert.match(res.body, /id="reactions"/);
      assert.match(res.body, /Log in<\/a> or <a href="\/register">register<\/a> to rate and recommend/);
      assert.doesNotMatch(res.body, /action="\/items\//);
      const page = await t.app.inject({ url: '/about' });
      if (page.statusCode === 200) assert.doesNotMatch(page.body, /id="reactions"/, 'no reactions on static pages');
    });

    it('the cached page a visitor gets shows a new recommend at once', async () => {
      const item = await t.container.db.kysely.selectFrom('items').select(['id', 'slug']).where('kind', '=', 'news').where('access', '=', 'public').where('id', '!=', article.id).orderBy('id', 'desc').executeTakeFirstOrThrow();
      const url = `${t.baseUrl}/news/${item.slug}`;
      assert.match(await (await fetch(url)).text(), /Nobody has recommended this yet/);
      const cached = await fetch(url);
      assert.match(await cached.text(), /Nobody has recommended this yet/);
      assert.ok(t.container.pageCache.size > 0, 'the page is cached');
      const kim = await personWithRole(t, `kim-${dialect}@example.org`, 'member');
      assert.equal((await recommend(kim, item, 'yes', `/news/${item.slug}`)).statusCode, 303);
      assert.match(await (await fetch(url)).text(), /Recommended by 1 person/);
    });
  });
}
