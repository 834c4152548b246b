import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, allMatches, type TestApp } from '../../test/helpers.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { Agent, ORIGIN, csrfOf, linkIn } from '../../test/agent.js';

const PASSWORD = 'copper meadow violin 77';

for (const { dialect, skip } of dialects()) {
  describe(`tailored member benefits on ${dialect}`, { skip }, () => {
    let t: TestApp;
    let sink: SmtpSink;
    let admin: Agent;
    const ids = new Map<string, number>();

    const people = new Map<string, Agent>();
    /**
     * Registers with a job role, confirms from the real email, and logs in; the same person
     * later gets the same agent (registration is rate limited per IP address).
     */
    async function signUp(email: string, jobRole = ''): Promise<Agent> {
      const known = people.get(email);
      if (known) return known;
      const agent = new Agent(t.app);
      await agent.submit('/register', '/register', { name: 'Test Person', email, password: PASSWORD, organisation: '', jobRole, terms: 'yes' });
      const mail = await sink.waitFor((m) => JSON.stringify(m.to).includes(email) && /Confirm/.test(m.subject ?? ''));
      const link = linkIn(mail.text!, '/verify-email?token=');
      const page = await agent.get(link);
      await agent.post('/verify-email', { _csrf: csrfOf(page.body), token: new URL(link, 'http://x').searchParams.get('token')! });
      await agent.submit('/login', '/login', { email, password: PASSWORD, next: '/account' });
      people.set(email, agent);
      return agent;
    }

    /** Posts a form whose fields may repeat, as a browser does for ticked boxes. */
    async function postPairs(agent: Agent, url: string, pairs: [string, string][]) {
      return t.app.inject({
        method: 'POST',
        url,
        payload: new URLSearchParams(pairs).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
    }

    const titlesOn = (html: string) => allMatches(html, /<h3 id="benefit-\d+-title">([^<]*)<\/h3>/);
    const tickedOn = (html: string) => allMatches(html, /<input id="benefit-\d+" type="checkbox" name="benefit" value="(\d+)" checked/).map(Number);

    async function addBenefit(fields: { title: string; org_types?: string[]; tiers?: string[]; roles?: string; active?: boolean; description?: string }) {
      const form = await admin.get('/admin/benefits/new');
      const pairs: [string, string][] = [
        ['_csrf', csrfOf(form.body)], ['title', fields.title], ['description', fields.description ?? `About ${fields.title}.`], ['category', 'network'],
        ['roles', fields.roles ?? ''], ['link_url', ''],
        ...(fields.org_types ?? []).map((v): [string, string] => ['org_types', v]),
        ...(fields.tiers ?? []).map((v): [string, string] => ['tiers', v]),
        ...(fields.active === false ? [] : [['is_active', 'yes'] as [string, string]]),
      ];
      const res = await postPairs(admin, '/admin/benefits', pairs);
      assert.equal(res.statusCode, 303, res.body.slice(0, 2000));
      const row = await t.container.db.kysely.selectFrom('benefits').select('id').where('title', '=', fields.title).executeTakeFirstOrThrow();
      ids.set(fields.title, row.id);
    }

    async function addOrganisation(name: string, type: string, tier: string, domain: string) {
      const res = await admin.submit('/admin/organisations/new', '/admin/organisations', { name, type, tier, status: 'active', domains: domain });
      assert.equal(res.statusCode, 303);
    }

    before(async () => {
      sink = await startSmtpSink();
      t = await startTestApp({ dialect, env: { SMTP_URL: sink.url } });
      admin = await signUp('admin@federation.example');
      await t.container.db.kysely.updateTable('users').set({ role: 'admin' }).where('email', '=', 'admin@federation.example').execute();
      await addOrganisation('Testshire Acute Trust', 'Acute trust', 'standard', 'acute-std.example');
      await addOrganisation('Testshire Premium Trust', 'Acute trust', 'premium', 'acute-premium.example');
      await addOrganisation('Testshire Primary Care Network', 'Primary care network', 'standard', 'pcn-std.example');
      await addBenefit({ title: 'Acute winter summit', org_types: ['Acute trust', 'Ambulance service'], description: 'First paragraph.\n\nSecond <b>paragraph</b>.' });
      await addBenefit({ title: 'Primary care peer learning', org_types: ['Primary care network'] });
      await addBenefit({ title: 'Premium policy roundtables', tiers: ['premium'] });
      await addBenefit({ title: 'Finance leads network', roles: 'Finance, treasurer' });
      await addBenefit({ title: 'Paused webinars', active: false });
    });
    after(async () => {
      await t?.close();
      await sink?.close();
    });

    it('a member of an acute trust sees acute-trust benefits, escaped and in paragraphs, but not primary-care-only, premium-only or hidden ones', async () => {
      const nurse = await signUp('nurse@acute-std.example', 'Staff nurse');
      const page = await nurse.get('/account/benefits');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /through <strong>Testshire Acute Trust<\/strong>/);
      const titles = titlesOn(page.body);
      assert.ok(titles.includes('Acute winter summit'));
      for (const hidden of ['Primary care peer learning', 'Premium policy roundtables', 'Finance leads network', 'Paused webinars']) assert.ok(!titles.includes(hidden), hidden);
      assert.match(page.body, /<p>First paragraph\.<\/p><p>Second &lt;b>paragraph&lt;\/b>\.<\/p>/);
      assert.match(page.body, /Tell me about this/);

      const pcn = titlesOn((await (await signUp('gp@pcn-std.example', 'GP partner')).get('/account/benefits')).body);
      assert.ok(pcn.includes('Primary care peer learning'));
      assert.ok(!pcn.includes('Acute winter summit'));
    });

    it('a premium-only benefit appears only for people at premium organisations', async () => {
      const premium = titlesOn((await (await signUp('porter@acute-premium.example', 'Porter')).get('/account/benefits')).body);
      assert.ok(premium.includes('Premium policy roundtables'));
      assert.ok(premium.includes('Acute winter summit'));
      const standard = titlesOn((await (await signUp('nurse@acute-std.example', 'Staff nurse')).get('/account/benefits')).body);
      assert.ok(!standard.includes('Premium policy roundtables'));
    });

    it('a benefit for particular job roles appears only when the person’s job role matches', async () => {
      const finance = titlesOn((await (await signUp('dof@acute-std.example', 'Deputy Director of FINANCE')).get('/account/benefits')).body);
      assert.ok(finance.includes('Finance leads network'));
      const noRole = await (await signUp('anon@acute-std.example', '')).get('/account/benefits');
      assert.ok(!titlesOn(noRole.body).includes('Finance leads network'));
      assert.match(noRole.body, /you have not told us your job role/);
    });

    it('choices are saved and shown ticked; benefits the member cannot see are ignored, and garbage is a 400 page', async () => {
      const member = await signUp('nurse@acute-std.example', 'Staff nurse');
      const page = await member.get('/account/benefits');
      assert.deepEqual(tickedOn(page.body), []);
      const token = csrfOf(page.body);
      const summit = ids.get('Acute winter summit')!;
      const elsewhere = ids.get('Primary care peer learning')!;
      const saved = await postPairs(member, '/account/benefits', [['_csrf', token], ['benefit', String(summit)], ['benefit', String(elsewhere)], ['benefit', '999999']]);
      assert.equal(saved.statusCode, 200);
      assert.match(saved.body, /Saved\. We will tell you about the benefit you ticked/);
      assert.deepEqual(tickedOn(saved.body), [summit]);
      assert.deepEqual(tickedOn((await member.get('/account/benefits')).body), [summit]);
      const user = await t.container.db.kysely.selectFrom('users').select('id').where('email', '=', 'nurse@acute-std.example').executeTakeFirstOrThrow();
      const stored = await t.container.db.kysely.selectFrom('benefit_choices').select('benefit_id').where('user_id', '=', user.id).execute();
      assert.deepEqual(stored.map((r) => r.benefit_id), [summit]);

      for (const garbage of ['abc', '-1', '1.5', '99999999999', '0', 'x'.repeat(30)]) {
        const bad = await postPairs(member, '/account/benefits', [['_csrf', token], ['benefit', garbage]]);
        assert.equal(bad.statusCode, 400, garbage);
        assert.match(bad.body, /There is a problem with that request/);
      }
      assert.deepEqual(tickedOn((await member.get('/account/benefits')).body), [summit], 'a refused form changes nothing');

      const cleared = await postPairs(member, '/account/benefits', [['_csrf', token]]);
      assert.equal(cleared.statusCode, 200);
      assert.deepEqual(tickedOn(cleared.body), []);
    });

    it('a signed-in non-member is told how to become a member; a visitor is sent to log in', async () => {
      const outsider = await signUp('consultant@elsewhere.example', 'Consultant');
      const page = await outsider.get('/account/benefits');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /not linked to a member organisation/);
      assert.match(page.body, /href="\/account\/membership"/);
      assert.equal(titlesOn(page.body).length, 0);
      const post = await postPairs(outsider, '/account/benefits', [['_csrf', csrfOf(page.body)], ['benefit', String(ids.get('Acute winter summit'))]]);
      assert.equal(post.statusCode, 403);
      const visitor = await new Agent(t.app).get('/account/benefits');
      assert.equal(visitor.statusCode, 303);
      assert.equal(visitor.headers.location, '/login?next=%2Faccount%2Fbenefits');
    });

    it('the admin form refuses bad input with messages tied to fields and keeps what was typed', async () => {
      const form = await admin.get('/admin/benefits/new');
      const bad = await postPairs(admin, '/admin/benefits', [
        ['_csrf', csrfOf(form.body)], ['title', ''], ['description', 'Kept <description>'], ['category', 'spaceship'],
        ['org_types', 'Acute trust'], ['org_types', 'Moon base'], ['tiers', 'gold'], ['roles', 'finance, estates'], ['link_url', 'http://insecure.example/page'],
      ]);
      assert.equal(bad.statusCode, 400);
      for (const message of [/Enter a title/, /Choose a category from the list/, /Choose organisation types from the list/, /Choose tiers from the list/, /The link must start with https:\/\//]) assert.match(bad.body, message);
      assert.match(bad.body, /<a href="#field-link_url">/);
      assert.match(bad.body, /aria-describedby="field-link_url-hint field-link_url-error"/);
      assert.match(bad.body, />Kept &lt;description><\/textarea>/);
      assert.match(bad.body, /value="finance, estates"/);
      assert.match(bad.body, /value="http:\/\/insecure.example\/page"/);
      assert.match(bad.body, /value="Acute trust" checked/);
      assert.doesNotMatch(bad.body, /is_active" value="yes" checked/, 'an unticked box stays unticked');
      const script = await postPairs(admin, '/admin/benefits', [['_csrf', csrfOf(form.body)], ['title', 'Sneaky'], ['description', 'x'], ['category', 'event'], ['link_url', 'javascript:alert(1)']]);
      assert.equal(script.statusCode, 400);
      assert.match(script.body, /The link must start with https:\/\//);
    });

    it('an admin edits a benefit: the form shows its values, bad input is refused, good input is saved', async () => {
      const id = ids.get('Finance leads network')!;
      const edit = await admin.get(`/admin/benefits/${id}`);
      assert.equal(edit.statusCode, 200);
      assert.match(edit.body, /value="Finance leads network"/);
      assert.match(edit.body, /value="finance, treasurer"/);
      const token = csrfOf(edit.body);
      const long = await postPairs(admin, `/admin/benefits/${id}`, [['_csrf', token], ['title', 'T'.repeat(201)], ['description', 'd'.repeat(4001)], ['category', 'network'], ['roles', 'finance'], ['is_active', 'yes']]);
      assert.equal(long.statusCode, 400);
      assert.match(long.body, /Use at most 200 characters/);
      assert.match(long.body, /Use at most 4,000 characters/);
      assert.match(long.body, new RegExp(`value="${'T'.repeat(201)}"`));
      const good = await postPairs(admin, `/admin/benefits/${id}`, [['_csrf', token], ['title', 'Finance and estates leads network'], ['description', 'Now for estates too.'], ['category', 'network'], ['roles', 'finance, estates'], ['link_url', 'https://northbridge.example/finance'], ['is_active', 'yes']]);
      assert.equal(good.statusCode, 303);
      const list = await admin.get('/admin/benefits');
      assert.match(list.body, /Finance and estates leads network/);
      assert.match(list.body, /Roles containing “finance” or “estates”/);
      const estates = await (await signUp('estates@acute-std.example', 'Head of Estates')).get('/account/benefits');
      assert.ok(titlesOn(estates.body).includes('Finance and estates leads network'));
      assert.match(estates.body, /<a href="https:\/\/northbridge.example\/finance">Find out more/);
    });

    it('only admins reach the benefit screens, and bad or unknown numbers give 400 and 404 pages', async () => {
      const member = await signUp('nurse@acute-std.example', 'Staff nurse');
      assert.equal((await member.get('/admin/benefits')).statusCode, 403);
      assert.equal((await member.get('/admin/benefits/new')).statusCode, 403);
      const token = csrfOf((await member.get('/account/benefits')).body);
      assert.equal((await member.post('/admin/benefits', { _csrf: token, title: 'Mine', description: 'x', category: 'event' })).statusCode, 403);
      const visitor = await new Agent(t.app).get('/admin/benefits');
      assert.equal(visitor.statusCode, 303);
      assert.match(String(visitor.headers.location), /^\/login\?next=%2Fadmin%2Fbenefits/);

      const abc = await admin.get('/admin/benefits/abc');
      assert.equal(abc.statusCode, 400);
      assert.match(abc.body, /There is a problem with that request/);
      const missing = await admin.get('/admin/benefits/999999');
      assert.equal(missing.statusCode, 404);
      const form = await admin.get('/admin/benefits/new');
      const update = await admin.post('/admin/benefits/999999', { _csrf: csrfOf(form.body), title: 'Ghost', description: 'x', category: 'event' });
      assert.equal(update.statusCode, 404);
      assert.equal((await admin.get('/admin/benefits/99999999999')).statusCode, 400);
    });
  });
}
