// Charts drawn on the server as SVG: no script, no library. Each is one image to assistive
// technology (role="img" with a title and a one-sentence summary); the numbers themselves
// are in the data table that every chart is shown with. Series differ by line style as
// well as colour, and both colours have at least 3:1 contrast against the page.
import Html from '@kitajs/html';
import { formatCount, shortDay } from './presenters.js';

export interface Series {
  name: string;
  values: readonly number[];
  /** 'a': the brand colour, solid; 'b': dark orange, dashed. */
  look: 'a' | 'b';
}

// A narrow drawing area, so the labels stay readable when a phone scales the chart down.
const WIDTH = 400;
const LEFT = 44;
const RIGHT = 10;
const TOP = 12;
const BOTTOM = 26;

/** A round number at or above `max` for the top of the axis. */
export function niceMax(max: number): number {
  if (max <= 4) return 4;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

function compact(n: number): string {
  return n >= 10_000 ? `${Math.round(n / 1000)}k` : formatCount(n);
}

function Svg({ id, title, summary, height, children, variant }: { id: string; title: string; summary: string; height: number; children: Html.Children; variant?: 'bars' }): JSX.Element {
  return (
    <svg class={variant ? `chart chart--${variant}` : 'chart'} viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} focusable="false" preserveAspectRatio="xMidYMid meet">
      <title id={`${id}-title`} safe>{title}</title>
      <desc id={`${id}-desc`} safe>{summary}</desc>
      {children}
    </svg>
  );
}

/** Lines (or bars, for one series) over consecutive days. */
export function DayChart({ id, title, summary, days, series, bars = false }: { id: string; title: string; summary: string; days: readonly string[]; series: readonly Series[]; bars?: boolean }): JSX.Element {
  const height = 200;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const plotHeight = height - TOP - BOTTOM;
  const top = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const y = (v: number) => TOP + plotHeight - (v / top) * plotHeight;
  const slot = plotWidth / Math.max(1, days.length);
  const x = (i: number) => LEFT + slot * i + slot / 2;
  const ticks = [0, top / 2, top];
  const labelled = days.length <= 1 ? [0] : [0, Math.floor((days.length - 1) / 2), days.length - 1];
  return (
    <Svg id={id} title={title} summary={summary} height={height}>
      <g class="chart__grid">
        {ticks.map((t) => (
          <line x1={String(LEFT)} x2={String(WIDTH - RIGHT)} y1={String(y(t))} y2={String(y(t))} />
        ))}
      </g>
      <g class="chart__label" text-anchor="end">
        {ticks.map((t) => (
          <text x={String(LEFT - 6)} y={String(y(t) + 4)} safe>{compact(t)}</text>
        ))}
      </g>
      <g class="chart__label" text-anchor="middle">
        {labelled.map((i) => (
          <text x={String(Math.min(Math.max(x(i), LEFT + 22), WIDTH - RIGHT - 22))} y={String(height - 6)} safe>{shortDay(days[i] ?? '')}</text>
        ))}
      </g>
      {series.map((s) =>
        bars ? (
          <g class={`chart__bars chart__bars--${s.look}`}>
            {s.values.map((v, i) => (
              <rect x={String(x(i) - Math.max(1, slot * 0.35))} width={String(Math.max(2, slot * 0.7))} y={String(y(v))} height={String(Math.max(0, TOP + plotHeight - y(v)))} />
            ))}
          </g>
        ) : (
          <polyline class={`chart__line chart__line--${s.look}`} points={s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')} />
        ),
      )}
    </Svg>
  );
}

/** Horizontal bars, one per labelled value (e.g. the most-read items). */
export function BarList({ id, title, summary, rows }: { id: string; title: string; summary: string; rows: readonly { label: string; value: number }[] }): JSX.Element {
  const rowHeight = 40;
  const height = Math.max(1, rows.length) * rowHeight + 4;
  const top = Math.max(1, ...rows.map((r) => r.value));
  const barMax = WIDTH - 60;
  return (
    <Svg id={id} title={title} summary={summary} height={height} variant="bars">
      {rows.map((r, i) => {
        const label = r.label.length > 46 ? `${r.label.slice(0, 45)}…` : r.label;
        const w = Math.max(2, (r.value / top) * barMax);
        return (
          <g>
            <text class="chart__label" x="0" y={String(i * rowHeight + 14)} safe>{`${i + 1}. ${label}`}</text>
            <rect class="chart__bar" x="0" y={String(i * rowHeight + 20)} width={String(w)} height="14" />
            <text class="chart__label" x={String(w + 6)} y={String(i * rowHeight + 32)} safe>{formatCount(r.value)}</text>
          </g>
        );
      })}
    </Svg>
  );
}

/** The key to a chart's series, in HTML so it reads and zooms like text. */
export function Legend({ series }: { series: readonly Pick<Series, 'name' | 'look'>[] }): JSX.Element {
  return (
    <ul class="chart-legend">
      {series.map((s) => (
        <li><span class={`chart-legend__key chart-legend__key--${s.look}`} aria-hidden="true"></span><span safe>{s.name}</span></li>
      ))}
    </ul>
  );
}

export { Html };
