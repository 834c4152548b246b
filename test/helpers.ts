// Test helpers: a real app on a throwaway database (a temp SQLite file, or a fresh
// PostgreSQL schema when TEST_DATABASE_URL is set), seeded with the demo content.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { buildContainer, type Container } from '../src/container.js';
import { buildApp } from '../src/app.js';
import { seedDemoContent } from '../src/content/demo/seed.js';
import { silentProgress } from '../src/platform/progress.js';

export type TestDialect = 'sqlite' | 'postgres';

export interface TestApp {
  app: FastifyInstance;
  container: Container;
  dataDir: string;
  /** Set when started with listen: true. */
  baseUrl: string;
  /**
   * Stops the app as a shutdown would and starts a new process-equivalent on the same data
   * (same SQLite file or PostgreSQL schema), with the scheduler running as `npm start` has it.
   * app, container and baseUrl are replaced.
   */
  restart(options?: { beforeStart?: () => Promise<void> }): Promise<void>;
  close(): Promise<void>;
}

const POSTGRES_URL = process.env.TEST_DATABASE_URL;

/** The dialects to run a suite on, with the reason PostgreSQL is skipped when it is. */
export function dialects(): { dialect: TestDialect; skip: string | false }[] {
  return [
    { dialect: 'sqlite', skip: false },
    { dialect: 'postgres', skip: POSTGRES_URL ? false : 'TEST_DATABASE_URL is not set, so the PostgreSQL run is skipped' },
  ];
}

export async function startTestApp(options: { dialect?: TestDialect; seed?: boolean; listen?: boolean; env?: Record<string, string> } = {}): Promise<TestApp> {
  const dialect = options.dialect ?? 'sqlite';
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-test-'));
  let databaseUrl: string | undefined;
  let dropSchema: (() => Promise<void>) | undefined;
  if (dialect === 'postgres') {
    if (!POSTGRES_URL) throw new Error('TEST_DATABASE_URL is not set');
    // Each run gets its own schema, so parallel test files and CI runs never collide.
    const schema = `pulse_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES_URL });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const url = new URL(POSTGRES_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    databaseUrl = url.toString();
    dropSchema = async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await client.end();
    };
  }
  const config = loadConfig({
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://localhost:3000',
    SEED_DEMO: 'false',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    ...options.env,
  });
  const container = await buildContainer(config, { collectDefaultMetrics: false });
  if (options.seed ?? true) await seedDemoContent(container, silentProgress);
  const app = await buildApp(container);
  const listen = async (instance: FastifyInstance): Promise<string> => {
    await instance.listen({ port: 0, host: '127.0.0.1' });
    const address = instance.server.address();
    return address && typeof address === 'object' ? `http://127.0.0.1:${address.port}` : '';
  };
  const baseUrl = options.listen ? await listen(app) : '';
  const testApp: TestApp = {
    app,
    container,
    dataDir,
    baseUrl,
    async restart(restartOptions = {}) {
      await testApp.app.close();
      await testApp.container.close();
      await restartOptions.beforeStart?.();
      testApp.container = await buildContainer(config, { collectDefaultMetrics: false });
      testApp.app = await buildApp(testApp.container);
      testApp.container.scheduler.start();
      if (options.listen) testApp.baseUrl = await listen(testApp.app);
    },
    async close() {
      await testApp.app.close();
      await testApp.container.close();
      await dropSchema?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return testApp;
}

/** Pulls every match of a pattern's first group out of an HTML string. */
export function allMatches(html: string, pattern: RegExp): string[] {
  return [...html.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].map((m) => m[1] ?? '');
}

/**
 * HTML with every quoted attribute value emptied. Inside a quoted attribute "<" is inert
 * text (only the quote and "&" are escaped), so a check for injected markup must look
 * at the rest of the document.
 */
export function withoutAttributeValues(html: string): string {
  return html.replace(/="[^"]*"/g, '=""');
}
