// What the evaluations compare, and how their tables print.
import type { Weights } from '../signals.js';

const NONE: Weights = { follow: 0, collab: 0, content: 0, popularity: 0, recency: 0 };

/** The single-component baselines: each is the hybrid with every other weight at zero. */
export const BASELINES: readonly { name: string; weights: Weights }[] = [
  { name: 'popularity', weights: { ...NONE, popularity: 1 } },
  { name: 'content-only', weights: { ...NONE, content: 1 } },
  { name: 'collaborative-only', weights: { ...NONE, collab: 1 } },
];

export interface TableColumn {
  title: string;
  /** Digits after the point. */
  digits?: number;
}

/** A plain-text table with aligned columns (Markdown-compatible, so it pastes into notes). */
export function formatTable(columns: readonly TableColumn[], rows: readonly { name: string; values: readonly number[] }[]): string {
  const header = ['model', ...columns.map((c) => c.title)];
  const body = rows.map((r) => [r.name, ...r.values.map((v, i) => v.toFixed(columns[i]?.digits ?? 4))]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)].join('\n');
}

export function describeWeights(weights: Weights): string {
  return Object.entries(weights).map(([k, v]) => `${k} ${v}`).join(', ');
}
