// Writes test/fixtures/mind-sample/{news,behaviors}.tsv: a small MIND-format dataset with
// invented headlines (from the simulation's vocabulary) and 200 impressions by 60 readers with
// hidden category preferences. Deterministic: run it again and the files do not change.
//   npx tsx scripts/make-mind-fixture.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Random } from '../src/personalisation/engine/eval/random.js';
import { FILLER, HEADLINE_SHAPES, TOPICS } from '../src/personalisation/engine/eval/vocabulary.js';

const OUT = join(import.meta.dirname, '..', 'test', 'fixtures', 'mind-sample');
const CATEGORIES = TOPICS.slice(0, 8);
const NEWS = 160;
const OLD_NEWS = 60; // only ever in click histories: read before the log starts
const READERS = 60;
const IMPRESSIONS = 200;
const START = Date.UTC(2019, 10, 9);
const SPAN = 6 * 86_400_000;

const random = new Random(2019);
const slug = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

const news = Array.from({ length: NEWS }, (_, i) => {
  const category = random.int(CATEGORIES.length);
  const theme = random.int(3);
  const vocabulary = CATEGORIES[category] as (typeof CATEGORIES)[number];
  const words = [...vocabulary.words.split(' '), ...(vocabulary.themes[theme] as string).split(' ')];
  const draw = (n: number) => Array.from({ length: n }, () => (random.next() < 0.8 ? random.pick(words) : random.pick(FILLER)));
  const title = random.pick(HEADLINE_SHAPES)(draw(4));
  return {
    id: `N${1001 + i}`,
    category,
    subcategory: `${slug(vocabulary.name)}${theme + 1}`,
    title: title.charAt(0).toUpperCase() + title.slice(1),
    abstract: `${draw(12).join(' ')}.`,
    appeal: Math.exp(0.5 * random.normal()),
    // Old news were published before the log; a dozen fresh ones are out at its start, the
    // rest arrive through the six days.
    releasedAt: i < OLD_NEWS ? START - 86_400_000 : START + (Math.max(0, i - OLD_NEWS - 12) / (NEWS - OLD_NEWS - 12)) * SPAN * 0.8,
  };
});

const readers = Array.from({ length: READERS }, (_, i) => {
  const taste = random.dirichlet(CATEGORIES.length, 0.4);
  const oldNews = news.slice(0, OLD_NEWS);
  const history = new Set<string>();
  for (let n = 2 + random.int(10); history.size < n; ) history.add((oldNews[random.weighted(oldNews.map((item) => taste[item.category] ?? 0))] ?? oldNews[0])?.id ?? '');
  return { id: `U${101 + i}`, taste, history: [...history] };
});

const times = Array.from({ length: IMPRESSIONS }, () => START + random.next() * SPAN).sort((a, b) => a - b);
const behaviors = times.map((time, i) => {
  // Some readers come back far more often than others.
  const reader = readers[Math.floor(READERS * random.next() ** 2)] ?? readers[0];
  if (!reader) throw new Error('no readers');
  const available = news.filter((item, n) => n >= OLD_NEWS && item.releasedAt <= time);
  const shown = new Set<(typeof news)[number]>();
  for (let n = Math.min(available.length, 6 + random.int(9)); shown.size < n; ) shown.add(random.pick(available.slice(-40)));
  const candidates = [...shown].map((item) => {
    const ageDays = (time - item.releasedAt) / 86_400_000;
    const chance = Math.min(0.9, (reader.taste[item.category] ?? 0) * 2.5 * item.appeal * 0.5 ** ageDays + 0.02);
    return { id: item.id, chance, clicked: random.next() < chance };
  });
  // Every MIND impression has at least one click and one skip.
  const byChance = [...candidates].sort((a, b) => b.chance - a.chance);
  if (!candidates.some((c) => c.clicked) && byChance[0]) byChance[0].clicked = true;
  if (candidates.every((c) => c.clicked) && byChance.at(-1)) (byChance.at(-1) as { clicked: boolean }).clicked = false;
  const list = candidates.map((c) => `${c.id}-${c.clicked ? 1 : 0}`).join(' ');
  return [String(i + 1), reader.id, mindTime(time), reader.history.join(' '), list].join('\t');
});

function mindTime(epoch: number): string {
  const d = new Date(Math.round(epoch / 1000) * 1000);
  const hour = d.getUTCHours();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${hour % 12 || 12}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${hour < 12 ? 'AM' : 'PM'}`;
}

mkdirSync(OUT, { recursive: true });
const newsLines = news.map((n) => [n.id, slug(CATEGORIES[n.category]?.name ?? ''), n.subcategory, n.title, n.abstract, `https://example.org/news/${n.id}`, '[]', '[]'].join('\t'));
writeFileSync(join(OUT, 'news.tsv'), `${newsLines.join('\n')}\n`);
writeFileSync(join(OUT, 'behaviors.tsv'), `${behaviors.join('\n')}\n`);
process.stdout.write(`wrote ${news.length} news and ${behaviors.length} impressions to ${OUT}\n`);
