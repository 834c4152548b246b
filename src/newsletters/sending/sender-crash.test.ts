// The at-most-once promise under the worst case: the sender runs as its own process against a
// slow SMTP server, is killed with SIGKILL in the middle of an issue, and is started again.
// Nobody may receive the issue twice, and every recipient ends as sent, failed or unknown.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dialects, startTestApp, type TestApp } from '../../../test/helpers.js';
import { startSlowSmtpSink, type SlowSmtpSink } from '../../../test/slow-smtp-sink.js';
import { addSubscribers, issueReadyToSend, publishedItem } from '../test-support.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const RECIPIENTS = 400;

function startSender(t: TestApp, smtpUrl: string): { child: ChildProcess; exited: Promise<number | null>; output: () => string } {
  const { config } = t.container;
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/newsletter-sender.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      DATA_DIR: t.dataDir,
      ...(config.database.dialect === 'postgres' ? { DATABASE_URL: config.database.url } : {}),
      SMTP_URL: smtpUrl,
      PUBLIC_URL: config.publicUrl,
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      NEWSLETTER_RATE: '10000',
      INBOUND_SMTP_PORT: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, output: () => output };
}

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

for (const { dialect, skip } of dialects()) {
  describe(`a sender killed mid-issue (${dialect})`, { skip }, () => {
    let t: TestApp;
    let sink: SlowSmtpSink;
    before(async () => {
      sink = await startSlowSmtpSink(40);
      t = await startTestApp({ dialect });
    });
    after(async () => {
      await t?.close();
      await sink?.close();
    });

    it('never sends anyone the issue twice, and accounts for every recipient after a restart', async () => {
      const emails = await addSubscribers(t, RECIPIENTS, `crash-${dialect}.example`);
      const issueId = await issueReadyToSend(t, 'Crash test issue', [(await publishedItem(t, 'public')).id]);

      const first = startSender(t, sink.url);
      await until(() => sink.received.length >= 30, 180_000, `the first sender to deliver 30 messages (output: ${first.output()})`);
      first.child.kill('SIGKILL');
      await first.exited;
      const beforeRestart = sink.received.length;
      assert.ok(beforeRestart < RECIPIENTS, 'the kill came mid-issue');
      const midway = await t.container.newsletters.deliveries.counts(issueId);
      assert.ok(midway.pending > 0, 'some were still to send');

      const second = startSender(t, sink.url);
      const code = await Promise.race([second.exited, new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 240_000).unref())]);
      assert.equal(code, 0, `the second sender finishes (output: ${second.output()})`);

      const copies = new Map<string, number>();
      for (const address of sink.received) copies.set(address, (copies.get(address) ?? 0) + 1);
      const twice = [...copies].filter(([, n]) => n > 1);
      assert.deepEqual(twice, [], 'nobody received the issue twice');

      const counts = await t.container.newsletters.deliveries.counts(issueId);
      assert.equal(counts.pending + counts.sending, 0, 'nothing left pending or in flight');
      assert.equal(counts.sent + counts.unknown + counts.failed, RECIPIENTS, 'sent + unknown + failed = recipients');
      assert.ok(counts.unknown >= 1 && counts.unknown <= 200, `the messages in flight at the kill are unknown (${counts.unknown})`);
      assert.equal(await t.container.newsletters.deliveries.statusOf(issueId), 'sent');

      // Everyone marked sent did receive exactly one copy; nobody unknown was sent again after the restart.
      const sentTo = await t.container.db.kysely.selectFrom('newsletter_deliveries').select(['email', 'status']).where('issue_id', '=', issueId).execute();
      for (const row of sentTo.filter((r) => r.status === 'sent')) assert.equal(copies.get(row.email), 1, `${row.email} was sent once`);
      const receivedAfterRestart = new Set(sink.received.slice(beforeRestart));
      for (const row of sentTo.filter((r) => r.status === 'unknown')) assert.ok(!receivedAfterRestart.has(row.email), `${row.email} (unknown) was not retried`);
      assert.ok(emails.every((e) => sentTo.some((r) => r.email === e)), 'every subscriber had a delivery');
    });
  });
}
