// The topic picker and /account/interests over HTTP: the picker is offered once after an
// address is confirmed (signed in or not), skippable; saving topics and profile signals;
// bad input (unknown, non-numeric, repeated or a thousand topics, forged profession or
// organisation type) is a 400 naming the field, with the form kept and nothing stored
// changed; members are not asked their organisation type. Both dialects.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { Agent, csrfOf, linkIn } from '../../test/agent.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { createPerson, sessionFor, TEST_PASSWORD } from '../../test/people.js';

for (const { dialect, skip } of dialects()) {
  describe(`interests and the topic picker (${dialect})`, { skip }, () => {
    let t: TestApp;
    let sink: SmtpSink;
    let topicIds: number[];

    before(async () => {
      sink = await startSmtpSink();
      t = await startTestApp({ dialect, env: { SMTP_URL: sink.url } });
      topicIds = (await t.container.db.kysely.selectFrom('topics').select('id').orderBy('id').execute()).map((r) => r.id);
    });
    after(async () => {
      await t?.close();
      await sink?.close();
    });

    const db = () => t.container.db.kysely;
    const followed = async (userId: number) => (await db().selectFrom('topic_follows').select('topic_id').where('user_id', '=', userId).orderBy('topic_id').execute()).map((r) => r.topic_id);
    const profile = (userId: number) => db().selectFrom('users').select(['interests_offered_at', 'profession', 'organisation_type']).where('id', '=', userId).executeTakeFirstOrThrow();

    /** An unconfirmed person, and the confirmation link emailed to them. */
    async function unconfirmed(email: string): Promise<{ userId: number; token: string }> {
      const userId = await createPerson(t, email);
      await db().updateTable('users').set({ email_verified_at: null }).where('id', '=', userId).execute();
      await t.container.accounts.resendVerification(email, { ip: '10.0.0.1', userAgent: 'test' });
      const mail = await sink.waitFor((m) => JSON.stringify(m.to).includes(email) && /Confirm/.test(m.subject ?? ''));
      return { userId, token: new URL(linkIn(mail.text!, '/verify-email?token='), 'http://x').searchParams.get('token')! };
    }

    async function confirm(agent: Agent, token: string) {
      const page = await agent.get(`/verify-email?token=${token}`);
      return agent.post('/verify-email', { _csrf: csrfOf(page.body), token });
    }

    it('signed in when confirming: the picker comes next, once, and "Skip for now" goes on to the account', async () => {
      const { userId, token } = await unconfirmed(`skipper-${dialect}@example.org`);
      const agent = await sessionFor(t, userId);
      const confirmed = await confirm(agent, token);
      assert.equal(confirmed.statusCode, 303);
      assert.equal(confirmed.headers.location, '/account/interests/welcome');
      const picker = await agent.get('/account/interests/welcome');
      assert.equal(picker.statusCode, 200);
      assert.match(picker.body, /<h1>Choose your topics<\/h1>/);
      assert.match(picker.body, /Skip for now/);
      for (const id of topicIds) assert.match(picker.body, new RegExp(`name="topics" value="${id}"`));

      const skipped = await agent.post('/account/interests/welcome', { _csrf: csrfOf(picker.body), action: 'skip', next: '/account' });
      assert.equal(skipped.statusCode, 303);
      assert.equal(skipped.headers.location, '/account');
      assert.ok((await profile(userId)).interests_offered_at, 'skipping records that it was offered');
      assert.deepEqual(await followed(userId), []);

      const again = await agent.get('/account/interests/welcome?next=%2Fnews');
      assert.equal(again.statusCode, 303, 'offered once');
      assert.equal(again.headers.location, '/news', 'and then straight on to where they were going');
    });

    it('confirmed while logged out: logging in from the confirmation page leads to the picker; saving follows the topics', async () => {
      const email = `chooser-${dialect}@example.org`;
      const { userId, token } = await unconfirmed(email);
      const agent = new Agent(t.app);
      const done = await confirm(agent, token);
      assert.equal(done.statusCode, 200);
      const loginHref = /<a class="button" href="([^"]+)">Log in<\/a>/.exec(done.body)?.[1];
      assert.equal(loginHref, '/login?next=%2Faccount%2Finterests%2Fwelcome');
      const login = await agent.submit(loginHref!, '/login', { email, password: TEST_PASSWORD, next: '/account/interests/welcome' });
      assert.equal(login.headers.location, '/account/interests/welcome');
      const picker = await agent.get('/account/interests/welcome');
      assert.equal(picker.statusCode, 200);
      const chosen = topicIds.slice(0, 2).map(String);
      const saved = await agent.post('/account/interests/welcome', { _csrf: csrfOf(picker.body), action: 'save', next: '/account', topics: chosen, profession: 'Finance', organisation_type: 'Primary care network' });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, '/account');
      assert.deepEqual((await followed(userId)).map(String), chosen);
      const row = await profile(userId);
      assert.equal(row.profession, 'Finance');
      assert.equal(row.organisation_type, 'Primary care network');
      assert.ok(row.interests_offered_at);
      assert.equal((await agent.get('/account/interests/welcome')).statusCode, 303, 'not offered again');
    });

    it('the picker is not offered to people who have not confirmed, and a foreign "next" stays on this site', async () => {
      const { userId } = await unconfirmed(`waiting-${dialect}@example.org`);
      const agent = await sessionFor(t, userId);
      const res = await agent.get('/account/interests/welcome?next=https%3A%2F%2Fevil.example%2F');
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/account');
      const page = await agent.get('/account/interests');
      assert.match(page.body, /Please confirm your email address to choose topics/);
      const post = await agent.post('/account/interests', { _csrf: csrfOf(page.body), topics: String(topicIds[0]) });
      assert.equal(post.statusCode, 403);
      assert.deepEqual(await followed(userId), []);
      const skipped = await agent.post('/account/interests/welcome', { _csrf: csrfOf(page.body), action: 'skip', next: '/account' });
      assert.equal(skipped.statusCode, 403);
      assert.equal((await profile(userId)).interests_offered_at, null, 'still to be offered once they confirm');
    });

    it('/account/interests saves topics and profile, and shows them ticked and chosen', async () => {
      const userId = await createPerson(t, `editor-${dialect}@example.org`);
      const agent = await sessionFor(t, userId);
      const page = await agent.get('/account/interests');
      assert.equal(page.statusCode, 200);
      assert.equal(page.headers['cache-control'], 'private, no-store');
      const res = await agent.post('/account/interests', { _csrf: csrfOf(page.body), topics: [String(topicIds[2]), String(topicIds[0])], profession: 'Digital and data', organisation_type: 'Charity or voluntary' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/account/interests?done=saved');
      const after = await agent.get(res.headers.location as string);
      assert.match(after.body, /Your interests are saved/);
      assert.match(after.body, new RegExp(`value="${topicIds[0]}" checked`));
      assert.match(after.body, new RegExp(`value="${topicIds[2]}" checked`));
      assert.doesNotMatch(after.body, new RegExp(`value="${topicIds[1]}" checked`));
      assert.match(after.body, /<option value="Digital and data" selected>/);
      assert.match(after.body, /<option value="Charity or voluntary" selected>/);
      // Unticking everything and clearing the profile is a valid choice too.
      const cleared = await agent.post('/account/interests', { _csrf: csrfOf(page.body), profession: '', organisation_type: '' });
      assert.equal(cleared.statusCode, 303);
      assert.deepEqual(await followed(userId), []);
      assert.equal((await profile(userId)).profession, null);
    });

    it('bad input is a 400 naming the field, keeps what was sent, and changes nothing stored', async () => {
      const userId = await createPerson(t, `forger-${dialect}@example.org`);
      const agent = await sessionFor(t, userId);
      const page = await agent.get('/account/interests');
      const csrf = csrfOf(page.body);
      assert.equal((await agent.post('/account/interests', { _csrf: csrf, topics: String(topicIds[1]), profession: 'Finance' })).statusCode, 303);
      const before = { topics: await followed(userId), profile: await profile(userId) };

      const cases: { form: Record<string, string | string[]>; message: RegExp; field: string }[] = [
        { form: { topics: [String(topicIds[0]), '999999'] }, message: /not on the list/, field: 'topics' },
        { form: { topics: 'abc' }, message: /not on the list/, field: 'topics' },
        { form: { topics: Array.from({ length: 1000 }, (_, i) => String(i + 1)) }, message: /at most once, from the \d+ listed/, field: 'topics' },
        { form: { topics: [String(topicIds[0]), String(topicIds[0])] }, message: /at most once/, field: 'topics' },
        { form: { topics: String(topicIds[0]), profession: 'Astronaut' }, message: /Choose a profession from the list/, field: 'profession' },
        { form: { topics: String(topicIds[0]), organisation_type: '<script>x</script>' }, message: /Choose a type of organisation from the list/, field: 'organisation_type' },
      ];
      for (const { form, message, field } of cases) {
        const res = await agent.post('/account/interests', { _csrf: csrf, profession: '', organisation_type: '', ...form });
        assert.equal(res.statusCode, 400, JSON.stringify(form).slice(0, 80));
        assert.match(res.body, message);
        assert.match(res.body, new RegExp(`href="#field-${field}"`), 'the error summary links to the field');
        assert.match(res.body, new RegExp(`id="field-${field}-error"`));
        assert.doesNotMatch(res.body, /<script>x<\/script>/);
        assert.deepEqual({ topics: await followed(userId), profile: await profile(userId) }, before, 'nothing stored changed');
      }
      // The form comes back with what was sent: the known topic stays ticked, the profession chosen.
      const kept = await agent.post('/account/interests', { _csrf: csrf, topics: [String(topicIds[0]), '999999'], profession: 'Communications', organisation_type: '' });
      assert.match(kept.body, new RegExp(`value="${topicIds[0]}" checked`));
      assert.match(kept.body, /<option value="Communications" selected>/);
      // Types the schema refuses outright: still a 400 with a sentence, never a 500.
      const twoProfessions = await agent.post('/account/interests', { _csrf: csrf, profession: ['Finance', 'Other'] });
      assert.equal(twoProfessions.statusCode, 400);
      assert.match(twoProfessions.body, /profession/);
      const badAction = await agent.post('/account/interests/welcome', { _csrf: csrf, action: 'explode', next: '/account' });
      assert.equal(badAction.statusCode, 400);
      assert.deepEqual({ topics: await followed(userId), profile: await profile(userId) }, before);
    });

    it('a member sees their organisation’s type instead of the question, and a forged one is ignored', async () => {
      const domain = `member-${dialect}.example`;
      await t.container.members.saveOrganisation({ name: 'Lakeside Mental Health Trust', type: 'Mental health trust', tier: 'standard', status: 'active', domains: domain });
      const userId = await createPerson(t, `nurse@${domain}`);
      const agent = await sessionFor(t, userId);
      const page = await agent.get('/account/interests');
      assert.match(page.body, /Your type of organisation:<\/strong> <span>Mental health trust<\/span>/);
      assert.doesNotMatch(page.body, /name="organisation_type"/);
      const res = await agent.post('/account/interests', { _csrf: csrfOf(page.body), profession: 'Nursing and midwifery', organisation_type: 'Forged value' });
      assert.equal(res.statusCode, 303);
      const row = await profile(userId);
      assert.equal(row.profession, 'Nursing and midwifery');
      assert.equal(row.organisation_type, null);
    });

    it('visitors are sent to log in', async () => {
      const res = await t.app.inject({ url: '/account/interests' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/login?next=%2Faccount%2Finterests');
    });
  });
}
