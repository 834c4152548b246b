// Account changes that need a fresh login: password, email address, data export, deletion,
// through HTTP with a real SMTP server.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { Agent, ORIGIN, csrfOf, linkIn } from '../../test/agent.js';
import { hashPassword } from './passwords.js';
import { hashSecret } from './tokens.js';

const PASSWORD = 'violet harbour lantern 42';
const NEW_PASSWORD = 'copper meadow sparrow 77';

describe('account changes need a fresh login', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let passwordHash: string;
  before(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url, MAIL_FROM: 'Pulse <news@example.org>' } });
    passwordHash = await hashPassword(PASSWORD);
  });
  after(async () => {
    await t?.close();
    await sink?.close();
  });

  const db = () => t.container.db.kysely;
  const makeUser = async (email: string, name = 'Test Person') => {
    const now = new Date().toISOString();
    return t.container.accountRepo.insertUser({
      email, name, password_hash: passwordHash, role: 'member', organisation_name: 'Riverside Trust', job_role: 'Analyst', newsletter_opt_in: 1,
      terms_accepted_at: now, email_verified_at: now, created_at: now, updated_at: now,
    });
  };
  const mailTo = (address: string, subject: RegExp) => sink.waitFor((m) => JSON.stringify(m.to).includes(address) && subject.test(m.subject ?? ''));
  const logIn = async (email: string, password = PASSWORD) => {
    const agent = new Agent(t.app);
    const res = await agent.submit('/login', '/login', { email, password, next: '/account' });
    assert.equal(res.statusCode, 303, `logging in as ${email}`);
    return agent;
  };
  const makeStale = (userId: number) =>
    db().updateTable('sessions').set({ authenticated_at: new Date(Date.now() - 3600_000).toISOString() }).where('user_id', '=', userId).execute();

  it('with a stale login, each change asks for the password first, then continues', async () => {
    const id = await makeUser('stale@example.org');
    const agent = await logIn('stale@example.org');
    const account = await agent.get('/account');
    await makeStale(id);
    for (const path of ['/account/password', '/account/email', '/account/export', '/account/export.json', '/account/delete']) {
      const res = await agent.get(path);
      assert.equal(res.statusCode, 303, path);
      assert.match(res.headers.location as string, /^\/account\/confirm-password\?next=%2Faccount%2F/);
    }
    const post = await agent.post('/account/delete', { _csrf: csrfOf(account.body), email: 'stale@example.org' });
    assert.equal(post.statusCode, 303);
    assert.equal(post.headers.location, '/account/confirm-password?next=%2Faccount%2Fdelete');
    assert.ok(await db().selectFrom('users').select('id').where('id', '=', id).executeTakeFirst(), 'nothing was deleted');

    const confirm = await agent.get('/account/confirm-password?next=%2Faccount%2Fpassword');
    assert.equal(confirm.statusCode, 200);
    const wrong = await agent.post('/account/confirm-password', { _csrf: csrfOf(confirm.body), password: 'not my password 1', next: '/account/password' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /href="#field-password"/);
    const offsite = await agent.post('/account/confirm-password', { _csrf: csrfOf(confirm.body), password: PASSWORD, next: '//evil.example/' });
    assert.equal(offsite.headers.location, '/account/security', 'no open redirect');
    await makeStale(id);
    const right = await agent.post('/account/confirm-password', { _csrf: csrfOf(confirm.body), password: PASSWORD, next: '/account/password' });
    assert.equal(right.statusCode, 303);
    assert.equal(right.headers.location, '/account/password');
    assert.equal((await agent.get('/account/password')).statusCode, 200);
    assert.equal((await new Agent(t.app).get('/account/password')).headers.location, '/login?next=%2Faccount%2Fpassword', 'visitors log in first');
  });

  it('changing the password checks the current one and ends the other sessions', async () => {
    await makeUser('change@example.org');
    const phone = await logIn('change@example.org');
    const laptop = await logIn('change@example.org');
    const form = await laptop.get('/account/password');
    const bad = await laptop.post('/account/password', { _csrf: csrfOf(form.body), currentPassword: 'wrong password 1', newPassword: 'password1' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /href="#field-currentPassword"/);
    assert.match(bad.body, /href="#field-newPassword"/);
    assert.match(bad.body, /too common/);
    assert.doesNotMatch(bad.body, /value="(password1|wrong password 1)"/);
    const done = await laptop.post('/account/password', { _csrf: csrfOf(form.body), currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    assert.equal(done.statusCode, 303);
    assert.match((await laptop.get(done.headers.location as string)).body, /Your password has been changed/);
    assert.equal((await phone.get('/account')).statusCode, 303, 'the phone was logged out');
    assert.equal((await laptop.get('/account')).statusCode, 200, 'this browser stays in');
    await mailTo('change@example.org', /password was changed/);
    await logIn('change@example.org', NEW_PASSWORD);
  });

  it('a new email address is confirmed by a link sent to it, the old one is told, and a taken one is not revealed', async () => {
    const id = await makeUser('old@example.org');
    await makeUser('taken@example.org', 'Taken Owner');
    const agent = await logIn('old@example.org');
    const form = await agent.get('/account/email');
    assert.equal(form.statusCode, 200);
    const invalid = await agent.post('/account/email', { _csrf: csrfOf(form.body), email: 'nope' });
    assert.equal(invalid.statusCode, 400);
    assert.match(invalid.body, /value="nope"/);

    const sent = await agent.post('/account/email', { _csrf: csrfOf(form.body), email: 'New@Example.org' });
    assert.equal(sent.statusCode, 200);
    const taken = await agent.post('/account/email', { _csrf: csrfOf(form.body), email: 'taken@example.org' });
    assert.equal(taken.statusCode, 200);
    const strip = (html: string) => html.replace(/value="[^"]*"/g, '');
    assert.equal(strip(taken.body), strip(sent.body).replaceAll('new@example.org', 'taken@example.org'));

    await mailTo('old@example.org', /change of email address was requested/);
    const owner = await mailTo('taken@example.org', /Your .* account/);
    assert.match(owner.text!, /already belongs to your account/);
    const confirmation = await mailTo('new@example.org', /Confirm your new email/);
    let user = await db().selectFrom('users').select('email').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(user.email, 'old@example.org', 'nothing changes before the link is used');

    const link = linkIn(confirmation.text!, '/account/email/confirm?token=');
    const other = new Agent(t.app); // the link works in any browser
    const page = await other.get(link);
    assert.match(page.body, /Use this email address/);
    const token = new URL(link, ORIGIN).searchParams.get('token')!;
    const done = await other.post('/account/email/confirm', { _csrf: csrfOf(page.body), token });
    assert.equal(done.statusCode, 200);
    assert.match(done.body, /Your email address has changed/);
    user = await db().selectFrom('users').select('email').where('id', '=', id).executeTakeFirstOrThrow();
    assert.equal(user.email, 'new@example.org');
    await mailTo('old@example.org', /email address was changed/);
    assert.equal((await other.post('/account/email/confirm', { _csrf: csrfOf(page.body), token })).statusCode, 400, 'once only');
    await logIn('new@example.org');
  });

  it('the data export holds the profile, sessions and links, and no hashes or secrets', async () => {
    const id = await makeUser('export@example.org', 'Export Person');
    const agent = await logIn('export@example.org');
    await new Agent(t.app).submit('/login/forgotten', '/login/forgotten', { email: 'export@example.org' });
    await mailTo('export@example.org', /Reset your/);
    assert.equal((await agent.get('/account/export')).statusCode, 200);
    const res = await agent.get('/account/export.json');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /^application\/json/);
    assert.match(res.headers['content-disposition'] as string, /^attachment/);
    assert.equal(res.headers['cache-control'], 'private, no-store');
    const data = res.json() as { profile: Record<string, unknown>; sessions: Record<string, unknown>[]; emailLinks: Record<string, unknown>[]; membership: unknown };
    assert.equal(data.profile.email, 'export@example.org');
    assert.equal(data.profile.name, 'Export Person');
    assert.equal(data.profile.organisation, 'Riverside Trust');
    assert.equal(data.sessions.length, 1);
    assert.deepEqual(data.emailLinks.map((l) => l.purpose), ['reset-password']);
    assert.ok('membership' in data);
    const sessionId = agent.cookies.get('pulse_session')!;
    const [session] = await db().selectFrom('sessions').selectAll().where('user_id', '=', id).execute();
    const [token] = await db().selectFrom('tokens').select('token_hash').where('user_id', '=', id).execute();
    for (const secret of [passwordHash, sessionId, hashSecret(sessionId), session!.csrf_token, token!.token_hash]) assert.ok(!res.body.includes(secret));
    assert.doesNotMatch(res.body, /hash|csrf/i);
  });

  it('deleting the account needs the typed email address, removes the person and logs them out', async () => {
    const id = await makeUser('leaving@example.org');
    const agent = await logIn('leaving@example.org');
    const form = await agent.get('/account/delete');
    assert.equal(form.statusCode, 200);
    const wrong = await agent.post('/account/delete', { _csrf: csrfOf(form.body), email: 'someone@example.org' });
    assert.equal(wrong.statusCode, 400);
    assert.match(wrong.body, /value="someone@example.org"/);
    assert.match(wrong.body, /id="field-email"[^>]*aria-describedby="[^"]*field-email-error/);
    const empty = await agent.post('/account/delete', { _csrf: csrfOf(form.body) });
    assert.equal(empty.statusCode, 400);
    assert.match(empty.body, /Type your email address to confirm/);

    const done = await agent.post('/account/delete', { _csrf: csrfOf(form.body), email: ' Leaving@example.org ' });
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/account/deleted');
    assert.equal(agent.cookies.get('pulse_session'), undefined, 'the cookie is cleared');
    assert.match((await agent.get('/account/deleted')).body, /Your account has been deleted/);
    assert.equal(await db().selectFrom('users').select('id').where('id', '=', id).executeTakeFirst(), undefined);
    assert.deepEqual(await db().selectFrom('sessions').select('id_hash').where('user_id', '=', id).execute(), []);
    assert.deepEqual(await db().selectFrom('tokens').select('id').where('user_id', '=', id).execute(), []);
    await mailTo('leaving@example.org', /has been deleted/);
    const login = await new Agent(t.app).submit('/login', '/login', { email: 'leaving@example.org', password: PASSWORD, next: '' });
    assert.equal(login.statusCode, 400);
  });

  it('odd input to the account forms gives a page, never a 500', async () => {
    await makeUser('odd@example.org');
    const agent = await logIn('odd@example.org');
    const csrf = csrfOf((await agent.get('/account/email')).body);
    const cookie = [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const raw = (url: string, payload: string) =>
      t.app.inject({ method: 'POST', url, payload, headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie } });
    const cases: [string, string][] = [
      ['/account/email', `_csrf=${csrf}&email=a&email=b`],
      ['/account/email', `_csrf=${csrf}&email=${'a'.repeat(3000)}`],
      ['/account/password', `_csrf=${csrf}`],
      ['/account/delete', `_csrf=${csrf}&email[x]=1`],
      ['/account/confirm-password', `_csrf=${csrf}&next=/account/password`],
      ['/account/email/confirm', `_csrf=${csrf}&token=${'A'.repeat(43)}`],
      ['/login/reset', `_csrf=${csrf}`],
    ];
    for (const [url, payload] of cases) {
      const res = await raw(url, payload);
      assert.equal(res.statusCode, 400, `${url} ${payload.slice(0, 80)}`);
      assert.match(res.headers['content-type'] as string, /text\/html/);
    }
  });
});
