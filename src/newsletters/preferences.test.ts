// The signed links in newsletter and alert emails, over HTTP on both dialects: one-click
// unsubscribe (RFC 8058) with no cookies, GET changing nothing, forged and revoked tokens
// answered 404 with nothing changed, and the preference centre for the monthly newsletter
// and topic alerts.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { Agent, csrfOf } from '../../test/agent.js';
import { createPerson } from '../../test/people.js';
import { alertPreferencesUrl, alertUnsubscribeUrl, preferencesUrl, unsubscribeUrl } from './subscribers-service.js';

for (const { dialect, skip } of dialects()) {
  describe(`newsletter preference and unsubscribe links (${dialect})`, { skip }, () => {
    let t: TestApp;
    let topics: { id: number; name: string }[];

    before(async () => {
      t = await startTestApp({ dialect });
      topics = await t.container.db.kysely.selectFrom('topics').select(['id', 'name']).orderBy('id').limit(2).execute();
    });
    after(async () => t?.close());

    const db = () => t.container.db.kysely;
    const pathOf = (url: string) => url.replace(/^https?:\/\/[^/]+/, '');
    /** An active subscriber, optionally tied to an account, as confirmation leaves one. */
    const activeSubscriber = async (email: string, userId: number | null = null) => {
      const now = new Date().toISOString();
      const row = await db().insertInto('newsletter_subscribers').values({ email, user_id: userId, status: 'active', confirm_token_hash: null, confirm_expires_at: null, created_at: now, confirmed_at: now, unsubscribed_at: null, updated_at: now })
        .returning(['id', 'token_version']).executeTakeFirstOrThrow();
      return row;
    };
    const status = async (id: number) => (await db().selectFrom('newsletter_subscribers').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
    const consentActions = async (id: number) => (await db().selectFrom('newsletter_consents').select(['action', 'source']).where('subscriber_id', '=', id).orderBy('id').execute()).map((c) => `${c.action} ${c.source}`);
    const alertsOf = async (userId: number) => (await db().selectFrom('topic_alerts').select(['topic_id', 'frequency']).where('user_id', '=', userId).orderBy('topic_id').execute()).map((r) => `${r.topic_id}:${r.frequency}`);
    const follow = async (userId: number) => {
      for (const topic of topics) await db().insertInto('topic_follows').values({ user_id: userId, topic_id: topic.id, created_at: new Date().toISOString() }).execute();
    };
    const oneClick = (path: string) => t.app.inject({ method: 'POST', url: path, payload: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });

    it('a mail provider’s one-click POST unsubscribes with no cookies, no origin and no token', async () => {
      const sub = await activeSubscriber(`oneclick-${dialect}@example.org`);
      const url = unsubscribeUrl(t.container.config.publicUrl, t.container.newsletters.links, sub);
      assert.match(url, /^http:\/\/localhost:3000\/newsletter\/unsubscribe\/s\.\d+\.1\.[0-9a-f]{32}$/);
      const res = await oneClick(pathOf(url));
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /You are unsubscribed/);
      assert.match(res.body, /href="\/newsletter">sign up again/);
      assert.equal(await status(sub.id), 'unsubscribed');
      assert.deepEqual(await consentActions(sub.id), ['withdrawn email-one-click']);
      // A second click is harmless and records nothing more.
      assert.equal((await oneClick(pathOf(url))).statusCode, 200);
      assert.deepEqual(await consentActions(sub.id), ['withdrawn email-one-click']);
    });

    it('opening the unsubscribe link changes nothing; its button does', async () => {
      const sub = await activeSubscriber(`button-${dialect}@example.org`);
      const path = pathOf(unsubscribeUrl(t.container.config.publicUrl, t.container.newsletters.links, sub));
      const visitor = new Agent(t.app);
      const page = await visitor.get(path);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, new RegExp(`<form method="post" action="${path}">`));
      assert.equal(await status(sub.id), 'active');
      const res = await visitor.post(path, {});
      assert.equal(res.statusCode, 200);
      assert.equal(await status(sub.id), 'unsubscribed');
      assert.deepEqual(await consentActions(sub.id), ['withdrawn /newsletter/unsubscribe']);
    });

    it('a tampered or revoked link is “no longer valid” (404) and changes nothing', async () => {
      const sub = await activeSubscriber(`tamper-${dialect}@example.org`);
      const good = pathOf(unsubscribeUrl(t.container.config.publicUrl, t.container.newsletters.links, sub));
      const tampered = good.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
      const otherId = good.replace(`/s.${sub.id}.`, `/s.${sub.id + 1000}.`);
      const oldVersion = pathOf(unsubscribeUrl(t.container.config.publicUrl, t.container.newsletters.links, { id: sub.id, token_version: sub.token_version + 1 }));
      for (const path of [tampered, otherId, oldVersion, '/newsletter/unsubscribe/garbage', `/newsletter/preferences/${'x'.repeat(90)}`]) {
        const page = await t.app.inject({ url: path });
        assert.equal(page.statusCode, 404, path);
        assert.match(page.body, /This link is no longer valid/);
        assert.equal((await oneClick(path.replace('/preferences/', '/unsubscribe/'))).statusCode, 404, path);
      }
      assert.equal(await status(sub.id), 'active');
      assert.deepEqual(await consentActions(sub.id), []);
      assert.equal(await t.container.newsletters.subscribers.unsubscribeByToken(tampered.split('/').pop()!, 'email'), false);
      assert.equal(await status(sub.id), 'active');
    });

    it('the preference centre turns the monthly newsletter off and on and sets a person’s topic alerts', async () => {
      const userId = await createPerson(t, `prefs-${dialect}@example.org`);
      await follow(userId);
      const sub = await activeSubscriber(`prefs-${dialect}@example.org`, userId);
      const path = pathOf(preferencesUrl(t.container.config.publicUrl, t.container.newsletters.links, sub));
      const visitor = new Agent(t.app);
      let page = await visitor.get(path);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /name="monthly" value="on" checked/);
      for (const topic of topics) assert.match(page.body, new RegExp(`Alerts about ${topic.name}`));
      const res = await visitor.post(path, { _csrf: csrfOf(page.body), monthly: 'off', [`alert-${topics[0]!.id}`]: 'immediate', [`alert-${topics[1]!.id}`]: 'weekly' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `${path}?done=saved`);
      assert.equal(await status(sub.id), 'unsubscribed');
      assert.deepEqual(await alertsOf(userId), [`${topics[0]!.id}:immediate`, `${topics[1]!.id}:weekly`]);
      page = await visitor.get(res.headers.location);
      assert.match(page.body, /Your preferences are saved/);
      assert.match(page.body, /name="monthly" value="off" checked/);
      // The same link turns it back on: the address was confirmed before.
      await visitor.post(path, { _csrf: csrfOf(page.body), monthly: 'on', [`alert-${topics[0]!.id}`]: 'off' });
      assert.equal(await status(sub.id), 'active');
      assert.deepEqual(await alertsOf(userId), [`${topics[1]!.id}:weekly`]);
      assert.deepEqual(await consentActions(sub.id), ['withdrawn /newsletter/preferences', 'confirmed /newsletter/preferences']);
    });

    it('a bad preference form keeps the page and changes nothing; a stale form without its token is refused', async () => {
      const userId = await createPerson(t, `badprefs-${dialect}@example.org`);
      await follow(userId);
      const sub = await activeSubscriber(`badprefs-${dialect}@example.org`, userId);
      const path = pathOf(preferencesUrl(t.container.config.publicUrl, t.container.newsletters.links, sub));
      const visitor = new Agent(t.app);
      const page = await visitor.get(path);
      const bad = await visitor.post(path, { _csrf: csrfOf(page.body), monthly: 'off', [`alert-${topics[0]!.id}`]: 'hourly' });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /href="#field-alerts"/);
      const notFollowed = await visitor.post(path, { _csrf: csrfOf(page.body), monthly: 'off', 'alert-999999': 'weekly' });
      assert.equal(notFollowed.statusCode, 400);
      assert.match(notFollowed.body, /no longer follow/);
      assert.equal(await status(sub.id), 'active');
      assert.deepEqual(await alertsOf(userId), []);
      const noToken = await visitor.post(path, { monthly: 'off' });
      assert.equal(noToken.statusCode, 403);
      assert.equal(await status(sub.id), 'active');
    });

    it('an alert link shows the person’s alert choices and its one-click POST stops them all', async () => {
      const userId = await createPerson(t, `alerts-${dialect}@example.org`);
      await follow(userId);
      await t.container.newsletters.alertPreferences.choose(userId, new Map([[topics[0]!.id, 'immediate'], [topics[1]!.id, 'weekly']]), 'test');
      const links = t.container.newsletters.links;
      const prefs = await t.app.inject({ url: pathOf(alertPreferencesUrl(t.container.config.publicUrl, links, userId)) });
      assert.equal(prefs.statusCode, 200);
      assert.match(prefs.body, new RegExp(`name="alert-${topics[0]!.id}" value="immediate" checked`));
      assert.doesNotMatch(prefs.body, /name="monthly"/);
      const res = await oneClick(pathOf(alertUnsubscribeUrl(t.container.config.publicUrl, links, userId)));
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /all your topic alerts/);
      assert.deepEqual(await alertsOf(userId), []);
      const withdrawn = await db().selectFrom('newsletter_consents').select(['action', 'source']).where('user_id', '=', userId).where('action', '=', 'withdrawn').execute();
      assert.equal(withdrawn.length, 2);
      assert.ok(withdrawn.every((c) => c.source === 'email-one-click'));
      // An alert link for someone who does not exist is as invalid as a forged one.
      assert.equal((await t.app.inject({ url: pathOf(alertPreferencesUrl(t.container.config.publicUrl, links, 987654)) })).statusCode, 404);
    });
  });
}
