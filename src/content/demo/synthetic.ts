// Synthetic volume for benchmarks: believable-looking items made from a fixed vocabulary
// with a seeded random generator, so two runs produce the same catalogue.
import type { AccessLevel, ItemKind } from '../../db/schema.js';
import type { NewItemInput } from '../service.js';

const SUBJECTS = ['Integrated care boards', 'Community trusts', 'Primary care networks', 'Ambulance services', 'Mental health providers', 'Hospital leaders', 'Finance directors', 'Digital teams', 'Workforce planners', 'Public health teams', 'Social care partners', 'International partners'];
const VERBS = ['set out plans for', 'report progress on', 'call for investment in', 'share lessons from', 'warn about pressures on', 'welcome new guidance on', 'pilot a fresh approach to', 'publish evidence on'];
const OBJECTS = ['winter resilience', 'staff retention', 'capital funding', 'virtual wards', 'waiting lists', 'health inequalities', 'electronic records', 'urgent and emergency care', 'prevention', 'international recruitment', 'data sharing', 'discharge from hospital', 'productivity', 'patient safety', 'estates and net zero', 'neighbourhood health'];
const WORDS = ('patients services leaders funding evidence staff workforce pressures partnership community hospital primary care outcomes quality safety digital data system integrated board trust network provider commissioning investment capacity demand waiting recovery prevention inequalities population health social local national regional international learning practice improvement pathway model pilot evaluation report guidance policy strategy budget deficit efficiency productivity retention recruitment training wellbeing leadership governance accountability transparency innovation technology records interoperability').split(' ');

export function seededRandom(seed: number): () => number {
  // mulberry32: tiny, fast, good enough for test data.
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

// Real text is Zipf-distributed: a few words everywhere, most words rare. A vocabulary of
// the common words above plus made-up rarer ones, drawn with weight 1/rank, gives search
// realistic posting lists (a common word in a minority of items, not in all of them).
const SYLLABLES = ['ca', 're', 'no', 'mi', 'tal', 'ver', 'sen', 'dor', 'pla', 'qui', 'lo', 'ther', 'gan', 'bri', 'sto', 'mel', 'ran', 'fi', 'col', 'tes'];
const VOCABULARY = [...WORDS, ...Array.from({ length: 3000 }, (_, i) => SYLLABLES[i % 20]! + SYLLABLES[Math.floor(i / 20) % 20]! + SYLLABLES[Math.floor(i / 400) % 20]! + 'e')];
const CUMULATIVE = (() => {
  let sum = 0;
  return VOCABULARY.map((_, rank) => (sum += 1 / (rank + 8)));
})();

function zipfWord(random: () => number): string {
  const target = random() * CUMULATIVE[CUMULATIVE.length - 1]!;
  let lo = 0;
  let hi = CUMULATIVE.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CUMULATIVE[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return VOCABULARY[lo]!;
}

function sentence(random: () => number): string {
  const length = 8 + Math.floor(random() * 12);
  const words = Array.from({ length }, () => zipfWord(random));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

export function syntheticItem(index: number, options: { random: () => number; topicIds: readonly number[]; now: Date }): NewItemInput {
  const { random } = options;
  const roll = random();
  const kind: ItemKind = roll < 0.7 ? 'news' : roll < 0.9 ? 'report' : 'event';
  const accessRoll = random();
  const access: AccessLevel = accessRoll < 0.85 ? 'public' : accessRoll < 0.93 ? 'registered' : 'members';
  const title = `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}`;
  const paragraphs = Array.from({ length: 4 + Math.floor(random() * 4) }, () => Array.from({ length: 3 + Math.floor(random() * 3) }, () => sentence(random)).join(' '));
  const body = [paragraphs[0], '## What it means', ...paragraphs.slice(1)].join('\n\n');
  const daysAgo = random() * 5 * 365;
  const publishedAt = new Date(options.now.getTime() - daysAgo * 86400_000 - index * 1000).toISOString();
  const topicCount = 1 + Math.floor(random() * 2);
  const topicIds = [...new Set(Array.from({ length: topicCount }, () => pick(random, options.topicIds)))];
  const start = new Date(options.now.getTime() + (random() * 400 - 200) * 86400_000);
  return {
    kind,
    slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${index}`,
    title,
    summary: sentence(random) + ' ' + sentence(random),
    bodyMarkdown: body,
    status: 'published',
    access,
    publishedAt,
    event: kind === 'event' ? { start: start.toISOString(), end: new Date(start.getTime() + 2 * 3600_000).toISOString(), venue: 'Online', onlineUrl: 'https://example.org/live' } : undefined,
    topicIds,
    authorIds: [],
  };
}
