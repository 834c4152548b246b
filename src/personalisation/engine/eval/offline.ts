// The offline protocol over a time-ordered log: train on everything before a split time, then
// for each person active after it, score their next week's items (positives) among sampled
// items they never touched (negatives), all published by the moment they came back. Nothing
// from after the split reaches a model: neighbour lists, popularity and histories are built
// from training events only.
import { interactionWeight } from '../collab.js';
import { rank } from '../rank.js';
import { COMPONENTS, collectEvidence, type CandidateEvidence, type Weights } from '../signals.js';
import type { CatalogueItem, Interaction, PersonSignals } from '../types.js';
import type { MemorySource } from './memory-source.js';
import { auc, hitAt, meanReciprocalRank, MetricMeans, ndcgAt, rankedRelevance } from './metrics.js';
import { Random } from './random.js';

const DAY = 86_400_000;

export interface EvalCase {
  now: number;
  person: PersonSignals;
  candidateIds: number[];
  positives: ReadonlySet<number>;
}

export interface CaseOptions {
  items: readonly CatalogueItem[];
  interactions: readonly Interaction[];
  trainEnd: number;
  testEnd: number;
  followsOf: (userId: number) => readonly number[];
  segmentOf: (userId: number) => string | undefined;
  negatives?: number;
  maxCases?: number;
  seed?: number;
}

/** One case per person active in [trainEnd, testEnd): their first week back, scored at its start. */
export function buildCases(options: CaseOptions): EvalCase[] {
  const random = new Random(options.seed ?? 7);
  const byPerson = new Map<number, Interaction[]>();
  for (const e of options.interactions) {
    if (e.at >= options.testEnd) break;
    const list = byPerson.get(e.userId);
    if (list) list.push(e);
    else byPerson.set(e.userId, [e]);
  }
  const publishedAt = new Map(options.items.map((i) => [i.id, i.publishedAt]));
  const byPublication = [...options.items].sort((a, b) => a.publishedAt - b.publishedAt);
  const cases: EvalCase[] = [];
  for (const [userId, events] of byPerson) {
    const training = events.filter((e) => e.at < options.trainEnd);
    const first = events.find((e) => e.at >= options.trainEnd);
    if (!first) continue;
    const now = first.at;
    const history = historyOf(training);
    const touched = new Set(events.map((e) => e.itemId));
    const positives = new Set(
      events
        .filter((e) => e.at >= now && e.at < now + 7 * DAY && interactionWeight(e) > 0)
        .map((e) => e.itemId)
        .filter((id) => (publishedAt.get(id) ?? Infinity) <= now && !history.excluded.has(id)),
    );
    if (positives.size === 0) continue;
    const published = upperBound(byPublication, now);
    const negatives = new Set<number>();
    for (let tries = 0; negatives.size < (options.negatives ?? 50) && tries < 1000; tries++) {
      const candidate = byPublication[random.int(published)]?.id;
      if (candidate !== undefined && !touched.has(candidate)) negatives.add(candidate);
    }
    const candidateIds = shuffle(random, [...positives, ...negatives]);
    cases.push({
      now,
      positives,
      candidateIds,
      person: {
        userId,
        followedTopicIds: options.followsOf(userId),
        history: history.items,
        excluded: history.excluded,
        segment: options.segmentOf(userId),
        canOpenMembersOnly: true,
        invitationsShown: new Set(),
      },
    });
  }
  return options.maxCases && cases.length > options.maxCases ? shuffle(random, cases).slice(0, options.maxCases) : cases;
}

/** Evidence for every case's candidates, read once so that tuning can reweigh it cheaply. */
export async function evidenceOf(source: MemorySource, cases: readonly EvalCase[]): Promise<CandidateEvidence[][]> {
  const all: CandidateEvidence[][] = [];
  for (const c of cases) all.push(await collectEvidence(source.at(c.now), c.person, { now: c.now, candidateIds: c.candidateIds, popularDepth: 1000 }));
  return all;
}

export interface Accuracy {
  auc: number;
  mrr: number;
  ndcg5: number;
  ndcg10: number;
  hit10: number;
}

/** Evidence laid out for fast reweighing: per case, one row of component scores per candidate. */
export interface ScoringTable {
  rows: { scores: Float64Array; isPositive: boolean[] }[];
}

export function scoringTable(cases: readonly EvalCase[], evidence: readonly CandidateEvidence[][]): ScoringTable {
  return {
    rows: cases.map((c, i) => {
      const byId = new Map((evidence[i] ?? []).map((e) => [e.itemId, e]));
      const scores = new Float64Array(c.candidateIds.length * COMPONENTS.length);
      c.candidateIds.forEach((id, n) => {
        const e = byId.get(id);
        COMPONENTS.forEach((component, k) => (scores[n * COMPONENTS.length + k] = e?.scores[component] ?? 0));
      });
      return { scores, isPositive: c.candidateIds.map((id) => c.positives.has(id)) };
    }),
  };
}

export function accuracyOf(table: ScoringTable, weights: Weights): Accuracy {
  const means = new MetricMeans();
  const w = COMPONENTS.map((component) => weights[component]);
  for (const row of table.rows) {
    const list = row.isPositive.map((isPositive, n) => {
      let score = 0;
      for (let k = 0; k < w.length; k++) score += (w[k] ?? 0) * (row.scores[n * w.length + k] ?? 0);
      return { score, isPositive };
    });
    const ranked = rankedRelevance(list);
    means.add('auc', auc(list));
    means.add('mrr', meanReciprocalRank(ranked));
    means.add('ndcg5', ndcgAt(ranked, 5));
    means.add('ndcg10', ndcgAt(ranked, 10));
    means.add('hit10', hitAt(ranked, 10));
  }
  return { auc: means.mean('auc'), mrr: means.mean('mrr'), ndcg5: means.mean('ndcg5'), ndcg10: means.mean('ndcg10'), hit10: means.mean('hit10') };
}

/**
 * Coordinate ascent on validation cases, maximising AUC + nDCG@10: each pass tries every grid
 * value of one weight with the others held, keeps the best, and moves to the next weight.
 */
export function tuneWeights(table: ScoringTable, grid: Record<keyof Weights, readonly number[]>, start: Weights, passes = 3): { weights: Weights; accuracy: Accuracy } {
  const objective = (a: Accuracy) => a.auc + a.ndcg10;
  let weights = start;
  let accuracy = accuracyOf(table, weights);
  for (let pass = 0; pass < passes; pass++) {
    let improved = false;
    for (const component of COMPONENTS) {
      for (const value of grid[component]) {
        const tried = { ...weights, [component]: value };
        const result = accuracyOf(table, tried);
        if (objective(result) > objective(accuracy) + 1e-9) [weights, accuracy, improved] = [tried, result, true];
      }
    }
    if (!improved) break;
  }
  return { weights, accuracy };
}

/** What the ranker would actually show each case's person (for coverage and diversity). */
export async function shownLists(source: MemorySource, cases: readonly EvalCase[], weights: Weights, limit = 10): Promise<number[][]> {
  const lists: number[][] = [];
  for (const c of cases) lists.push((await rank(source.at(c.now), c.person, { now: c.now, limit, weights })).map((r) => r.itemId));
  return lists;
}

/** A person's training events as the request path would see them: per item, weight and last time. */
function historyOf(events: readonly Interaction[]): { items: PersonSignals['history']; excluded: Set<number> } {
  const byItem = new Map<number, { itemId: number; weight: number; at: number }>();
  for (const e of events) {
    const entry = byItem.get(e.itemId) ?? { itemId: e.itemId, weight: 0, at: e.at };
    entry.weight += interactionWeight(e);
    entry.at = Math.max(entry.at, e.at);
    byItem.set(e.itemId, entry);
  }
  const items = [...byItem.values()].sort((a, b) => b.at - a.at).slice(0, 50);
  return { items, excluded: new Set(byItem.keys()) };
}

function upperBound(sorted: readonly CatalogueItem[], time: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.publishedAt ?? 0) <= time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function shuffle<T>(random: Random, list: T[]): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [list[i], list[j]] = [list[j] as T, list[i] as T];
  }
  return list;
}
