// `npm start` as a newcomer runs it: a real process on a fresh data folder.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-process-'));
const port = 39000 + Math.floor(Math.random() * 900);

function start(extraEnv: Record<string, string> = {}): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', ...extraEnv };
  delete env.DATABASE_URL;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function waitForOutput(output: () => string, pattern: RegExp, ms = 60_000): Promise<void> {
  const until = Date.now() + ms;
  while (!pattern.test(output())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; output so far:\n${output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function get(agent: http.Agent, urlPath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get({ host: '127.0.0.1', port, path: urlPath, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject);
  });
}

describe('running Pulse as a process', () => {
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('seeds demo content on first start, prints the URL, and shuts down cleanly on SIGTERM', async () => {
    const run = start();
    await waitForOutput(run.output, /Pulse is running at http:\/\/localhost:\d+/);
    assert.match(run.output(), /Seeding demo content.*done/s);
    const agent = new http.Agent({ keepAlive: true });
    assert.equal(await get(agent, '/'), 200);
    // A request the server has started on (headers in, body still arriving) when SIGTERM
    // comes must still be answered before the process exits.
    const inFlight = new Promise<number>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/newsletter-signup', method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '10' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.write('email=');
      setTimeout(() => {
        run.child.kill('SIGTERM');
        setTimeout(() => req.end('a@bc'), 300);
      }, 300);
    });
    // Answered (refused by the CSRF check, as a form post from nowhere should be) before exit.
    assert.equal(await inFlight, 403);
    assert.equal(await run.exited, 0);
    assert.match(run.output(), /shutdown complete/);
    // SQLite removes its write-ahead log when the last connection closes cleanly.
    assert.equal(fs.existsSync(path.join(dataDir, 'pulse.db-wal')), false, 'database was closed');
    agent.destroy();
  });

  it('does not seed again on restart', async () => {
    const run = start();
    await waitForOutput(run.output, /Pulse is running/);
    assert.doesNotMatch(run.output(), /Seeding demo content/);
    run.child.kill('SIGTERM');
    assert.equal(await run.exited, 0);
  });

  it('refuses to start with a clear message when a variable is wrong', async () => {
    const run = start({ PORT: 'eighty' });
    assert.equal(await run.exited, 78);
    assert.match(run.output(), /Pulse cannot start: PORT: must be a whole number/);
  });
});
