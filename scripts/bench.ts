// npm run bench: seeds 100,000 items into a temporary database, starts Pulse as its own
// process, and measures pages with autocannon against a bare node:http server sending, for
// each route, a body of the same size with the same response headers, in the same run.
// Prints req/s, p50, p99 and the ratio to bare.
// "For you" is measured for signed-in readers among --people synthetic people with --events
// engagement events, once the recommender's first build has finished.
// Options: --items N (default 100000), --people N (default 100000), --events N (default
// 5000000), --duration S (default 10), --connections C (default 32)
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { loadConfig } from '../src/config.js';
import { buildContainer } from '../src/container.js';
import { hashPassword } from '../src/accounts/passwords.js';
import { itemPath } from '../src/content/urls.js';

const { values } = parseArgs({ options: { items: { type: 'string', default: '100000' }, people: { type: 'string', default: '100000' }, events: { type: 'string', default: '5000000' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '32' }, keep: { type: 'boolean', default: false } } });
const items = Number(values.items);
const people = Number(values.people);
const events = Number(values.events);
/** Signed-in readers whose "For you" pages are requested in turn. */
const FOR_YOU_READERS = 500;
const duration = Number(values.duration);
const connections = Number(values.connections);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-bench-'));
const PORT = 3900;
const BARE_PORT = 3901;
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1', PUBLIC_URL: `http://127.0.0.1:${PORT}`, SEED_DEMO: 'true', LOG_LEVEL: 'info' };
delete env.DATABASE_URL;

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

function rssMb(child: ChildProcess): { rss: number; peak: number } {
  const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kb = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

interface Result { name: string; bytes: number; rps: number; p50: number; p99: number; errors: number; non2xx: number }

async function measure(name: string, url: string, options: { paths?: () => string; headers?: Record<string, string>; cookies?: () => string } = {}): Promise<Result> {
  const target = new URL(url);
  const common = { url: target.origin, connections, pipelining: 1, headers: options.headers ?? {} };
  const requests = options.paths
    ? [{ method: 'GET' as const, setupRequest: (req: autocannon.Request) => ({ ...req, path: options.paths!() }) }]
    : options.cookies
      ? [{ method: 'GET' as const, path: target.pathname + target.search, setupRequest: (req: autocannon.Request) => ({ ...req, headers: { ...req.headers, cookie: options.cookies!() } }) }]
      : [{ method: 'GET' as const, path: target.pathname + target.search }];
  await autocannon({ ...common, duration: 2, requests }); // warm-up
  const result = await autocannon({ ...common, duration, requests });
  const bytes = Number((await (await fetch(url, { headers: { 'accept-encoding': 'identity', ...options.headers } })).arrayBuffer()).byteLength);
  return { name, bytes, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors, non2xx: result.non2xx };
}

const MEMBER = { email: 'bench@northbridge-royal.example', password: 'bench member passphrase 2026' };

/** A confirmed person at a demo member organisation, to measure a signed-in member's pages. */
async function createBenchMember(): Promise<string> {
  const container = await buildContainer(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: 'false' }), { collectDefaultMetrics: false });
  const now = new Date().toISOString();
  await container.accountRepo.insertUser({ email: MEMBER.email, name: 'Bench Member', password_hash: await hashPassword(MEMBER.password), role: 'member', organisation_name: '', job_role: '', newsletter_opt_in: 0, terms_accepted_at: now, email_verified_at: now, created_at: now, updated_at: now });
  const item = await container.db.kysely.selectFrom('items').select(['kind', 'slug']).where('access', '=', 'members').where('kind', '=', 'report').where('status', '=', 'published').executeTakeFirstOrThrow();
  await container.close();
  return itemPath(item.kind, item.slug);
}

/** Logs the bench member in through the login form and returns their Cookie header. */
async function logInMember(): Promise<string> {
  const loginPage = await fetch(`http://127.0.0.1:${PORT}/login`);
  const visitorCookie = (loginPage.headers.get('set-cookie') ?? '').split(';')[0]!;
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await loginPage.text())?.[1] ?? '';
  const res = await fetch(`http://127.0.0.1:${PORT}/login`, {
    method: 'POST', redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: visitorCookie, origin: `http://127.0.0.1:${PORT}` },
    body: new URLSearchParams({ _csrf: csrf, email: MEMBER.email, password: MEMBER.password, next: '/' }).toString(),
  });
  const session = (res.headers.get('set-cookie') ?? '').split(';')[0];
  if (res.status !== 303 || !session?.startsWith('pulse_session=')) throw new Error(`bench member could not log in (${res.status})`);
  return session;
}

/** Waits for the server's recommender to finish its first full build (its worker writes recs.built_at). */
async function waitForRecommendations(): Promise<void> {
  const started = Date.now();
  const db = new Database(path.join(dataDir, 'pulse.db'), { readonly: true });
  try {
    for (;;) {
      const row = db.prepare("SELECT value FROM job_state WHERE name = 'recs.built_at'").get() as { value: string } | undefined;
      if (row && Date.parse(row.value) >= started - 1000) break;
      if (Date.now() - started > 20 * 60_000) throw new Error('the recommender did not finish its first build in 20 minutes');
      await new Promise((r) => setTimeout(r, 2000));
    }
  } finally {
    db.close();
  }
  console.log(`  recommendations built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

const children: ChildProcess[] = [];
const cleanup = () => {
  for (const c of children) c.kill('SIGTERM');
  if (!values.keep) fs.rmSync(dataDir, { recursive: true, force: true });
};
process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});

try {
  console.log(`Seeding ${items} synthetic items into ${dataDir} ...`);
  const cookiesFile = path.join(dataDir, 'reader-cookies.txt');
  await run(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--items', String(items), '--people', String(people), '--events', String(events), '--sessions', String(FOR_YOU_READERS), '--cookies', cookiesFile]);
  const membersItem = await createBenchMember();

  const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, env: { ...env, NODE_ENV: 'production', SESSION_SECRET: 'bench-secret-bench-secret-bench-secret' }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(server);
  await waitFor(`http://127.0.0.1:${PORT}/healthz`);
  await waitForRecommendations();

  const home = await (await fetch(`http://127.0.0.1:${PORT}/`)).text();
  const article = /href="(\/news\/[a-z0-9-]+)"/.exec(home)?.[1] ?? '/news';
  const topic = /href="(\/topics\/[a-z0-9-]+)"/.exec(home)?.[1] ?? '/topics';

  // The bare server answers each route's twin with the same body size and the same response
  // headers (security headers included), so the ratio measures the work, not the bytes.
  const bare = spawn(process.execPath, ['-e', `
    const http = require('node:http');
    const shapes = new Map();
    http.createServer((req, res) => {
      if (req.method === 'POST') {
        let body = ''; req.on('data', (d) => (body += d)); req.on('end', () => { const s = JSON.parse(body); shapes.set(s.path, { headers: s.headers, body: Buffer.alloc(s.bytes, 'x') }); res.end('ok'); });
        return;
      }
      const shape = shapes.get(req.url);
      if (!shape) { res.writeHead(404); res.end(); return; }
      res.writeHead(200, { ...shape.headers, 'x-request-id': String(Math.random()) });
      res.end(shape.body);
    }).listen(${BARE_PORT}, '127.0.0.1');
  `], { stdio: 'inherit' });
  children.push(bare);
  await new Promise((r) => setTimeout(r, 500));

  /** Records a route's real response shape on the bare server under /twin/N. */
  async function twinOf(index: number, routePath: string, headers: Record<string, string> = {}): Promise<string> {
    const res = await fetch(`http://127.0.0.1:${PORT}${routePath}`, { headers: { 'accept-encoding': 'identity', ...headers } });
    const bytes = (await res.arrayBuffer()).byteLength;
    const shape: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      if (!['date', 'connection', 'keep-alive', 'transfer-encoding', 'x-request-id'].includes(name)) shape[name] = value;
    });
    shape['content-length'] = String(bytes);
    const path = `/twin/${index}`;
    await fetch(`http://127.0.0.1:${BARE_PORT}/`, { method: 'POST', body: JSON.stringify({ path, headers: shape, bytes }) });
    return path;
  }

  // Search is measured with thousands of distinct URLs (words × topics × types × pages), so
  // most requests miss the page cache and run a real full-text query.
  const words = ['workforce', 'retention', 'funding', 'virtual wards', 'records', 'recruitment', 'prevention', 'safety', 'discharge', 'productivity', 'winter resilience', 'ambulance', 'inequalities', 'capital', 'pilot', 'evidence', 'leaders', 'waiting lists', 'data sharing', 'net zero'];
  const topicSlugs = ['', 'international', 'workforce', 'finance', 'digital', 'primary-care', 'mental-health', 'public-health', 'social-care'];
  const kinds = ['', 'news', 'report', 'event'];
  let counter = 0;
  const searchPath = () => {
    const n = counter++;
    const q = words[n % words.length]!;
    const topic = topicSlugs[Math.floor(n / words.length) % topicSlugs.length]!;
    const kind = kinds[Math.floor(n / (words.length * topicSlugs.length)) % kinds.length]!;
    const page = 1 + (Math.floor(n / (words.length * topicSlugs.length * kinds.length)) % 2);
    return `/search?q=${encodeURIComponent(q)}&topic=${topic}&kind=${kind}&page=${page}`;
  };

  const readerCookies = fs.readFileSync(cookiesFile, 'utf8').split('\n').filter(Boolean);
  let reader = 0;
  const nextReader = () => readerCookies[reader++ % readerCookies.length]!;
  const sample = await (await fetch(`http://127.0.0.1:${PORT}/for-you`, { headers: { cookie: readerCookies[0]! } })).text();
  if (!sample.includes('class="card__reason"')) throw new Error('a bench reader gets no recommendations');
  const memberCookie = await logInMember();
  const memberPage = await (await fetch(`http://127.0.0.1:${PORT}${membersItem}`, { headers: { cookie: memberCookie } })).text();
  if (!memberPage.includes('class="prose"')) throw new Error('the bench member does not see the full members-only item');
  const routes: [string, string, { paths?: () => string; headers?: Record<string, string>; cookies?: () => string }?][] = [
    ['home /', '/'],
    [`article ${article}`, article],
    [`topic ${topic}`, topic],
    ['search (1,440 distinct URLs)', '/search?q=workforce', { paths: searchPath }],
    ['feed /feed.xml', '/feed.xml'],
    [`member, signed in: ${membersItem}`, membersItem, { headers: { cookie: memberCookie } }],
    [`for you, ${FOR_YOU_READERS} signed-in readers in turn`, '/for-you', { headers: { cookie: readerCookies[0]! }, cookies: nextReader }],
  ];
  const rows: (Result & { bare: Result })[] = [];
  for (const [index, [name, routePath, options]] of routes.entries()) {
    const twin = await twinOf(index, routePath, options?.headers);
    const result = await measure(name, `http://127.0.0.1:${PORT}${routePath}`, options);
    const bareResult = await measure(`bare twin of ${name}`, `http://127.0.0.1:${BARE_PORT}${twin}`);
    rows.push({ ...result, bare: bareResult });
    console.log(`  measured ${name}`);
  }
  const memory = rssMb(server);

  console.log(`\nPulse bench: ${items} synthetic items + demo content, ${people} readers with ${events} engagement events, SQLite, ${connections} connections, ${duration} s per route, Node ${process.version}, ${os.cpus().length} cores\n`);
  const header = ['route', 'bytes', 'req/s', 'p50 ms', 'p99 ms', 'bare req/s', 'ratio'];
  const table = rows.map((r) => [r.name, String(r.bytes), r.rps.toFixed(0), String(r.p50), String(r.p99), r.bare.rps.toFixed(0), `${(r.rps / r.bare.rps).toFixed(2)}x`]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const row of table) console.log(line(row));
  const failures = rows.filter((r) => r.errors > 0 || r.non2xx > 0);
  for (const f of failures) console.log(`WARNING ${f.name}: ${f.errors} errors, ${f.non2xx} non-2xx responses`);
  console.log(`\nserver RSS now ${memory.rss} MB, peak ${memory.peak} MB`);
} finally {
  cleanup();
}
