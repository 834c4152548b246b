// Getting back in: logging in by an emailed link and resetting a forgotten password, through
// HTTP with a real SMTP server. Account changes are in recovery-account.test.ts.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, withoutAttributeValues, type TestApp } from '../../test/helpers.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { Agent, ORIGIN, csrfOf, linkIn } from '../../test/agent.js';
import { hashPassword } from './passwords.js';

const PASSWORD = 'violet harbour lantern 42';
const NEW_PASSWORD = 'copper meadow sparrow 77';

describe('logging in by emailed link and resetting a forgotten password', () => {
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
  const makeUser = async (email: string, verified = true) => {
    const now = new Date().toISOString();
    return t.container.accountRepo.insertUser({
      email, name: 'Test Person', password_hash: passwordHash, role: 'member', organisation_name: '', job_role: '', newsletter_opt_in: 0,
      terms_accepted_at: now, email_verified_at: verified ? now : null, created_at: now, updated_at: now,
    });
  };
  const mailTo = (address: string, subject: RegExp) => sink.waitFor((m) => JSON.stringify(m.to).includes(address) && subject.test(m.subject ?? ''));
  const tokenOf = (link: string) => new URL(link, ORIGIN).searchParams.get('token')!;
  const logIn = (agent: Agent, email: string, password: string) => agent.submit('/login', '/login', { email, password, next: '/account' });

  /** Asks for a login link for an address and returns the link from the email. */
  const loginLinkFor = async (email: string) => {
    const res = await new Agent(t.app).submit('/login/email-link', '/login/email-link', { email });
    assert.equal(res.statusCode, 200);
    return linkIn((await mailTo(email, /link to log in/)).text!, '/login/link?token=');
  };

  it('a login link logs in once (and confirms the address), and not a second time', async () => {
    const id = await makeUser('link@example.org', false);
    const agent = new Agent(t.app);
    const sent = await agent.submit('/login/email-link', '/login/email-link', { email: ' Link@Example.org' });
    assert.equal(sent.statusCode, 200);
    assert.match(sent.body, /Check your email/);
    const email = await mailTo('link@example.org', /link to log in/);
    assert.ok(email.html && email.text);
    const link = linkIn(email.text!, '/login/link?token=');

    const page = await agent.get(link);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Log me in/);
    assert.equal((await agent.get('/account')).statusCode, 303, 'opening the link alone does not log in (mail scanners)');
    const used = await agent.post('/login/link', { _csrf: csrfOf(page.body), token: tokenOf(link) });
    assert.equal(used.statusCode, 303);
    assert.equal(used.headers.location, '/account');
    const account = await agent.get('/account');
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /\(confirmed\)/);
    const user = await db().selectFrom('users').select('email_verified_at').where('id', '=', id).executeTakeFirstOrThrow();
    assert.ok(user.email_verified_at);

    const other = new Agent(t.app);
    const again = await other.post('/login/link', { _csrf: csrfOf((await other.get(link)).body), token: tokenOf(link) });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /That link does not work/);
    assert.equal((await other.get('/account')).statusCode, 303);
  });

  it('an expired, malformed or other-purpose token does not log anyone in', async () => {
    const id = await makeUser('expired@example.org');
    const link = await loginLinkFor('expired@example.org');
    await db().updateTable('tokens').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('user_id', '=', id).where('purpose', '=', 'magic-link').execute();
    const agent = new Agent(t.app);
    const page = await agent.get(link);
    const csrf = csrfOf(page.body);
    const expired = await agent.post('/login/link', { _csrf: csrf, token: tokenOf(link) });
    assert.equal(expired.statusCode, 400);
    assert.match(expired.body, /That link does not work/);

    // Someone's password-reset token is not a login token.
    await makeUser('victim@example.org');
    await new Agent(t.app).submit('/login/forgotten', '/login/forgotten', { email: 'victim@example.org' });
    const resetLink = linkIn((await mailTo('victim@example.org', /Reset your/)).text!, '/login/reset?token=');
    const wrongPurpose = await agent.post('/login/link', { _csrf: csrf, token: tokenOf(resetLink) });
    assert.equal(wrongPurpose.statusCode, 400);

    for (const token of ['', 'abc', 'A'.repeat(43), '<script>alert(1)</script>', `${tokenOf(resetLink)}x`]) {
      const res = await agent.post('/login/link', { _csrf: csrf, token });
      assert.equal(res.statusCode, 400, token);
      assert.doesNotMatch(withoutAttributeValues(res.body), /<script>alert/);
    }
    const tooLong = await agent.post('/login/link', { _csrf: csrf, token: 'x'.repeat(500) });
    assert.equal(tooLong.statusCode, 400);
    assert.match(tooLong.body, /There is a problem with that request/);
    const twoTokens = await t.app.inject({
      method: 'POST', url: '/login/link', payload: `_csrf=${encodeURIComponent(csrf)}&token=a&token=b`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    assert.equal(twoTokens.statusCode, 400);
    assert.match(twoTokens.headers['content-type'] as string, /text\/html/);
    assert.equal((await agent.get('/account')).statusCode, 303, 'still nobody');
  });

  it('asking for a link answers the same for any address, keeps a bad address typed, and is rate-limited', async () => {
    const agent = new Agent(t.app);
    const bad = await agent.submit('/login/email-link', '/login/email-link', { email: 'not an email' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /value="not an email"/);
    assert.match(bad.body, /id="field-email"[^>]*aria-describedby="[^"]*field-email-error/);
    for (let i = 1; i <= 3; i++) assert.equal((await agent.submit('/login/email-link', '/login/email-link', { email: 'busy@example.org' })).statusCode, 200);
    const limited = await agent.submit('/login/email-link', '/login/email-link', { email: 'busy@example.org' });
    assert.equal(limited.statusCode, 429);
    assert.match(limited.body, /Too many attempts/);
  });

  it('a reset sets the new password, ends every session, and the link works once', async () => {
    const id = await makeUser('reset@example.org');
    const phone = new Agent(t.app);
    assert.equal((await logIn(phone, 'reset@example.org', PASSWORD)).statusCode, 303);
    assert.equal((await phone.get('/account')).statusCode, 200);

    const laptop = new Agent(t.app);
    const sent = await laptop.submit('/login/forgotten', '/login/forgotten', { email: 'reset@example.org' });
    assert.equal(sent.statusCode, 200);
    const link = linkIn((await mailTo('reset@example.org', /Reset your/)).text!, '/login/reset?token=');
    const form = await laptop.get(link);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /Choose a new password/);

    const weak = await laptop.post('/login/reset', { _csrf: csrfOf(form.body), token: tokenOf(link), password: 'password1' });
    assert.equal(weak.statusCode, 400);
    assert.match(weak.body, /too common/);
    assert.match(weak.body, /href="#field-password"/);
    assert.doesNotMatch(weak.body, /value="password1"/);

    const done = await laptop.post('/login/reset', { _csrf: csrfOf(weak.body), token: tokenOf(link), password: NEW_PASSWORD });
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/login/password-changed');
    assert.match((await laptop.get('/login/password-changed')).body, /Your password has been changed/);
    assert.equal((await phone.get('/account')).statusCode, 303, 'the phone was logged out');
    const sessions = await db().selectFrom('sessions').select('id_hash').where('user_id', '=', id).execute();
    assert.equal(sessions.length, 0);
    await mailTo('reset@example.org', /password was changed/);

    assert.equal((await logIn(new Agent(t.app), 'reset@example.org', PASSWORD)).statusCode, 400, 'the old password stops working');
    assert.equal((await logIn(new Agent(t.app), 'reset@example.org', NEW_PASSWORD)).statusCode, 303);
    const reused = await laptop.post('/login/reset', { _csrf: csrfOf(form.body), token: tokenOf(link), password: 'another fine password 9' });
    assert.equal(reused.statusCode, 400);
    assert.match(reused.body, /That link does not work/);
    assert.equal((await laptop.get(link)).statusCode, 400, 'a used link shows no form');
  });

  it('a reset for an unknown address shows the identical page and creates no token', async () => {
    await makeUser('known@example.org');
    const strip = (html: string) => html.replace(/value="[^"]*"/g, '');
    const known = await new Agent(t.app).submit('/login/forgotten', '/login/forgotten', { email: 'known@example.org' });
    const unknown = await new Agent(t.app).submit('/login/forgotten', '/login/forgotten', { email: 'ghost@example.org' });
    assert.equal(known.statusCode, 200);
    assert.equal(unknown.statusCode, 200);
    assert.equal(strip(unknown.body), strip(known.body).replaceAll('known@example.org', 'ghost@example.org'));
    await mailTo('known@example.org', /Reset your/);
    await t.container.recovery.settle();
    assert.ok(!sink.messages.some((m) => JSON.stringify(m.to).includes('ghost@example.org')), 'no email to an unknown address');
  });
});
