// A simulated membership site for the offline evaluation: a catalogue published over time, and
// people with hidden topic and theme preferences (shifted by their organisation's type) who
// read, rate, recommend and share. What a person reads is driven by preference × item appeal ×
// recency × a little rich-get-richer, so every recommender component has something real to
// find — and none of them sees the hidden preferences.
import type { CatalogueItem, Interaction } from '../types.js';
import { Random } from './random.js';
import { FILLER, HEADLINE_SHAPES, ORGANISATION_TYPES, TOPICS } from './vocabulary.js';

const DAY = 86_400_000;
const THEMES = 3;

export interface SimulationOptions {
  seed?: number;
  items?: number;
  people?: number;
  days?: number;
  /** Start of the simulated period (epoch ms). */
  start?: number;
}

export interface SimulatedPerson {
  id: number;
  organisationType: string;
  joinedAt: number;
  followedTopicIds: number[];
}

export interface SimulatedWorld {
  items: CatalogueItem[];
  people: SimulatedPerson[];
  /** Time-ordered. */
  interactions: Interaction[];
  topicNames: Map<number, string>;
  start: number;
  end: number;
}

interface HiddenTaste {
  topics: number[];
  themes: number[][]; // per topic, a distribution over its themes
  sessionsPerDay: number;
}

interface SimItem {
  item: CatalogueItem;
  topic: number;
  theme: number;
  appeal: number;
  reads: number;
}

export function simulateWorld(options: SimulationOptions = {}): SimulatedWorld {
  const random = new Random(options.seed ?? 42);
  const start = options.start ?? Date.UTC(2026, 0, 1);
  const days = options.days ?? 120;
  const end = start + days * DAY;
  const simItems = makeCatalogue(random, options.items ?? 3000, start, end);
  const { people, tastes } = makePeople(random, options.people ?? 3000, start, end);
  const interactions = simulateLog(random, simItems, people, tastes, start, days);
  return {
    items: simItems.map((s) => s.item),
    people,
    interactions,
    topicNames: new Map(TOPICS.map((t, i) => [i + 1, t.name])),
    start,
    end,
  };
}

export function segmentOfPeople(people: readonly SimulatedPerson[]): (userId: number) => string | undefined {
  const types = new Map(people.map((p) => [p.id, p.organisationType]));
  return (userId) => {
    const type = types.get(userId);
    return type ? `orgtype:${type}` : undefined;
  };
}

function makeCatalogue(random: Random, count: number, start: number, end: number): SimItem[] {
  // Some topics publish more than others.
  const topicShare = TOPICS.map((_, i) => 1 + ((i * 7) % 5) / 2);
  const items: SimItem[] = [];
  for (let id = 1; id <= count; id++) {
    const topic = random.weighted(topicShare);
    const theme = random.int(THEMES);
    const vocabulary = TOPICS[topic] as (typeof TOPICS)[number];
    const topicWords = vocabulary.words.split(' ');
    const themeWords = (vocabulary.themes[theme] as string).split(' ');
    const draw = (n: number, mix: [number, number]) =>
      Array.from({ length: n }, () => {
        const r = random.next();
        return r < mix[0] ? random.pick(themeWords) : r < mix[0] + mix[1] ? random.pick(topicWords) : random.pick(FILLER);
      });
    const headline = random.pick(HEADLINE_SHAPES)(draw(4, [0.5, 0.4]));
    const secondTopic = random.next() < 0.25 ? random.int(TOPICS.length) : topic;
    // A third of the catalogue exists before the period starts; the rest keeps arriving.
    const publishedAt = random.next() < 0.33 ? start - random.next() * 60 * DAY : start + random.next() * (end - start);
    items.push({
      item: {
        id,
        title: headline.charAt(0).toUpperCase() + headline.slice(1),
        summary: draw(14, [0.35, 0.35]).join(' '),
        body: draw(70, [0.25, 0.35]).join(' '),
        topicIds: secondTopic === topic ? [topic + 1] : [topic + 1, secondTopic + 1],
        publishedAt: Math.round(publishedAt),
        membersOnly: random.next() < 0.2,
      },
      topic,
      theme,
      appeal: Math.exp(0.6 * random.normal()),
      reads: 0,
    });
  }
  return items;
}

function makePeople(random: Random, count: number, start: number, end: number) {
  // Each organisation type leans towards three topics.
  const typeLeaning = ORGANISATION_TYPES.map((_, t) => TOPICS.map((__, i) => ((i + t * 2) % 12 < 3 ? 1 / 3 : 0)));
  const people: SimulatedPerson[] = [];
  const tastes = new Map<number, HiddenTaste>();
  for (let id = 1; id <= count; id++) {
    const type = random.int(ORGANISATION_TYPES.length);
    const own = random.dirichlet(TOPICS.length, 0.3);
    const topics = own.map((p, i) => 0.75 * p + 0.25 * (typeLeaning[type]?.[i] ?? 0));
    const ranked = topics.map((p, i) => ({ p, i })).sort((a, b) => b.p - a.p);
    const followedTopicIds: number[] = [];
    if (random.next() < 0.35) followedTopicIds.push((ranked[0]?.i ?? 0) + 1);
    if (random.next() < 0.1) followedTopicIds.push((ranked[1]?.i ?? 0) + 1);
    // Most people are there from the start; some join during the period (cold start).
    const joinedAt = random.next() < 0.75 ? start : start + random.next() * (end - start);
    people.push({ id, organisationType: ORGANISATION_TYPES[type] as string, joinedAt, followedTopicIds });
    tastes.set(id, {
      topics,
      themes: TOPICS.map(() => random.dirichlet(THEMES, 0.5)),
      sessionsPerDay: 0.35 * Math.exp(0.8 * random.normal()),
    });
  }
  return { people, tastes };
}

function simulateLog(random: Random, items: SimItem[], people: SimulatedPerson[], tastes: Map<number, HiddenTaste>, start: number, days: number): Interaction[] {
  const byCell = new Map<number, SimItem[]>(); // topic × theme → items, in publication order
  for (const s of [...items].sort((a, b) => a.item.publishedAt - b.item.publishedAt)) {
    const cell = s.topic * THEMES + s.theme;
    const list = byCell.get(cell);
    if (list) list.push(s);
    else byCell.set(cell, [s]);
  }
  const interactions: Interaction[] = [];
  const seen = new Map<number, Set<number>>();
  for (let day = 0; day < days; day++) {
    const dayStart = start + day * DAY;
    for (const person of people) {
      if (person.joinedAt > dayStart + DAY) continue;
      const taste = tastes.get(person.id) as HiddenTaste;
      const reads = random.poisson(taste.sessionsPerDay);
      for (let r = 0; r < reads; r++) {
        const at = Math.max(person.joinedAt, dayStart + random.next() * DAY);
        const exploring = random.next() < 0.1;
        const topic = exploring ? random.int(TOPICS.length) : random.weighted(taste.topics);
        const themeTaste = taste.themes[topic] as number[];
        const theme = random.next() < 0.75 ? random.weighted(themeTaste) : random.int(THEMES);
        const chosen = chooseItem(random, byCell.get(topic * THEMES + theme) ?? [], at, seen.get(person.id));
        if (!chosen) continue;
        let read = seen.get(person.id);
        if (!read) seen.set(person.id, (read = new Set()));
        read.add(chosen.item.id);
        chosen.reads++;
        const affinity = (taste.topics[topic] ?? 0) * TOPICS.length * (themeTaste[theme] ?? 0) * THEMES;
        react(random, interactions, person.id, chosen, Math.round(at), affinity);
      }
    }
  }
  return interactions.sort((a, b) => a.at - b.at);
}

/** An item of the cell by appeal × recency × popularity so far, among those published and unread. */
function chooseItem(random: Random, cell: SimItem[], at: number, read: Set<number> | undefined): SimItem | undefined {
  const weights: number[] = [];
  for (const s of cell) {
    if (s.item.publishedAt > at) break;
    const ageDays = (at - s.item.publishedAt) / DAY;
    const isUnread = !read?.has(s.item.id);
    weights.push(isUnread ? s.appeal * (0.03 + 0.5 ** (ageDays / 7)) * (1 + Math.sqrt(s.reads) / 4) : 0);
  }
  const total = weights.reduce((a, b) => a + b, 0);
  return total > 0 ? cell[random.weighted(weights, total)] : undefined;
}

/** A read, and sometimes a rating, a recommend or a share — likelier the better the match. */
function react(random: Random, log: Interaction[], userId: number, s: SimItem, at: number, affinity: number): void {
  const itemId = s.item.id;
  log.push({ userId, itemId, kind: 'read', value: 1, at });
  const liking = Math.tanh(0.5 * affinity * s.appeal);
  if (random.next() < 0.15) {
    const stars = Math.max(1, Math.min(5, Math.round(2 + 3 * liking + random.normal() * 0.7)));
    log.push({ userId, itemId, kind: 'rate', value: stars, at: at + 60_000 });
  }
  if (random.next() < 0.1 * liking) log.push({ userId, itemId, kind: 'recommend', value: 1, at: at + 120_000 });
  if (random.next() < 0.03 * liking) log.push({ userId, itemId, kind: 'share', value: 1, at: at + 180_000 });
}
