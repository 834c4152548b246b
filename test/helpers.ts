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
  let baseUrl = '';
  if (options.listen) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    if (address && typeof address === 'object') baseUrl = `http://127.0.0.1:${address.port}`;
  }
  return {
    app,
    container,
    dataDir,
    baseUrl,
    async close() {
      await app.close();
      await container.close();
      await dropSchema?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
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
