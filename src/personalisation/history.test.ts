// The private feed address (made once and shown once, replaced, turned off; FeedTokens.resolve),
// the reading history (counted, in the data export, cleared without touching ratings), the
// retention setting and its purge (only older events go), and read-to-the-end marking.
// Both dialects.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { Agent, csrfOf } from '../../test/agent.js';
import { createPerson, personWithRole, sessionFor } from '../../test/people.js';
import { HistoryRetention } from './history-retention.js';

const DAY = 24 * 3600 * 1000;

for (const { dialect, skip } of dialects()) {
  describe(`private feed, reading history and retention (${dialect})`, { skip }, () => {
    let t: TestApp;
    let article: { id: number; slug: string };
    let membersReport: { id: number; slug: string };

    before(async () => {
      t = await startTestApp({ dialect });
      const db = t.container.db.kysely;
      article = await db.selectFrom('items').select(['id', 'slug']).where('kind', '=', 'news').where('access', '=', 'public').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
      membersReport = await db.selectFrom('items').select(['id', 'slug']).where('kind', '=', 'report').where('access', '=', 'members').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
    });
    after(async () => t?.close());

    const db = () => t.container.db.kysely;
    const eventsOf = (userId: number) => db().selectFrom('engagement_events').select(['kind', 'value', 'created_at']).where('user_id', '=', userId).orderBy('id').execute();
    const addEvent = (userId: number | null, daysAgo: number, kind: 'read' | 'rate' = 'read') =>
      db().insertInto('engagement_events').values({ user_id: userId, item_id: article.id, kind, value: 1, created_at: new Date(Date.now() - daysAgo * DAY).toISOString() }).execute();

    it('a person makes a feed address (shown once), replaces it and turns it off; resolve follows along', async () => {
      const userId = await createPerson(t, `feeder-${dialect}@example.org`);
      const agent = await sessionFor(t, userId);
      let page = await agent.get('/account/interests');
      assert.match(page.body, /Make my feed address/);
      const made = await agent.post('/account/feed-token', { _csrf: csrfOf(page.body) });
      assert.equal(made.statusCode, 200);
      const url = /value="(http:\/\/localhost:3000\/for-you\/feed\/([A-Za-z0-9_-]{43})\.xml)"/.exec(made.body);
      assert.ok(url, 'the new address is on the page');
      const token = url[2]!;
      assert.equal(await t.container.feedTokens.resolve(token), userId);
      const stored = await db().selectFrom('feed_tokens').selectAll().where('user_id', '=', userId).executeTakeFirstOrThrow();
      assert.notEqual(stored.token_hash, token, 'only a hash is stored');
      assert.ok(!stored.token_hash.includes(token));
      page = await agent.get('/account/interests');
      assert.ok(!page.body.includes(token), 'shown only once');
      assert.match(page.body, /You have a private feed address, made on/);

      const replaced = await agent.post('/account/feed-token', { _csrf: csrfOf(page.body) });
      const newToken = /\/for-you\/feed\/([A-Za-z0-9_-]{43})\.xml/.exec(replaced.body)![1]!;
      assert.notEqual(newToken, token);
      assert.equal(await t.container.feedTokens.resolve(token), undefined, 'the old address stops working');
      assert.equal(await t.container.feedTokens.resolve(newToken), userId);

      const off = await agent.post('/account/feed-token/revoke', { _csrf: csrfOf(page.body) });
      assert.equal(off.statusCode, 303);
      assert.equal(off.headers.location, '/account/interests?done=feed-off#feed');
      assert.equal(await t.container.feedTokens.resolve(newToken), undefined);
      assert.match((await agent.get('/account/interests?done=feed-off')).body, /Your private feed is turned off/);
      for (const bad of ['', 'abc', `${newToken}x`, '../../etc/passwd', 'A'.repeat(43)]) assert.equal(await t.container.feedTokens.resolve(bad), undefined);
    });

    it('a suspended person’s feed address resolves to nobody', async () => {
      const userId = await createPerson(t, `suspended-feed-${dialect}@example.org`);
      const token = await t.container.feedTokens.create(userId);
      assert.equal(await t.container.feedTokens.resolve(token), userId);
      await db().updateTable('users').set({ suspended_at: new Date().toISOString() }).where('id', '=', userId).execute();
      assert.equal(await t.container.feedTokens.resolve(token), undefined);
    });

    it('the reading history is counted, exported, and cleared without touching ratings or anyone else’s', async () => {
      const userId = await createPerson(t, `historian-${dialect}@example.org`);
      const otherId = await createPerson(t, `bystander-${dialect}@example.org`);
      const agent = await sessionFor(t, userId);
      const articlePage = await agent.get(`/news/${article.slug}`);
      await agent.post(`/items/${article.id}/rating`, { _csrf: csrfOf(articlePage.body), stars: '4' });
      await addEvent(otherId, 1);
      assert.equal((await eventsOf(userId)).length, 2, 'a read and a rating');
      const page = await agent.get('/account/interests');
      assert.match(page.body, /We hold 2 records of what you read and did/);
      assert.match(page.body, /Records are deleted after 730 days/);
      assert.match(page.body, /href="\/account\/export"/);
      assert.match(page.body, /It does not delete your comments, ratings or recommends/);

      const res = await agent.post('/account/history/clear', { _csrf: csrfOf(page.body) });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/account/interests?done=cleared#history');
      assert.deepEqual(await eventsOf(userId), []);
      assert.equal((await eventsOf(otherId)).length, 1, 'other people’s history stays');
      const rating = await db().selectFrom('ratings').select('stars').where('user_id', '=', userId).executeTakeFirst();
      assert.equal(rating?.stars, 4, 'the rating itself stays');
      const after = await agent.get('/account/interests?done=cleared');
      assert.match(after.body, /Your reading history is cleared/);
      assert.match(after.body, /We hold no reading history for you/);
    });

    it('the data export holds the engagement events and interests', async () => {
      const userId = await createPerson(t, `exporter-${dialect}@example.org`);
      await addEvent(userId, 2);
      await db().insertInto('topic_follows').values({ user_id: userId, topic_id: (await db().selectFrom('topics').select('id').executeTakeFirstOrThrow()).id, created_at: new Date().toISOString() }).execute();
      await t.container.feedTokens.create(userId);
      const agent = await sessionFor(t, userId);
      const res = await agent.get('/account/export.json');
      assert.equal(res.statusCode, 200, 'a fresh session may download');
      const data = res.json() as { engagement: unknown[]; interests: { followedTopics: string[]; privateFeedMadeAt: string | null } };
      assert.equal(data.engagement.length, 1);
      assert.equal(data.interests.followedTopics.length, 1);
      assert.ok(data.interests.privateFeedMadeAt);
      assert.ok(!JSON.stringify(data).includes('token_hash'));
    });

    it('an admin sets the retention period (30 to 3650 days, kept on error); the purge removes only older events', async () => {
      const admin = await personWithRole(t, `retention-admin-${dialect}@example.org`, 'admin');
      const form = (days: string) => ({ name: 'Pulse', tagline: 'T', description: 'D', default_access: 'public', comment_policy: 'verified', retention_days: days });
      for (const bad of ['29', '3651', 'abc', '1e3', '']) {
        const res = await admin.submit('/admin/settings', '/admin/settings', form(bad));
        assert.equal(res.statusCode, 400, bad);
        assert.match(res.body, /Enter a whole number of days from 30 to 3650/);
        assert.match(res.body, new RegExp(`id="field-retention_days"[^>]*value="${bad}"|value="${bad}"[^>]*id="field-retention_days"`), 'what was typed is kept');
        assert.equal(t.container.settings.settings.engagementRetentionDays, 730);
      }
      assert.equal((await admin.submit('/admin/settings', '/admin/settings', form('30'))).statusCode, 303);
      assert.equal(t.container.settings.settings.engagementRetentionDays, 30);

      const userId = await createPerson(t, `retained-${dialect}@example.org`);
      await addEvent(userId, 45);
      await addEvent(userId, 31, 'rate');
      await addEvent(userId, 29);
      await addEvent(userId, 0);
      await addEvent(null, 400);
      const removed = await t.container.historyRetention.purgeNow();
      assert.ok(removed >= 3, `removed ${removed}`);
      const left = await eventsOf(userId);
      assert.equal(left.length, 2, 'the events within 30 days stay');
      for (const e of left) assert.ok(Date.now() - Date.parse(e.created_at) < 30 * DAY);
      const older = await db().selectFrom('engagement_events').select('id').where('created_at', '<', new Date(Date.now() - 30 * DAY).toISOString()).execute();
      assert.equal(older.length, 0);
      await admin.submit('/admin/settings', '/admin/settings', form('730'));
    });

    it('the retention job purges at start and on its timer, and stops when asked', async () => {
      const userId = await createPerson(t, `timed-${dialect}@example.org`);
      let runs = 0;
      const job = new HistoryRetention({
        events: t.container.engagementEvents,
        retentionDays: () => { runs++; return 30; },
        onError: (error) => assert.fail(String(error)),
        intervalMs: 20,
      });
      await addEvent(userId, 60);
      job.start();
      for (let i = 0; i < 100 && runs < 3; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      await job.stop();
      assert.ok(runs >= 3, `ran ${runs} times`);
      assert.deepEqual(await eventsOf(userId), [], 'purged at start');
      const stoppedAt = runs;
      await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal(runs, stoppedAt, 'no run after stop');
    });

    it('reaching the end of an item marks today’s read as read to the end (value 2), only for someone who opened it', async () => {
      const userId = await createPerson(t, `finisher-${dialect}@example.org`);
      const agent = await sessionFor(t, userId);
      const csrf = csrfOf((await agent.get('/account')).body);
      assert.equal((await agent.post(`/items/${article.id}/read-complete`, { _csrf: csrf })).statusCode, 404, 'no read recorded yet');
      const page = await agent.get(`/news/${article.slug}`);
      assert.match(page.body, new RegExp(`data-read-complete="/items/${article.id}/read-complete"`));
      assert.deepEqual((await eventsOf(userId)).map((e) => [e.kind, e.value]), [['read', 1]]);
      const res = await agent.post(`/items/${article.id}/read-complete`, { _csrf: csrf });
      assert.equal(res.statusCode, 204);
      assert.deepEqual((await eventsOf(userId)).map((e) => [e.kind, e.value]), [['read', 2]]);
      // A second report, and reading again the same day, keep one event.
      assert.equal((await agent.post(`/items/${article.id}/read-complete`, { _csrf: csrf })).statusCode, 204);
      await agent.get(`/news/${article.slug}`);
      assert.deepEqual((await eventsOf(userId)).map((e) => [e.kind, e.value]), [['read', 2]]);

      // A members-only report a non-member cannot open: a teaser, no sentinel, and a refusal.
      const teaser = await agent.get(`/reports/${membersReport.slug}`);
      assert.doesNotMatch(teaser.body, /data-read-complete/);
      assert.equal((await agent.post(`/items/${membersReport.id}/read-complete`, { _csrf: csrf })).statusCode, 403);
      // Bad input and visitors: quiet 4xx.
      assert.equal((await agent.post('/items/abc/read-complete', { _csrf: csrf })).statusCode, 400);
      assert.equal((await agent.post('/items/99999999/read-complete', { _csrf: csrf })).statusCode, 404);
      assert.equal((await agent.post(`/items/${article.id}/read-complete`, {})).statusCode, 403, 'no CSRF token');
      const visitor = new Agent(t.app);
      const visitorCsrf = csrfOf((await visitor.get('/login')).body);
      assert.equal((await visitor.post(`/items/${article.id}/read-complete`, { _csrf: visitorCsrf })).statusCode, 401);
    });
  });
}
