// npm run bench:newsletter [-- --subscribers 100000 --events 1000000 --items 2000 --keep]
// Sends one issue to N subscribers, each a reader with an engagement history and so a
// "Picked for you" block of their own, through the real engine and pooled SMTP to a local
// sink in another process. Prints messages per second, total time and the sender's RSS
// (peak, and at each tenth of the way, to show whether memory stays flat).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.js';
import { buildContainer } from '../src/container.js';

const { values } = parseArgs({ options: { subscribers: { type: 'string', default: '100000' }, events: { type: 'string', default: '1000000' }, items: { type: 'string', default: '2000' }, keep: { type: 'boolean', default: false } } });
const subscribers = Number(values.subscribers);
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-bench-newsletter-'));
const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

function run(args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited with ${code}`))));
  });
}

async function startSink(): Promise<{ url: string; count: () => Promise<number>; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench-smtp-sink.ts'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let buffer = '';
  const waiters: ((line: string) => void)[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let end;
    while ((end = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, end);
      buffer = buffer.slice(end + 1);
      waiters.shift()?.(line);
    }
  });
  const nextLine = () => new Promise<string>((resolve) => waiters.push(resolve));
  const port = Number((await nextLine()).replace('listening ', ''));
  return {
    url: `smtp://127.0.0.1:${port}`,
    count: async () => {
      const line = nextLine();
      child.kill('SIGUSR2');
      return Number((await line).replace('received ', ''));
    },
    stop: () => child.kill('SIGTERM'),
  };
}

const env = { DATA_DIR: dataDir, SEED_DEMO: 'false', LOG_LEVEL: 'info', INBOUND_SMTP_PORT: 'off' };
console.log(`Seeding demo content, ${values.items} items and ${subscribers} readers with ${values.events} engagement events into ${dataDir} ...`);
await run(['scripts/seed.ts', '--items', String(values.items), '--people', String(subscribers), '--events', String(values.events)], env);

const sink = await startSink();
// The sink is a child process: it must not outlive the bench, whatever happens.
process.on('exit', () => sink.stop());
const config = loadConfig({ ...env, SMTP_URL: sink.url, NEWSLETTER_RATE: '100000' });
const container = await buildContainer(config, { collectDefaultMetrics: false });
try {
  const db = container.db.kysely;
  console.log('Building recommendations ...');
  const built = Date.now();
  await container.recsJob.runOnce({ full: true });
  await container.recsJob.stop();
  console.log(`  built in ${((Date.now() - built) / 1000).toFixed(0)} s`);

  // Every reader subscribes (confirmed), so each copy is ranked for its own reader.
  const now = new Date().toISOString();
  await db.insertInto('newsletter_subscribers')
    .columns(['email', 'user_id', 'status', 'created_at', 'confirmed_at', 'updated_at'])
    .expression((eb) => eb.selectFrom('users').select(['email', 'id', sql.lit('active').as('status'), sql.lit(now).as('c'), sql.lit(now).as('f'), sql.lit(now).as('u')]).where('email', 'like', '%@synthetic.example'))
    .execute();
  const picked = await db.selectFrom('items').select('id').where('status', '=', 'published').where('kind', '!=', 'page').orderBy('published_at', 'desc').limit(6).execute();
  const issueId = await container.newsletters.issues.createDraft({ subject: 'Bench issue', introMd: 'This month, in brief.', itemIds: picked.map((p) => p.id), createdBy: null });
  await db.updateTable('newsletter_issues').set({ status: 'sending', started_at: now, updated_at: now }).where('id', '=', issueId).execute();

  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timeline: string[] = [];
  let nextTenth = 1;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 100);
  const watcher = setInterval(() => {
    void container.newsletters.deliveries.counts(issueId).then((c) => {
      const done = c.sent + c.failed + c.unknown;
      while (nextTenth <= 10 && done >= (subscribers * nextTenth) / 10) {
        timeline.push(`${nextTenth * 10}%: ${mb(process.memoryUsage().rss)} MB`);
        nextTenth++;
      }
    });
  }, 1000);
  const started = Date.now();
  await container.newsletters.sender.runUntilIdle();
  const seconds = (Date.now() - started) / 1000;
  clearInterval(sampler);
  clearInterval(watcher);
  const counts = await container.newsletters.deliveries.counts(issueId);
  const received = await sink.count();
  console.log(`\nPulse newsletter bench: ${subscribers} subscribers, each with a personalised "Picked for you", SQLite, Node ${process.version}, ${os.cpus().length} cores`);
  console.log(`  sent ${counts.sent}, failed ${counts.failed}, unknown ${counts.unknown}; the SMTP sink received ${received}`);
  console.log(`  total ${seconds.toFixed(1)} s, ${Math.round(counts.sent / seconds)} messages/s`);
  console.log(`  sender RSS: ${mb(baseline)} MB before, peak ${mb(peak)} MB; along the way ${timeline.join(', ')}`);
} finally {
  await container.close();
  sink.stop();
  if (!values.keep) fs.rmSync(dataDir, { recursive: true, force: true });
}
