// Suspending and reinstating people, and ending their sessions, through HTTP on a real
// database: a suspended person is logged out at once and cannot get back in by any door.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { Agent, ORIGIN, csrfOf, linkIn } from '../../test/agent.js';
import { TEST_PASSWORD, createPerson, sessionFor } from '../../test/people.js';

for (const { dialect, skip } of dialects()) {
  describe(`suspending people (${dialect})`, { skip }, () => {
    let t: TestApp;
    let admin: Agent;
    let adminId: number;

    before(async () => {
      t = await startTestApp({ dialect, seed: false });
      adminId = await createPerson(t, 'chief@example.org', 'admin', 'Chief Admin');
      admin = await sessionFor(t, adminId);
    });
    after(async () => {
      await t?.close();
    });

    const db = () => t.container.db.kysely;
    const logIn = (email: string, password = TEST_PASSWORD) => new Agent(t.app).submit('/login', '/login', { email, password, next: '/account' });
    /** Asks for a login link and returns it from the outbox (no SMTP server in these tests), or undefined when none was sent. */
    const loginLink = async (email: string) => {
      const before = await db().selectFrom('outbox').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
      const res = await new Agent(t.app).submit('/login/email-link', '/login/email-link', { email });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Check your email/);
      await t.container.recovery.settle();
      const mail = await db().selectFrom('outbox').selectAll().where('to_address', '=', email).where('id', '>', Number(before?.id ?? 0)).executeTakeFirst();
      return mail ? linkIn(mail.text_body, '/login/link?token=') : undefined;
    };
    const useLink = async (link: string) => {
      const agent = new Agent(t.app);
      const page = await agent.get(link);
      const res = await agent.post('/login/link', { _csrf: csrfOf(page.body), token: new URL(link, ORIGIN).searchParams.get('token')! });
      return { agent, res };
    };

    it('suspending logs the person out everywhere and shuts every way back in; reinstating opens them again', async () => {
      const id = await createPerson(t, 'sam@example.org', 'editor', 'Sam Suspect');
      const phone = await sessionFor(t, id);
      const laptop = await sessionFor(t, id);
      const oldLink = await loginLink('sam@example.org');
      assert.ok(oldLink, 'a link is sent before the suspension');

      const res = await admin.submit(`/admin/people/${id}`, `/admin/people/${id}/suspend`, { reason: 'Shared their password =SUM(1)' });
      assert.equal(res.statusCode, 303);
      const page = await admin.get(res.headers.location as string);
      assert.match(page.body, /Suspended. They have been logged out everywhere/);
      assert.match(page.body, /Suspended since/);
      assert.match(page.body, /Not logged in anywhere/);

      for (const agent of [phone, laptop]) assert.equal((await agent.get('/account')).statusCode, 303, 'their sessions ended');
      const byPassword = await logIn('sam@example.org');
      assert.equal(byPassword.statusCode, 400);
      assert.match(byPassword.body, /This account has been suspended/);
      const wrongPassword = await logIn('sam@example.org', 'not the password at all');
      assert.doesNotMatch(wrongPassword.body, /suspended/, 'only someone with the password is told');
      assert.equal((await useLink(oldLink)).res.statusCode, 400, 'a link sent before the suspension no longer works');
      assert.equal(await loginLink('sam@example.org'), undefined, 'no new link is sent, and the page is the same');
      const reset = await new Agent(t.app).submit('/login/forgotten', '/login/forgotten', { email: 'sam@example.org' });
      assert.equal(reset.statusCode, 200);
      await t.container.recovery.settle();
      assert.equal((await db().selectFrom('outbox').select('id').where('to_address', '=', 'sam@example.org').where('subject', 'like', '%eset%').execute()).length, 0, 'no reset link either');

      // A session that somehow survived (made directly here) is refused on its next request.
      const survivor = await sessionFor(t, id);
      assert.equal((await survivor.get('/account')).statusCode, 303);

      const [entry] = (await t.container.audit.list({ action: 'user.suspend' }, 1)).entries;
      assert.equal(entry?.summary, 'Suspended Sam Suspect <sam@example.org>. Reason: Shared their password =SUM(1)');
      assert.equal(entry?.actor_name, 'Chief Admin <chief@example.org>');

      const reinstated = await admin.submit(`/admin/people/${id}`, `/admin/people/${id}/reinstate`, {});
      assert.equal(reinstated.statusCode, 303);
      assert.equal((await logIn('sam@example.org')).statusCode, 303, 'password login works again');
      const newLink = await loginLink('sam@example.org');
      assert.ok(newLink);
      assert.equal((await useLink(newLink)).res.statusCode, 303, 'link login works again');
      assert.equal((await t.container.audit.list({ action: 'user.reinstate' }, 1)).entries[0]?.summary, 'Reinstated Sam Suspect <sam@example.org>');
    });

    it('a second suspension or reinstatement from a stale page says so and changes nothing', async () => {
      const id = await createPerson(t, 'twice@example.org', 'member', 'Twice Over');
      const page = await admin.get(`/admin/people/${id}`);
      assert.equal((await admin.post(`/admin/people/${id}/suspend`, { _csrf: csrfOf(page.body), reason: '' })).statusCode, 303);
      const again = await admin.post(`/admin/people/${id}/suspend`, { _csrf: csrfOf(page.body), reason: '' });
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /already suspended/);
      assert.equal((await admin.post(`/admin/people/${id}/reinstate`, { _csrf: csrfOf(page.body) })).statusCode, 303);
      const reinstateAgain = await admin.post(`/admin/people/${id}/reinstate`, { _csrf: csrfOf(page.body) });
      assert.equal(reinstateAgain.statusCode, 409);
      assert.match(reinstateAgain.body, /is not suspended/);
      assert.equal((await t.container.audit.list({ action: 'user.suspend', subjectId: String(id) }, 1)).pagination.total, 1);
      assert.equal((await t.container.audit.list({ action: 'user.suspend', subjectId: String(id) }, 1)).entries[0]?.summary, 'Suspended Twice Over <twice@example.org> (no reason given)');
    });

    it('a reason that is too long is sent back with the text kept and the error tied to the field', async () => {
      const id = await createPerson(t, 'wordy@example.org', 'member', 'Wordy Case');
      const reason = `<b>${'very long '.repeat(60)}</b>`;
      const res = await admin.submit(`/admin/people/${id}`, `/admin/people/${id}/suspend`, { reason });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /<a href="#field-reason">Reason for suspending: Use at most 500 characters/);
      assert.match(res.body, /aria-describedby="field-reason-hint field-reason-error" aria-invalid="true">&lt;b>very long/);
      assert.equal((await t.container.accountRepo.findUserById(id))?.suspended_at, null);
    });

    it('an admin cannot suspend themselves', async () => {
      const page = await admin.get(`/admin/people/${adminId}`);
      assert.match(page.body, /You cannot suspend your own account/);
      const res = await admin.post(`/admin/people/${adminId}/suspend`, { _csrf: csrfOf(page.body), reason: '' });
      assert.equal(res.statusCode, 403);
      assert.equal((await admin.get('/admin/people')).statusCode, 200);
    });

    it('ending someone’s sessions logs them out everywhere and is audited; ending your own keeps this one', async () => {
      const id = await createPerson(t, 'roamer@example.org', 'member', 'Roamer Person');
      const one = await sessionFor(t, id);
      await sessionFor(t, id);
      const page = await admin.get(`/admin/people/${id}`);
      assert.match(page.body, /<td><span>Unknown device<\/span><\/td>|<td><span>test<\/span><\/td>/);
      assert.match(page.body, /127\.0\.0\.1/);
      const res = await admin.post(`/admin/people/${id}/sessions/end`, { _csrf: csrfOf(page.body) });
      assert.equal(res.statusCode, 303);
      assert.equal((await one.get('/account')).statusCode, 303);
      assert.equal((await t.container.audit.list({ action: 'user.sessions_end' }, 1)).entries[0]?.summary, 'Ended 2 sessions of Roamer Person <roamer@example.org>');

      const elsewhere = await sessionFor(t, adminId);
      const own = await admin.submit(`/admin/people/${adminId}`, `/admin/people/${adminId}/sessions/end`, {});
      assert.equal(own.statusCode, 303);
      assert.equal((await admin.get('/admin/people')).statusCode, 200, 'this session stays');
      assert.equal((await elsewhere.get('/admin/people')).statusCode, 303, 'the other one ended');
    });
  });
}
