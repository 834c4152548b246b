// /account/newsletters over HTTP on both dialects: a confirmed person turns the monthly
// newsletter on (active at once) and off, chooses topic alerts and sees what they agreed to;
// an unconfirmed one is asked to confirm first; their newsletter data is in their export and
// goes when the account is deleted.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { Agent, csrfOf } from '../../test/agent.js';
import { createPerson, sessionFor, signIn } from '../../test/people.js';
import { MONTHLY_WORDING_VERSION } from './subscribers-service.js';

for (const { dialect, skip } of dialects()) {
  describe(`your newsletters page (${dialect})`, { skip }, () => {
    let t: TestApp;
    let topics: { id: number; name: string }[];

    before(async () => {
      t = await startTestApp({ dialect });
      topics = await t.container.db.kysely.selectFrom('topics').select(['id', 'name']).orderBy('id').limit(2).execute();
    });
    after(async () => t?.close());

    const db = () => t.container.db.kysely;
    const subscriberOf = (userId: number) => db().selectFrom('newsletter_subscribers').selectAll().where('user_id', '=', userId).executeTakeFirst();
    const follow = async (userId: number) => {
      for (const topic of topics) await db().insertInto('topic_follows').values({ user_id: userId, topic_id: topic.id, created_at: new Date().toISOString() }).execute();
    };

    it('a visitor is sent to log in, and the account page links here', async () => {
      const res = await new Agent(t.app).get('/account/newsletters');
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/login?next=%2Faccount%2Fnewsletters');
      const agent = await sessionFor(t, await createPerson(t, `nav-${dialect}@example.org`));
      assert.match((await agent.get('/account')).body, /href="\/account\/newsletters"/);
    });

    it('a confirmed person turns the newsletter on at once, picks alerts, sees the history, and turns it off', async () => {
      const email = `member-${dialect}@example.org`;
      const userId = await createPerson(t, email);
      await follow(userId);
      const agent = await sessionFor(t, userId);
      let page = await agent.get('/account/newsletters');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /You do not get the monthly newsletter/);
      assert.match(page.body, /href="\/topics">Follow more topics/);
      const res = await agent.post('/account/newsletters', { _csrf: csrfOf(page.body), monthly: 'on', [`alert-${topics[0]!.id}`]: 'weekly', [`alert-${topics[1]!.id}`]: 'off' });
      assert.equal(res.statusCode, 303);
      const row = await subscriberOf(userId);
      assert.equal(row?.status, 'active');
      assert.equal(row?.email, email);
      const consents = await db().selectFrom('newsletter_consents').select(['list', 'action', 'source', 'wording_version']).where('subscriber_id', '=', row!.id).orderBy('id').execute();
      assert.deepEqual(consents.map((c) => `${c.action} ${c.source} ${c.wording_version}`), [`requested /account/newsletters ${MONTHLY_WORDING_VERSION}`, `confirmed /account/newsletters ${MONTHLY_WORDING_VERSION}`]);
      assert.deepEqual(await db().selectFrom('topic_alerts').select('frequency').where('user_id', '=', userId).execute(), [{ frequency: 'weekly' }]);
      page = await agent.get(res.headers.location!);
      assert.match(page.body, /Your choices are saved/);
      assert.match(page.body, /You get the monthly newsletter/);
      assert.match(page.body, /<td>Monthly newsletter: agreed to<\/td>/);
      assert.match(page.body, new RegExp(`<td>Topic alerts: agreed to \\(${topics[0]!.name}\\)</td>`));
      assert.match(page.body, /<td>\/account\/newsletters<\/td>/);
      await agent.post('/account/newsletters', { _csrf: csrfOf(page.body), monthly: 'off', [`alert-${topics[0]!.id}`]: 'weekly', [`alert-${topics[1]!.id}`]: 'off' });
      assert.equal((await subscriberOf(userId))?.status, 'unsubscribed');
    });

    it('an address signed up before the account is the same subscription', async () => {
      const email = `early-${dialect}@example.org`;
      const now = new Date().toISOString();
      await db().insertInto('newsletter_subscribers').values({ email, user_id: null, status: 'active', confirm_token_hash: null, confirm_expires_at: null, created_at: now, confirmed_at: now, unsubscribed_at: null, updated_at: now }).execute();
      const userId = await createPerson(t, email);
      const agent = await sessionFor(t, userId);
      const page = await agent.get('/account/newsletters');
      assert.match(page.body, /You get the monthly newsletter/);
      await agent.post('/account/newsletters', { _csrf: csrfOf(page.body), monthly: 'off' });
      const rows = await db().selectFrom('newsletter_subscribers').select(['status']).where('email', '=', email).execute();
      assert.deepEqual(rows, [{ status: 'unsubscribed' }]);
      // It was this person's subscription, so it goes with their account.
      await t.container.newsletters.subscribers.deleteForUser({ id: userId, email, email_verified_at: now });
      assert.deepEqual(await db().selectFrom('newsletter_subscribers').select(['status']).where('email', '=', email).execute(), []);
    });

    it('an unconfirmed person is asked to confirm first; bad values and stale forms change nothing', async () => {
      const userId = await createPerson(t, `unconfirmed-${dialect}@example.org`);
      await db().updateTable('users').set({ email_verified_at: null }).where('id', '=', userId).execute();
      const agent = await sessionFor(t, userId);
      const page = await agent.get('/account/newsletters');
      const res = await agent.post('/account/newsletters', { _csrf: csrfOf(page.body), monthly: 'on' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /href="#field-monthly"/);
      assert.match(res.body, /Confirm your email address first/);
      assert.equal(await subscriberOf(userId), undefined);
      const odd = await agent.post('/account/newsletters', { _csrf: csrfOf(page.body), monthly: '<b>yes</b>' });
      assert.equal(odd.statusCode, 400);
      assert.doesNotMatch(odd.body, /<b>yes<\/b>/);
      const stale = await agent.post('/account/newsletters', { monthly: 'off' });
      assert.equal(stale.statusCode, 403);
    });

    it('the data export includes the newsletter, and deleting the account deletes the subscription', async () => {
      const email = `leaver-${dialect}@example.org`;
      const userId = await createPerson(t, email);
      const agent = await signIn(t, email);
      const page = await agent.get('/account/newsletters');
      await agent.post('/account/newsletters', { _csrf: csrfOf(page.body), monthly: 'on' });
      const exported = await agent.get('/account/export.json');
      assert.equal(exported.statusCode, 200);
      const data = JSON.parse(exported.body) as { newsletters: { monthly: { status: string; email: string }; consents: unknown[] } };
      assert.equal(data.newsletters.monthly.status, 'active');
      assert.equal(data.newsletters.monthly.email, email);
      assert.equal(data.newsletters.consents.length, 2);
      const form = await agent.get('/account/delete');
      const done = await agent.post('/account/delete', { _csrf: csrfOf(form.body), email });
      assert.equal(done.statusCode, 303);
      assert.equal(await db().selectFrom('newsletter_subscribers').select('id').where('email', '=', email).executeTakeFirst(), undefined);
      assert.equal(await subscriberOf(userId), undefined);
    });
  });
}
