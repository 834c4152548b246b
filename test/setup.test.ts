// The first administrator: a one-time link printed at start opens a form that creates them.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { dialects, startTestApp, type TestApp } from './helpers.js';
import { Agent, csrfOf } from './agent.js';
import type { AdminServices } from '../src/admin/service.js';
import { loadConfig } from '../src/config.js';
import { buildContainer } from '../src/container.js';

const PASSWORD = 'granite orchard compass 58';
const pathOf = (link: string) => link.replace(/^https?:\/\/[^/]+/, '');
const tokenOf = (link: string) => new URL(link).searchParams.get('token')!;

for (const { dialect, skip } of dialects()) describe(`setting up the first administrator (${dialect})`, { skip }, () => {
  let t: TestApp;
  let services: AdminServices;
  before(async () => {
    t = await startTestApp({ dialect, seed: false });
    services = t.container.admin;
  });
  after(async () => {
    await t?.close();
  });
  const admins = () => t.container.db.kysely.selectFrom('users').select(['email', 'email_verified_at']).where('role', '=', 'admin').execute();

  it('the link creates an admin once and only once; wrong, replaced and reused links are refused', async () => {
    const agent = new Agent(t.app);
    const noLink = await agent.get('/setup');
    assert.equal(noLink.statusCode, 400);
    assert.match(noLink.body, /You need a setup link/);

    const older = (await services.setup.issueStartupLink())!;
    const link = (await services.setup.issueStartupLink())!;
    assert.match(link, /^http:\/\/localhost:3000\/setup\?token=[A-Za-z0-9_-]{43}$/);
    const replaced = await agent.get(pathOf(older));
    assert.equal(replaced.statusCode, 400, 'a newer start-up link replaces the older one');
    assert.match(replaced.body, /That setup link does not work/);
    assert.equal((await agent.get('/setup?token=wrong')).statusCode, 400);
    assert.equal((await agent.get(`/setup?token=${'A'.repeat(43)}`)).statusCode, 400);

    const form = await agent.get(pathOf(link));
    assert.equal(form.statusCode, 200);
    assert.equal(form.headers['cache-control'], 'no-store');
    assert.match(form.body, /Create the administrator account/);
    const fields = { _csrf: csrfOf(form.body), token: tokenOf(link), name: 'Ada Admin', email: 'Ada@Example.org' };
    assert.equal((await agent.post('/setup', { ...fields, password: PASSWORD }, { origin: 'https://evil.example' })).statusCode, 403, 'CSRF checked');
    const weak = await agent.post('/setup', { ...fields, password: 'password1' });
    assert.equal(weak.statusCode, 400);
    assert.match(weak.body, /too common/);
    assert.match(weak.body, /value="Ada Admin"/);
    assert.equal((await agent.post('/setup', { ...fields, token: 'A'.repeat(43), password: PASSWORD })).statusCode, 400, 'a wrong token');
    assert.deepEqual(await admins(), [], 'nothing created yet');

    const done = await agent.post('/setup', { ...fields, password: PASSWORD });
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/admin');
    const dashboard = await agent.get('/admin');
    assert.equal(dashboard.statusCode, 200, 'logged in as the new admin');
    const [admin] = await admins();
    assert.equal(admin?.email, 'ada@example.org');
    assert.ok(admin?.email_verified_at, 'their address counts as confirmed');

    const reused = await new Agent(t.app).post('/setup', { ...fields, password: PASSWORD, email: 'eve@example.org' });
    assert.equal(reused.statusCode, 403, 'a post without its own CSRF cookie is refused');
    const second = new Agent(t.app);
    const page = await second.get('/login');
    const again = await second.post('/setup', { ...fields, _csrf: csrfOf(page.body), password: PASSWORD, email: 'eve@example.org' });
    assert.equal(again.statusCode, 400);
    assert.match(again.body, /That setup link does not work/);
    assert.equal((await admins()).length, 1);

    assert.equal(await services.setup.issueStartupLink(), undefined, 'no link once an admin exists');
    const setUp = await new Agent(t.app).get('/setup');
    assert.equal(setUp.statusCode, 404);
    assert.match(setUp.body, /already set up/);
  });

  it('a link made by the CLI for an address locks that address, and works after the first admin exists', async () => {
    const outcome = await services.admin.createAdmin('second@example.org');
    assert.equal(outcome.kind, 'link');
    const link = outcome.kind === 'link' ? outcome.url : '';
    const agent = new Agent(t.app);
    const form = await agent.get(pathOf(link));
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /value="second@example.org" readonly/);
    const done = await agent.post('/setup', { _csrf: csrfOf(form.body), token: tokenOf(link), name: 'Second Admin', email: 'other@example.org', password: PASSWORD });
    assert.equal(done.statusCode, 303);
    assert.deepEqual((await admins()).map((a) => a.email).sort(), ['ada@example.org', 'second@example.org']);
  });
});

describe('npm start prints a setup link while there is no administrator', () => {
  const root = path.resolve(import.meta.dirname, '..');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-setup-'));
  const port = 39900 + Math.floor(Math.random() * 90);
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', SEED_DEMO: 'false' };
  delete env.DATABASE_URL;
  delete env.PUBLIC_URL;
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  /** Starts Pulse, waits until it is listening, stops it; returns what it printed. */
  async function startAndStop(check?: (output: string) => Promise<void>): Promise<string> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const until = Date.now() + 60_000;
    while (!/Pulse is running/.test(out)) {
      if (Date.now() > until) throw new Error(`Pulse did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    // The setup link is printed just after; on a busy machine that can take a moment.
    const linkBy = Date.now() + 3_000;
    while (!/setup\?token=/.test(out) && Date.now() < linkBy) await new Promise((r) => setTimeout(r, 50));
    try {
      await check?.(out);
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
    return out;
  }
  const status = (urlPath: string) =>
    new Promise<number>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path: urlPath }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject);
    });
  const linkIn = (output: string) => /(http:\/\/localhost:\d+\/setup\?token=[A-Za-z0-9_-]{43})/.exec(output)?.[1];

  it('prints a new link on each start (the older stops working) and none once an admin exists', async () => {
    const first = linkIn(await startAndStop());
    assert.ok(first, 'a link on the first start');
    await startAndStop(async (output) => {
      const second = linkIn(output);
      assert.ok(second && second !== first);
      assert.equal(await status(pathOf(first)), 400);
      assert.equal(await status(pathOf(second)), 200);
    });

    // Someone registers; the CLI makes them an admin; the next start prints no link.
    const container = await buildContainer(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'false' }), { collectDefaultMetrics: false });
    const now = new Date().toISOString();
    await container.accountRepo.insertUser({ email: 'owner@example.org', name: 'Owner', password_hash: null, role: 'member', organisation_name: '', job_role: '', newsletter_opt_in: 0, terms_accepted_at: now, email_verified_at: now, created_at: now, updated_at: now });
    await container.close();
    const cli = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/admin.ts', 'create-admin', 'owner@example.org'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });
    assert.equal(cli.status, 0, cli.stderr);
    assert.match(cli.stdout, /Owner <owner@example.org> is now an administrator/);
    const third = await startAndStop();
    assert.equal(linkIn(third), undefined);
    assert.doesNotMatch(third, /setup\?token=/);
  });
});
