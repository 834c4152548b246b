import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, withoutAttributeValues, type TestApp } from '../../test/helpers.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { Agent, csrfOf, linkIn } from '../../test/agent.js';

const PASSWORD = 'violet harbour lantern 42';

describe('registering, confirming, logging in and out', () => {
  let t: TestApp;
  let sink: SmtpSink;
  before(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url, MAIL_FROM: 'Pulse <news@example.org>' } });
  });
  after(async () => {
    await t?.close();
    await sink?.close();
  });

  const register = (agent: Agent, fields: Record<string, string>) =>
    agent.submit('/register', '/register', { name: 'Ada Lovelace', email: 'ada@example.org', password: PASSWORD, organisation: '', jobRole: '', terms: 'yes', ...fields });

  it('a new person registers, confirms their address from the email, logs in and out', async () => {
    const agent = new Agent(t.app);
    const res = await register(agent, { email: 'ada@example.org', organisation: 'Riverside Trust', jobRole: 'Analyst' });
    assert.equal(res.statusCode, 303);
    assert.match(res.headers.location as string, /^\/register\/check-email/);
    const email = await sink.waitFor((m) => m.subject?.startsWith('Confirm your email') === true && m.to !== undefined && JSON.stringify(m.to).includes('ada@example.org'));
    assert.ok(email.html && email.text, 'HTML and text parts');
    const link = linkIn(email.text!, '/verify-email?token=');
    const confirmPage = await agent.get(link);
    assert.equal(confirmPage.statusCode, 200);
    assert.match(confirmPage.body, /Confirm my email address/);
    const token = new URL(link, 'http://x').searchParams.get('token')!;
    const confirmed = await agent.post('/verify-email', { _csrf: csrfOf(confirmPage.body), token });
    assert.equal(confirmed.statusCode, 200);
    assert.match(confirmed.body, /Your email address is confirmed/);
    // The same link a second time does nothing.
    const again = await agent.post('/verify-email', { _csrf: csrfOf(confirmPage.body), token });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /That link does not work/);

    const login = await agent.submit('/login', '/login', { email: 'ADA@example.org ', password: PASSWORD, next: '/account' });
    assert.equal(login.statusCode, 303);
    assert.equal(login.headers.location, '/account');
    const cookie = login.cookies.find((c) => c.name === 'pulse_session');
    assert.ok(cookie?.httpOnly && cookie.sameSite === 'Lax');
    const account = await agent.get('/account');
    assert.equal(account.statusCode, 200);
    assert.match(account.body, /Ada Lovelace/);
    assert.match(account.body, /Riverside Trust/);
    assert.match(account.body, /\(confirmed\)/);
    assert.equal(account.headers['cache-control'], 'private, no-store');

    const stolenCookie = agent.cookies.get('pulse_session')!;
    const out = await agent.post('/logout', { _csrf: csrfOf(account.body) });
    assert.equal(out.statusCode, 303);
    // The old session id no longer works anywhere: it was ended on the server.
    const replay = await t.app.inject({ url: '/account', headers: { cookie: `pulse_session=${stolenCookie}` } });
    assert.equal(replay.statusCode, 303);
    assert.match(replay.headers.location as string, /^\/login/);
  });

  it('registering an address that exists shows the same page and emails its owner instead', async () => {
    const agent = new Agent(t.app);
    await register(agent, { email: 'grace@example.org', name: 'Grace Hopper' });
    await sink.waitFor((m) => JSON.stringify(m.to).includes('grace@example.org') && /Confirm/.test(m.subject ?? ''));
    const second = await register(new Agent(t.app), { email: 'Grace@Example.org', name: 'Someone Else' });
    assert.equal(second.statusCode, 303);
    assert.match(second.headers.location as string, /^\/register\/check-email/);
    const notice = await sink.waitFor((m) => JSON.stringify(m.to).includes('grace@example.org') && /Your .* account/.test(m.subject ?? ''));
    assert.match(notice.text ?? '', /You already have an account/);
    const users = await t.container.db.kysely.selectFrom('users').select('name').where('email', '=', 'grace@example.org').execute();
    assert.deepEqual(users, [{ name: 'Grace Hopper' }]);
  });

  it('a rejected form keeps what was typed (except the password) and ties each error to its field', async () => {
    const res = await register(new Agent(t.app), { name: 'Kept Name', email: 'not-an-email', password: 'password1', organisation: 'Kept Org', terms: '' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /value="Kept Name"/);
    assert.match(res.body, /value="not-an-email"/);
    assert.match(res.body, /value="Kept Org"/);
    assert.doesNotMatch(res.body, /value="password1"/);
    assert.match(res.body, /href="#field-email"/);
    assert.match(res.body, /id="field-email"[^>]*aria-describedby="[^"]*field-email-error/);
    assert.match(res.body, /You need to accept the terms/);
    const common = await register(new Agent(t.app), { email: 'new@example.org', password: 'password1' });
    assert.equal(common.statusCode, 400);
    assert.match(common.body, /too common/);
  });

  it('hostile input is stored as typed and shown escaped', async () => {
    const agent = new Agent(t.app);
    const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(2)>';
    await register(agent, { email: 'mallory@example.org', name: hostile.slice(0, 100), organisation: hostile });
    await agent.submit('/login', '/login', { email: 'mallory@example.org', password: PASSWORD, next: '/account' });
    const account = await agent.get('/account');
    assert.equal(account.statusCode, 200);
    assert.doesNotMatch(withoutAttributeValues(account.body), /<script>alert|<img src=x/);
    assert.match(account.body, /<dd>&lt;script>alert\(1\)&lt;\/script>/);
  });

  it('wrong email and wrong password get the same answer; the 11th rapid attempt is limited', async () => {
    const agent = new Agent(t.app);
    await register(agent, { email: 'limit@example.org' });
    const unknown = await agent.submit('/login', '/login', { email: 'nobody@example.org', password: 'whatever-123', next: '' });
    const wrong = await agent.submit('/login', '/login', { email: 'limit@example.org', password: 'whatever-123', next: '' });
    assert.equal(unknown.statusCode, 400);
    assert.equal(wrong.statusCode, 400);
    const strip = (html: string) => html.replace(/value="[^"]*"/g, '');
    assert.equal(strip(unknown.body), strip(wrong.body).replace('limit@example.org', 'nobody@example.org'));
    let last = wrong;
    for (let i = 2; i <= 11; i++) last = await agent.submit('/login', '/login', { email: 'limit@example.org', password: `nope-${i}-xyz`, next: '' });
    assert.equal(last.statusCode, 429);
    assert.ok(Number(last.headers['retry-after']) > 0);
    assert.match(last.body, /Too many attempts/);
  });

  it('refuses cross-site and token-less posts, tampered cookies and open redirects', async () => {
    const agent = new Agent(t.app);
    const page = await agent.get('/login');
    const token = csrfOf(page.body);
    const form = { _csrf: token, email: 'ada@example.org', password: PASSWORD, next: '' };
    assert.equal((await agent.post('/login', { ...form, _csrf: '' })).statusCode, 403);
    assert.equal((await agent.post('/login', form, { origin: 'https://evil.example' })).statusCode, 403);
    assert.equal((await agent.post('/login', form, { 'sec-fetch-site': 'cross-site' })).statusCode, 403);
    assert.equal((await new Agent(t.app).post('/login', form)).statusCode, 403, 'a token without its cookie');
    const tampered = await t.app.inject({ url: '/account', headers: { cookie: 'pulse_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' } });
    assert.equal(tampered.statusCode, 303);
    const offsite = await agent.post('/login', { ...form, next: '//evil.example/x' });
    assert.equal(offsite.headers.location, '/account');
  });

  it('signed-in people never get the anonymous cached page, and "log out everywhere else" ends other sessions', async () => {
    await t.app.inject('/'); // cache the anonymous home page
    const phone = new Agent(t.app);
    const laptop = new Agent(t.app);
    await phone.submit('/login', '/login', { email: 'ada@example.org', password: PASSWORD, next: '/' });
    await laptop.submit('/login', '/login', { email: 'ada@example.org', password: PASSWORD, next: '/' });
    const home = await laptop.get('/');
    assert.match(home.body, /Your account/);
    assert.equal(home.headers['cache-control'], 'private, no-store');
    const account = await laptop.get('/account');
    assert.match(account.body, /\(this browser\)/);
    await laptop.post('/account/sessions/end-others', { _csrf: csrfOf(account.body) });
    assert.equal((await phone.get('/account')).statusCode, 303, 'the phone was logged out');
    assert.equal((await laptop.get('/account')).statusCode, 200, 'this browser stays in');
  });
});
