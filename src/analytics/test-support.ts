// Helpers for the analytics tests: read the numbers back the way an editor does, through
// the CSV exports, and find published items to read.
import assert from 'node:assert/strict';
import type { Agent } from '../../test/agent.js';
import type { TestApp } from '../../test/helpers.js';
import { itemPath } from '../content/urls.js';
import type { AccessLevel, ItemKind } from '../db/schema.js';

/** Splits a CSV body (quoted cells, "" escapes, CRLF rows) into rows of cells. */
export function parseCsv(body: string): string[][] {
  const rows: string[][] = [];
  for (const line of body.split('\r\n')) {
    if (line === '') continue;
    const cells: string[] = [];
    for (const match of line.matchAll(/("(?:[^"]|"")*"|[^,]*)(,|$)/g)) {
      const raw = match[1] ?? '';
      cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
      if (match[2] === '') break;
    }
    rows.push(cells);
  }
  return rows;
}

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Lets onResponse hooks that run after the response was read finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Today's page views and unique visitors, as the views.csv export gives them. */
export async function todaysNumbers(t: TestApp, editor: Agent): Promise<{ views: number; visitors: number }> {
  await settle();
  await t.container.analytics.flush();
  const res = await editor.get('/admin/analytics/views.csv?days=7');
  assert.equal(res.statusCode, 200);
  const row = parseCsv(res.body).find((r) => r[0] === today());
  assert.ok(row, 'views.csv has a row for today');
  return { views: Number(row[1]), visitors: Number(row[2]) };
}

/** The views of one item over the last 7 days, from top.csv (0 if it is not listed). */
export async function viewsOf(t: TestApp, editor: Agent, path: string): Promise<number> {
  await settle();
  await t.container.analytics.flush();
  const res = await editor.get('/admin/analytics/top.csv?days=7');
  assert.equal(res.statusCode, 200);
  const row = parseCsv(res.body).find((r) => r[4] === t.container.config.publicUrl + path);
  return row ? Number(row[5]) : 0;
}

/** Published items of a kind and access level, newest first. */
export async function publishedItems(t: TestApp, kind: ItemKind, access: AccessLevel = 'public', limit = 3): Promise<{ id: number; title: string; path: string }[]> {
  const rows = await t.container.db.kysely
    .selectFrom('items')
    .select(['id', 'kind', 'slug', 'title'])
    .where('kind', '=', kind)
    .where('access', '=', access)
    .where('status', '=', 'published')
    .where('published_at', '<=', new Date().toISOString())
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute();
  assert.ok(rows.length > 0, `the demo content has a published ${access} ${kind}`);
  return rows.map((r) => ({ id: r.id, title: r.title, path: itemPath(r.kind, r.slug) }));
}
