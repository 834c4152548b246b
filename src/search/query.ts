// Turns whatever a reader typed into a safe full-text query. Only runs of letters and
// digits survive, so quotes, operators, '*', NEAR, column filters and control characters
// can never reach FTS5 or tsquery syntax: any input gives a valid query or none.
export const MAX_QUERY_CHARS = 500;
export const MAX_TERMS = 24;

export interface ParsedQuery {
  /** What the reader typed, trimmed (and cut to MAX_QUERY_CHARS). */
  text: string;
  terms: string[];
  wasShortened: boolean;
}

export function parseQuery(raw: string): ParsedQuery {
  const trimmed = raw.replace(/[\u0000-\u001f\u007f\uE000-\uF8FF]/g, ' ').trim();
  const text = trimmed.slice(0, MAX_QUERY_CHARS);
  const terms = [...new Set((text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => t.length <= 64))];
  return { text, terms: terms.slice(0, MAX_TERMS), wasShortened: trimmed.length > MAX_QUERY_CHARS || terms.length > MAX_TERMS };
}

/**
 * FTS5 MATCH expression: each term quoted, AND (all terms) or OR (any term), limited to the
 * text columns; with kinds, also required in the indexed kind column.
 */
export function toFts5(terms: readonly string[], mode: 'all' | 'any', kinds?: readonly string[]): string {
  const words = `{title summary body_text} : (${terms.map((t) => `"${t}"`).join(mode === 'all' ? ' ' : ' OR ')})`;
  return kinds && kinds.length > 0 ? `${words} AND kind : (${kinds.map((k) => `"${k}"`).join(' OR ')})` : words;
}

/** Input for PostgreSQL's websearch_to_tsquery, which accepts any text without error. */
export function toWebsearch(terms: readonly string[], mode: 'all' | 'any'): string {
  return terms.join(mode === 'all' ? ' ' : ' or ');
}

export const MARK_START = '\uE000';
export const MARK_END = '\uE001';

/** Escapes a snippet for HTML, then turns the database's markers into <mark> elements. */
export function highlight(snippet: string): string {
  const escaped = snippet.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return escaped.replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}
