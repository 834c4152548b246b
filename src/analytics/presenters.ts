// Rows → what the analytics screens and CSV files show. CSV cells are neutralised here, so
// a title written as a spreadsheet formula stays text when an editor opens the export.
import type { AccessLevel } from '../db/schema.js';
import { itemPath, KIND_LABELS } from '../content/urls.js';
import type { TopItemRow } from './repo.js';
import type { DailyPoint, GrowthPoint } from './service.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const NUMBER = new Intl.NumberFormat('en-GB');

export const ACCESS_LABELS: Record<AccessLevel, string> = { public: 'Public', registered: 'Registered readers', members: 'Members only' };

/** "28 Nov" from '2026-11-28' (days are UTC dates, so no time zone applies). */
export function shortDay(day: string): string {
  const [, month = '1', date = '1'] = day.split('-');
  return `${Number(date)} ${MONTHS[Number(month) - 1] ?? ''}`;
}

/** "28 Nov 2026". */
export function longDay(day: string): string {
  return `${shortDay(day)} ${day.slice(0, 4)}`;
}

export function formatCount(n: number): string {
  return NUMBER.format(n);
}

export interface TopItemView {
  rank: number;
  title: string;
  path: string;
  kind: string;
  access: string;
  views: number;
}

export function presentTopItems(rows: readonly TopItemRow[]): TopItemView[] {
  return rows.map((r, i) => ({ rank: i + 1, title: r.title, path: itemPath(r.kind, r.slug), kind: KIND_LABELS[r.kind].singular, access: ACCESS_LABELS[r.access], views: r.views }));
}

// ---- CSV ----

type Cell = string | number;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula (= + - @, or a leading tab or
 * carriage return) gets a leading apostrophe; every text cell is quoted.
 */
export function csvCell(value: Cell): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${text.replace(/"/g, '""')}"`;
}

export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export function viewsCsv(daily: readonly DailyPoint[]): string {
  return toCsv(['day', 'page_views', 'unique_visitors'], daily.map((d) => [d.day, d.views, d.visitors]));
}

export function topCsv(items: readonly TopItemView[], publicUrl: string): string {
  return toCsv(['rank', 'title', 'kind', 'access', 'url', 'views'], items.map((i) => [i.rank, i.title, i.kind, i.access, publicUrl + i.path, i.views]));
}

export function registrationsCsv(growth: readonly GrowthPoint[]): string {
  return toCsv(['day', 'registrations', 'confirmed_accounts_total', 'member_organisation_people_total'], growth.map((g) => [g.day, g.registrations, g.confirmedTotal, g.memberTotal]));
}
