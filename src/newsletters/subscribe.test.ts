// Signing up for the monthly newsletter over HTTP with a real SMTP peer, on both dialects:
// double opt-in (nothing is active before the emailed link's button is pressed), the same
// answer for new, pending and active addresses, forms that keep what was typed, hostile
// input, the rate limit, cross-site posts refused, and registration's checkbox.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ParsedMail } from 'mailparser';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { Agent, ORIGIN, csrfOf, linkIn } from '../../test/agent.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { MONTHLY_WORDING_VERSION } from './subscribers-service.js';

for (const { dialect, skip } of dialects()) {
  describe(`newsletter sign-up (${dialect})`, { skip }, () => {
    let t: TestApp;
    let sink: SmtpSink;
    let ipCounter = 0;

    before(async () => {
      sink = await startSmtpSink();
      t = await startTestApp({ dialect, env: { SMTP_URL: sink.url } });
    });
    after(async () => {
      await t?.close();
      await sink?.close();
    });

    /** A visitor's sign-up form, posted from our own page with no cookies (as from the cached home page). */
    const signUp = (form: Record<string, string>, ip = `10.0.0.${++ipCounter}`, headers: Record<string, string> = { origin: ORIGIN }) =>
      t.app.inject({ method: 'POST', url: '/newsletter/subscribe', remoteAddress: ip, payload: new URLSearchParams(form).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers } });
    const subscriber = (email: string) => t.container.db.kysely.selectFrom('newsletter_subscribers').selectAll().where('email', '=', email).executeTakeFirst();
    const consents = async (email: string) => {
      const row = await subscriber(email);
      if (!row) return [];
      return (await t.container.db.kysely.selectFrom('newsletter_consents').select(['list', 'action', 'source', 'wording_version']).where('subscriber_id', '=', row.id).orderBy('id').execute())
        .map((c) => `${c.list} ${c.action} ${c.source} ${c.wording_version}`);
    };
    const mailTo = (address: string, count = 1) => async (): Promise<ParsedMail[]> => {
      await sink.waitFor(() => sink.messages.filter((m) => m.to && JSON.stringify(m.to).includes(address)).length >= count);
      return sink.messages.filter((m) => JSON.stringify(m.to).includes(address));
    };

    it('an address becomes active only when the confirmation page’s button is pressed, with consent recorded', async () => {
      const email = `reader-${dialect}@example.org`;
      const res = await signUp({ email: ` ${email.toUpperCase()} `, consent: 'yes', source: '/news/some-article' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/newsletter/check-email');
      assert.equal((await subscriber(email))?.status, 'pending');
      const [mail] = await mailTo(email)();
      assert.match(mail!.subject ?? '', /Confirm your subscription/);
      const link = linkIn(mail!.text!, '/newsletter/confirm?token=');
      // Mail scanners follow links: the GET shows a button and changes nothing.
      const visitor = new Agent(t.app);
      const confirmPage = await visitor.get(link);
      assert.equal(confirmPage.statusCode, 200);
      assert.match(confirmPage.body, /Confirm my subscription/);
      assert.equal((await subscriber(email))?.status, 'pending');
      const token = new URL(link, ORIGIN).searchParams.get('token')!;
      const done = await visitor.post('/newsletter/confirm', { _csrf: csrfOf(confirmPage.body), token });
      assert.equal(done.statusCode, 200);
      assert.match(done.body, /You are subscribed/);
      const row = await subscriber(email);
      assert.equal(row?.status, 'active');
      assert.ok(row?.confirmed_at);
      assert.equal(row?.confirm_token_hash, null);
      assert.deepEqual(await consents(email), [`monthly requested /news/some-article ${MONTHLY_WORDING_VERSION}`, `monthly confirmed email ${MONTHLY_WORDING_VERSION}`]);
      // The link works once.
      const again = await visitor.post('/newsletter/confirm', { _csrf: csrfOf(confirmPage.body), token });
      assert.equal(again.statusCode, 400);
      assert.match(again.body, /That link does not work/);
      assert.match(again.body, /href="\/newsletter">Sign up again/);
    });

    it('an unknown or expired confirmation link is refused with a way to sign up again', async () => {
      const visitor = new Agent(t.app);
      const page = await visitor.get('/newsletter/confirm?token=nonsense');
      const res = await visitor.post('/newsletter/confirm', { _csrf: csrfOf(page.body), token: 'a'.repeat(43) });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Sign up again/);
      const email = `late-${dialect}@example.org`;
      await signUp({ email, consent: 'yes', source: '/' });
      const link = linkIn((await mailTo(email)())[0]!.text!, '/newsletter/confirm?token=');
      await t.container.db.kysely.updateTable('newsletter_subscribers').set({ confirm_expires_at: new Date(Date.now() - 1000).toISOString() }).where('email', '=', email).execute();
      const expired = await visitor.post('/newsletter/confirm', { _csrf: csrfOf(page.body), token: new URL(link, ORIGIN).searchParams.get('token')! });
      assert.equal(expired.statusCode, 400);
      assert.equal((await subscriber(email))?.status, 'pending');
    });

    it('a new, a pending and an active address get the same answer; the active one is emailed its preferences instead', async () => {
      const fresh = `fresh-${dialect}@example.org`;
      const pending = `waiting-${dialect}@example.org`;
      const active = `already-${dialect}@example.org`;
      await signUp({ email: pending, consent: 'yes', source: '/' });
      await signUp({ email: active, consent: 'yes', source: '/' });
      const confirmLink = linkIn((await mailTo(active)())[0]!.text!, '/newsletter/confirm?token=');
      assert.equal(await t.container.newsletters.subscribers.confirm(new URL(confirmLink, ORIGIN).searchParams.get('token')!), true);
      const answers = await Promise.all([fresh, pending, active].map((email) => signUp({ email, consent: 'yes', source: '/' })));
      for (const answer of answers) {
        assert.equal(answer.statusCode, 303);
        assert.equal(answer.headers.location, '/newsletter/check-email');
        assert.equal(answer.body, answers[0]!.body);
      }
      const toActive = await mailTo(active, 2)();
      assert.match(toActive[1]!.subject ?? '', /already get/);
      assert.match(toActive[1]!.text ?? '', /\/newsletter\/preferences\/s\.\d+\.1\.[0-9a-f]{32}/);
      assert.doesNotMatch(toActive[1]!.text ?? '', /confirm\?token=/);
      const toPending = await mailTo(pending, 2)();
      assert.match(toPending[1]!.subject ?? '', /Confirm your subscription/);
      assert.equal((await subscriber(pending))?.status, 'pending');
    });

    it('a form with mistakes comes back on /newsletter with what was typed and errors tied to the fields', async () => {
      const res = await signUp({ email: 'not an address', source: '/' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /<h2 id="error-summary-title">There is a problem/);
      assert.match(res.body, /href="#field-email"/);
      assert.match(res.body, /href="#field-consent"/);
      assert.match(res.body, /value="not an address"/);
      assert.match(res.body, /aria-describedby="field-email-hint field-email-error"/);
      assert.match(res.body, /id="field-consent"[^>]*aria-describedby="[^"]*field-consent-error/);
      const tooLong = await signUp({ email: `${'a'.repeat(250)}@example.org`, consent: 'yes', source: '/' });
      assert.equal(tooLong.statusCode, 400);
      assert.match(tooLong.body, /Enter an email address like name@example.org/);
      // The consent box stays ticked when only the address is wrong.
      const ticked = await signUp({ email: 'x@', consent: 'yes', source: '/' });
      assert.match(ticked.body, /id="field-consent" type="checkbox" name="consent" value="yes" checked/);
      assert.equal(await subscriber('x@'), undefined);
    });

    it('hostile input is shown as text and an outside source is not recorded', async () => {
      const res = await signUp({ email: '<script>alert(1)</script>@x.org', source: '"><img src=x onerror=alert(1)>' });
      assert.equal(res.statusCode, 400);
      // Outside quoted attribute values (where markup is inert) nothing of it is markup.
      const outsideAttributes = res.body.replace(/="[^"]*"/g, '=""');
      assert.doesNotMatch(outsideAttributes, /<script>alert|<img src=x/);
      assert.match(res.body, /name="source" value="&#34;><img src=x onerror=alert\(1\)>"/);
      assert.match(res.body, /name="email" type="email" value="<script>alert\(1\)<\/script>@x.org"/);
      const email = `odd-source-${dialect}@example.org`;
      await signUp({ email, consent: 'yes', source: 'https://evil.example/' });
      assert.deepEqual(await consents(email), [`monthly requested /newsletter ${MONTHLY_WORDING_VERSION}`]);
      const wrongType = await t.app.inject({ method: 'POST', url: '/newsletter/subscribe', payload: { email: 5, consent: ['yes'] }, headers: { origin: ORIGIN } });
      assert.ok(wrongType.statusCode >= 400 && wrongType.statusCode < 500, String(wrongType.statusCode));
    });

    it('too many sign-ups from one place, or for one address, get a 429 page', async () => {
      const ip = '10.9.9.9';
      for (let i = 0; i < 10; i++) assert.equal((await signUp({ email: `many-${i}-${dialect}@example.org`, consent: 'yes', source: '/' }, ip)).statusCode, 303);
      const limited = await signUp({ email: `many-x-${dialect}@example.org`, consent: 'yes', source: '/' }, ip);
      assert.equal(limited.statusCode, 429);
      assert.match(limited.body, /Too many attempts/);
      assert.equal(await subscriber(`many-x-${dialect}@example.org`), undefined);
      const target = `target-${dialect}@example.org`;
      for (let i = 0; i < 3; i++) assert.equal((await signUp({ email: target, consent: 'yes', source: '/' })).statusCode, 303);
      assert.equal((await signUp({ email: target, consent: 'yes', source: '/' })).statusCode, 429);
    });

    it('a sign-up posted from another site is refused, while one from a cached page with no token is taken', async () => {
      const email = `forged-${dialect}@example.org`;
      const crossSite = await signUp({ email, consent: 'yes', source: '/' }, undefined, { 'sec-fetch-site': 'cross-site' });
      assert.equal(crossSite.statusCode, 403);
      const foreign = await signUp({ email, consent: 'yes', source: '/' }, undefined, { origin: 'https://evil.example' });
      assert.equal(foreign.statusCode, 403);
      assert.equal(await subscriber(email), undefined);
      assert.equal((await signUp({ email, consent: 'yes', source: '/' }, undefined, { origin: ORIGIN, 'sec-fetch-site': 'same-origin' })).statusCode, 303);
      assert.equal((await subscriber(email))?.status, 'pending');
      // Other forms still need their token: the exemption is only this route's.
      const login = await t.app.inject({ method: 'POST', url: '/login', payload: 'email=a%40b.org&password=x', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN } });
      assert.equal(login.statusCode, 403);
    });

    it('the home page and an article carry the compact sign-up form, which works without a token', async () => {
      const home = await t.app.inject({ url: '/' });
      assert.match(home.body, /<form method="post" action="\/newsletter\/subscribe"/);
      assert.match(home.body, /name="source" value="\/"/);
      const item = await t.container.db.kysely.selectFrom('items').select(['slug']).where('kind', '=', 'news').where('access', '=', 'public').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
      const article = await t.app.inject({ url: `/news/${item.slug}` });
      assert.equal(article.statusCode, 200);
      assert.match(article.body, new RegExp(`name="source" value="/news/${item.slug}"`));
      const newsletter = await t.app.inject({ url: '/newsletter' });
      assert.match(newsletter.body, /href="\/newsletter\/archive"/);
    });

    it('registering with the newsletter box ticked subscribes the person when they confirm their address', async () => {
      const email = `registrant-${dialect}@example.org`;
      const agent = new Agent(t.app);
      const reg = await agent.submit('/register', '/register', { name: 'Reg Istrant', email, password: 'amber quarry falcon 31', terms: 'yes', newsletter: 'yes' });
      assert.equal(reg.statusCode, 303);
      assert.equal(await subscriber(email), undefined, 'nothing before the address is confirmed');
      const verify = sink.messages.find((m) => JSON.stringify(m.to).includes(email) && /Confirm your email/.test(m.subject ?? ''))
        ?? await sink.waitFor((m) => JSON.stringify(m.to).includes(email));
      const link = linkIn(verify.text!, '/verify-email?token=');
      const page = await agent.get(link);
      await agent.post('/verify-email', { _csrf: csrfOf(page.body), token: new URL(link, ORIGIN).searchParams.get('token')! });
      const row = await subscriber(email);
      assert.equal(row?.status, 'active');
      assert.ok(row?.user_id);
      assert.deepEqual((await consents(email)).map((c) => c.split(' ').slice(0, 3).join(' ')), ['monthly requested /register', 'monthly confirmed /verify-email']);
    });
  });
}
