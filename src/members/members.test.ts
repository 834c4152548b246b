import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { Agent, csrfOf, linkIn } from '../../test/agent.js';

const PASSWORD = 'copper meadow violin 77';

describe('members and member-only content', () => {
  let t: TestApp;
  let sink: SmtpSink;
  let admin: Agent;
  let report: { slug: string; attachmentId: number };

  /** Registers, confirms from the real email, and logs in; returns the signed-in agent. */
  async function signUp(email: string, name = 'Test Person'): Promise<Agent> {
    const agent = new Agent(t.app);
    await agent.submit('/register', '/register', { name, email, password: PASSWORD, organisation: '', jobRole: '', terms: 'yes' });
    const mail = await sink.waitFor((m) => JSON.stringify(m.to).includes(email) && /Confirm/.test(m.subject ?? ''));
    const link = linkIn(mail.text!, '/verify-email?token=');
    const page = await agent.get(link);
    await agent.post('/verify-email', { _csrf: csrfOf(page.body), token: new URL(link, 'http://x').searchParams.get('token')! });
    await agent.submit('/login', '/login', { email, password: PASSWORD, next: '/account' });
    return agent;
  }

  before(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ env: { SMTP_URL: sink.url } });
    admin = await signUp('admin@federation.example', 'Ada Admin');
    await t.container.db.kysely.updateTable('users').set({ role: 'admin' }).where('email', '=', 'admin@federation.example').execute();
    const row = await t.container.db.kysely
      .selectFrom('items').innerJoin('attachments', 'attachments.item_id', 'items.id')
      .select(['items.slug', 'attachments.id']).where('items.access', '=', 'members').where('items.kind', '=', 'report').executeTakeFirstOrThrow();
    report = { slug: row.slug, attachmentId: row.id };
  });
  after(async () => {
    await t?.close();
    await sink?.close();
  });

  const canRead = async (agent: Agent) => {
    const page = await agent.get(`/reports/${report.slug}`);
    const file = await agent.get(`/reports/${report.slug}/files/${report.attachmentId}/report.pdf`);
    return { hasBody: page.body.includes('<div class="prose">'), fileStatus: file.statusCode, page };
  };

  it('an admin adds an organisation; its people are members automatically and read members-only reports and files', async () => {
    const form = await admin.submit('/admin/organisations/new', '/admin/organisations', { name: 'Riverside Health Trust', type: 'Acute trust', tier: 'standard', status: 'active', domains: 'riverside.example, @Riverside-Trust.example' });
    assert.equal(form.statusCode, 303);
    const list = await admin.get('/admin/organisations');
    assert.match(list.body, /Riverside Health Trust/);
    assert.match(list.body, /riverside-trust\.example/);

    const member = await signUp('nurse@riverside.example');
    const access = await canRead(member);
    assert.equal(access.hasBody, true);
    assert.equal(access.fileStatus, 200);
    const membership = await member.get('/account/membership');
    assert.match(membership.body, /You are a member through <strong>Riverside Health Trust<\/strong>/);
  });

  it('a registered non-member sees a teaser with a way to become a member, and gets 403 for the file', async () => {
    const outsider = await signUp('consultant@elsewhere.example');
    const access = await canRead(outsider);
    assert.equal(access.hasBody, false);
    assert.match(access.page.body, /How to become a member/);
    assert.equal(access.fileStatus, 403);
    const visitor = await canRead(new Agent(t.app));
    assert.equal(visitor.hasBody, false);
    assert.equal(visitor.fileStatus, 303, 'visitors are sent to log in');
  });

  it('when an organisation lapses its people lose member access at once', async () => {
    const member = await signUp('porter@riverside.example');
    assert.equal((await canRead(member)).fileStatus, 200);
    const organisation = await t.container.db.kysely.selectFrom('organisations').select('id').where('name', '=', 'Riverside Health Trust').executeTakeFirstOrThrow();
    const edit = await admin.get(`/admin/organisations/${organisation.id}`);
    await admin.post(`/admin/organisations/${organisation.id}`, { _csrf: csrfOf(edit.body), name: 'Riverside Health Trust', type: 'Acute trust', tier: 'standard', status: 'lapsed', domains: 'riverside.example, riverside-trust.example' });
    const after = await canRead(member);
    assert.equal(after.hasBody, false);
    assert.equal(after.fileStatus, 403);
    await admin.post(`/admin/organisations/${organisation.id}`, { _csrf: csrfOf(edit.body), name: 'Riverside Health Trust', type: 'Acute trust', tier: 'standard', status: 'active', domains: 'riverside.example, riverside-trust.example' });
    assert.equal((await canRead(member)).fileStatus, 200);
  });

  it('someone on another domain asks to join; the admin approves and they are told by email', async () => {
    const person = await signUp('locum@agency.example', 'Lou Locum');
    const organisation = await t.container.db.kysely.selectFrom('organisations').select('id').where('name', '=', 'Riverside Health Trust').executeTakeFirstOrThrow();
    const asked = await person.submit('/account/membership', '/account/membership', { organisation: String(organisation.id), message: 'I work in the renal unit.' });
    assert.equal(asked.statusCode, 200);
    assert.match(asked.body, /Your request has been sent/);
    const queue = await admin.get('/admin/organisations');
    assert.match(queue.body, /Lou Locum/);
    const request = await t.container.db.kysely.selectFrom('membership_requests').select('id').where('status', '=', 'pending').executeTakeFirstOrThrow();
    await admin.post(`/admin/membership-requests/${request.id}`, { _csrf: csrfOf(queue.body), decision: 'approve' });
    const mail = await sink.waitFor((m) => JSON.stringify(m.to).includes('locum@agency.example') && /Welcome/.test(m.subject ?? ''));
    assert.match(mail.text ?? '', /approved/);
    assert.equal((await canRead(person)).fileStatus, 200);
    // Deciding it again is refused as stale, not applied twice.
    const again = await admin.post(`/admin/membership-requests/${request.id}`, { _csrf: csrfOf(queue.body), decision: 'refuse' });
    assert.equal(again.statusCode, 409);
  });

  it('forms refuse bad input with messages and keep what was typed; members cannot reach admin screens', async () => {
    const bad = await admin.submit('/admin/organisations/new', '/admin/organisations', { name: 'Riverside Health Trust', type: 'Spaceship', tier: 'gold', status: 'active', domains: 'not a domain!, riverside.example' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /Another organisation already has that name/);
    assert.match(bad.body, /Choose a type from the list/);
    assert.match(bad.body, /value="not a domain!, riverside.example"/);
    const member = await signUp('clerk@riverside.example');
    assert.equal((await member.get('/admin/organisations')).statusCode, 403);
    const token = csrfOf((await member.get('/account')).body);
    assert.equal((await member.post('/admin/organisations', { _csrf: token, name: 'Mine', type: 'Other', tier: 'standard', status: 'active', domains: '' })).statusCode, 403);
    assert.equal((await member.post('/admin/membership-requests/1', { _csrf: token, decision: 'approve' })).statusCode, 403);
    assert.equal((await admin.get('/admin/organisations/999999')).statusCode, 404);
    assert.equal((await admin.get('/admin/organisations/abc')).statusCode, 400);
    const request = await member.submit('/account/membership', '/account/membership', { organisation: '1', message: '' });
    assert.equal(request.statusCode, 409, 'already a member');
  });
});
