import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { dialects, startTestApp, withoutAttributeValues, type TestApp } from '../../test/helpers.js';
import { Agent } from '../../test/agent.js';
import type { AdminServices } from './service.js';
import { EXIT_USAGE, parseAdminArgs, runCreateAdmin } from './cli.js';
import { EMAIL_HTML_CSP } from './routes.js';

const PASSWORD = 'amber quarry falcon 31';
const root = path.resolve(import.meta.dirname, '../..');

for (const { dialect, skip } of dialects()) describe(`the admin area (${dialect})`, { skip }, () => {
  let t: TestApp;
  let services: AdminServices;

  /** Registers (mail goes to the outbox: no SMTP_URL) and logs in; returns the signed-in agent. */
  async function signUp(email: string, role: 'member' | 'editor' | 'admin' = 'member'): Promise<Agent> {
    const agent = new Agent(t.app);
    await agent.submit('/register', '/register', { name: `Person ${email}`, email, password: PASSWORD, organisation: '', jobRole: '', terms: 'yes' });
    if (role !== 'member') await t.container.db.kysely.updateTable('users').set({ role }).where('email', '=', email).execute();
    return logIn(agent, email);
  }
  async function logIn(agent: Agent, email: string): Promise<Agent> {
    const res = await agent.submit('/login', '/login', { email, password: PASSWORD, next: '/account' });
    assert.equal(res.statusCode, 303, `${email} logs in`);
    return agent;
  }
  const output = () => {
    const lines: string[] = [];
    return { lines, io: { out: (l: string) => lines.push(l), err: (l: string) => lines.push(`ERR ${l}`) } };
  };

  before(async () => {
    t = await startTestApp({ dialect, seed: false });
    services = t.container.admin;
  });
  after(async () => {
    await t?.close();
  });

  it('sends visitors to log in and back, and gives members a 403 page everywhere under /admin', async () => {
    const visitor = new Agent(t.app);
    for (const url of ['/admin', '/admin/outbox?page=2', '/admin/outbox/1', '/admin/organisations', '/admin/no-such-page']) {
      const res = await visitor.get(url);
      assert.equal(res.statusCode, 303, url);
      assert.equal(res.headers.location, `/login?next=${encodeURIComponent(url)}`);
    }
    const member = await signUp('member@example.org');
    for (const url of ['/admin', '/admin/', '/admin/outbox', '/admin/outbox/1', '/admin/outbox/1/html', '/admin/organisations', '/%61dmin/outbox']) {
      const res = await member.get(url);
      assert.equal(res.statusCode, 403, url);
      assert.match(res.body, /You cannot do that/);
    }
  });

  it('lets editors into the dashboard but not the outbox; admins see both, with no dead links', async () => {
    const editor = await signUp('editor@example.org', 'editor');
    const dashboard = await editor.get('/admin');
    assert.equal(dashboard.statusCode, 200);
    assert.match(dashboard.body, /<h1>Admin<\/h1>/);
    assert.doesNotMatch(dashboard.body, /href="\/admin\/outbox"/);
    assert.equal((await editor.get('/admin/outbox')).statusCode, 403);

    const admin = await signUp('boss@example.org', 'admin');
    const page = await admin.get('/admin');
    assert.equal(page.statusCode, 200);
    assert.equal(page.headers['cache-control'], 'private, no-store');
    const links = [...page.body.matchAll(/href="(\/admin[^"]*)"/g)].map((m) => m[1]!);
    assert.ok(links.includes('/admin/outbox'));
    for (const link of links) assert.equal((await admin.get(link)).statusCode, 200, `${link} works`);
    assert.match(page.body, /Drafts/);
    assert.match(page.body, /Recently published/);
  });

  it('shows admins the outbox newest first, each message as text and as disarmed HTML', async () => {
    const admin = await signUp('reader@example.org', 'admin');
    const hostile = '<script>alert(1)</script> & "quotes"';
    await t.container.mailer.send({
      to: 'someone@example.org',
      subject: `Hello ${hostile}`,
      text: `Plain words ${hostile}`,
      html: '<p style="color:red">Rich <b>words</b></p><script>alert(2)</script><img src="https://tracker.example/p.gif">',
    });
    const list = await admin.get('/admin/outbox');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Pulse keeps every email here/);
    const rows = [...list.body.matchAll(/<tr><td>([^<]*)<\/td><td><a href="(\/admin\/outbox\/\d+)">([^<]*)<\/a>/g)];
    assert.equal(rows[0]?.[1], 'someone@example.org', 'newest first');
    assert.match(list.body, /reader@example\.org/, 'registration emails are listed too');
    assert.doesNotMatch(withoutAttributeValues(list.body), /<script>alert/);
    const messagePath = rows[0]![2]!;

    const message = await admin.get(messagePath);
    assert.equal(message.statusCode, 200);
    assert.match(message.body, /<pre>Plain words &lt;script>alert\(1\)&lt;\/script> &amp; &#34;quotes&#34;<\/pre>/);
    assert.doesNotMatch(withoutAttributeValues(message.body), /<script>alert/);
    assert.match(message.body, new RegExp(`href="${messagePath}/html"`));

    const html = await admin.get(`${messagePath}/html`);
    assert.equal(html.statusCode, 200);
    assert.equal(html.headers['content-security-policy'], EMAIL_HTML_CSP);
    assert.match(String(html.headers['content-type']), /^text\/html/);
    assert.match(html.body, /Rich <b>words<\/b>/);
  });

  it('answers bad outbox addresses with 400 or 404 pages, never a 500', async () => {
    const admin = await signUp('checker@example.org', 'admin');
    const expectations: [string, number][] = [
      ['/admin/outbox/abc', 400], ['/admin/outbox/0', 400], ['/admin/outbox/-1', 400], ['/admin/outbox/99999999999999', 400],
      ['/admin/outbox/1.5', 400], ['/admin/outbox/999999', 404], ['/admin/outbox/999999/html', 404],
      ['/admin/outbox?page=x', 400], ['/admin/outbox?page=0', 400], ['/admin/outbox?page=999', 404], ['/admin/outbox/%E0%A4%A', 400],
    ];
    for (const [url, status] of expectations) assert.equal((await admin.get(url)).statusCode, status, url);
    const pages = await admin.get('/admin/outbox?page=1');
    assert.equal(pages.statusCode, 200);
  });

  it('the CLI makes an existing person an admin and ends their sessions, so their next session is new', async () => {
    const agent = await signUp('promote@example.org');
    const oldSession = agent.cookies.get('pulse_session');
    assert.equal((await agent.get('/admin')).statusCode, 403);
    const { lines, io } = output();
    assert.equal(await runCreateAdmin(services.admin, ' Promote@Example.org ', io), 0);
    assert.match(lines.join('\n'), /promote@example\.org> is now an administrator/);
    const afterChange = await agent.get('/admin');
    assert.equal(afterChange.statusCode, 303, 'the old session ended with the role change');
    await logIn(agent, 'promote@example.org');
    assert.notEqual(agent.cookies.get('pulse_session'), oldSession);
    assert.equal((await agent.get('/admin/outbox')).statusCode, 200);

    const again = output();
    assert.equal(await runCreateAdmin(services.admin, 'promote@example.org', again.io), 0);
    assert.match(again.lines.join('\n'), /already an administrator/);
  });

  it('the CLI prints a setup link for a new address, and refuses bad input', async () => {
    const { lines, io } = output();
    assert.equal(await runCreateAdmin(services.admin, 'newcomer@example.org', io), 0);
    assert.match(lines.join('\n'), /http:\/\/localhost:3000\/setup\?token=[A-Za-z0-9_-]{43}/);
    const bad = output();
    assert.equal(await runCreateAdmin(services.admin, 'not-an-address', bad.io), EXIT_USAGE);
    assert.match(bad.lines.join('\n'), /ERR .*not an email address/);
    assert.deepEqual(parseAdminArgs(['create-admin', 'a@b.org']), { command: 'create-admin', email: 'a@b.org' });
    assert.ok('problem' in parseAdminArgs(['create-admin']));
    assert.ok('problem' in parseAdminArgs(['create-admin', 'a@b.org', 'c@d.org']));
    assert.ok('problem' in parseAdminArgs(['delete-everything']));
  });

  it('scripts/admin.ts promotes a person in the same database as a separate process', async () => {
    await signUp('process@example.org');
    const database = t.container.config.database;
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: t.dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://localhost:3000' };
    delete env.DATABASE_URL;
    if (database.dialect === 'postgres') env.DATABASE_URL = database.url;
    const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', ...args], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
    const promoted = run('create-admin', 'process@example.org');
    assert.equal(promoted.status, 0, promoted.stderr);
    assert.match(promoted.stdout, /is now an administrator/);
    const row = await t.container.db.kysely.selectFrom('users').select('role').where('email', '=', 'process@example.org').executeTakeFirstOrThrow();
    assert.equal(row.role, 'admin');
    const wrong = run('create-admin');
    assert.equal(wrong.status, EXIT_USAGE);
    assert.match(wrong.stderr, /Usage: npm run admin -- create-admin EMAIL/);
    const notEmail = run('create-admin', 'nobody');
    assert.equal(notEmail.status, EXIT_USAGE);
    assert.match(notEmail.stderr, /not an email address/);
  });
});
