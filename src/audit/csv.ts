// The audit log as CSV, one line per entry, produced as it is read so a long log never
// sits in memory. Cells a spreadsheet would run as a formula (starting with = + - @, or a
// tab or carriage return) are prefixed with a single quote (OWASP "CSV injection").
import type { AuditLogRow } from '../db/schema.js';

export const CSV_HEADER = ['Time (UTC)', 'Actor', 'Actor id', 'Action', 'Subject type', 'Subject id', 'Summary'] as const;

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export function entryLine(entry: AuditLogRow): string {
  return csvLine([entry.at, entry.actor_name, entry.actor_id, entry.action, entry.subject_type, entry.subject_id, entry.summary]);
}

/** The header, then every entry the stream gives. */
export async function* auditCsv(entries: AsyncIterable<AuditLogRow>): AsyncGenerator<string> {
  yield `\uFEFF${csvLine([...CSV_HEADER])}`;
  for await (const entry of entries) yield entryLine(entry);
}
