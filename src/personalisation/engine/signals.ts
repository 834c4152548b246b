// The evidence behind a recommendation: for each candidate item, one score in [0, 1] per
// component (follow prior, collaborative, content, popularity, recency) and where each came
// from. The ranker weighs and combines them; the offline evaluation reuses the very same
// evidence to score fixed candidate lists and to tune the weights on a validation split.
import { ALL_SEGMENT } from './popularity.js';
import type { Neighbour, PersonSignals, RankSource, Reason } from './types.js';

export interface Weights {
  follow: number;
  collab: number;
  content: number;
  popularity: number;
  recency: number;
}
export type Component = keyof Weights;
export const COMPONENTS: readonly Component[] = ['follow', 'collab', 'content', 'popularity', 'recency'];

/**
 * Tuned on the simulated log's validation split (`npm run eval:recs` prints the search).
 * `follow` outweighs the other four together: a topic the person chose to follow is a stated
 * wish, so its items come before anything inferred.
 */
export const DEFAULT_WEIGHTS: Weights = { follow: 3.5, collab: 0.15, content: 0.4, popularity: 0.5, recency: 0.35 };

export interface CandidateEvidence {
  itemId: number;
  topicIds: readonly number[];
  publishedAt: number;
  membersOnly: boolean;
  scores: Record<Component, number>;
  reasons: Record<Component, Reason>;
}

export interface EvidenceOptions {
  now: number;
  /** Score exactly these items (the evaluation); otherwise candidates are generated. */
  candidateIds?: readonly number[];
  /** Neighbours read per history item, and popular items read per segment. */
  neighboursPerItem?: number;
  popularDepth?: number;
}

const DAY = 86_400_000;
const HISTORY_USED = 20;
const HISTORY_HALF_LIFE = 30 * DAY;
const RECENCY_HALF_LIFE = 5 * DAY;
const FOLLOWED_WINDOW = 60 * DAY;
/** Content similarity: how much comes from neighbour lists, the rest from the topic profile. */
const NEIGHBOUR_SHARE = 0.5;

/**
 * Gathers evidence for a person's candidates with a constant number of source calls: six
 * batched reads in parallel, then one `describe` for every candidate and history item.
 */
export async function collectEvidence(source: RankSource, person: PersonSignals, options: EvidenceOptions): Promise<CandidateEvidence[]> {
  const { now } = options;
  const history = weightedHistory(person, now);
  const historyIds = history.map((h) => h.itemId);
  const perItem = options.neighboursPerItem ?? 30;
  const depth = options.popularDepth ?? 100;
  const [collab, content, followed, segmentPopular, allPopular, recent] = await Promise.all([
    historyIds.length > 0 ? source.neighbours(historyIds, 'collab', perItem) : new Map<number, Neighbour[]>(),
    historyIds.length > 0 ? source.neighbours(historyIds, 'content', perItem) : new Map<number, Neighbour[]>(),
    person.followedTopicIds.length > 0 ? source.newInTopics(person.followedTopicIds, now - FOLLOWED_WINDOW, 50) : [],
    person.segment ? source.popular(person.segment, depth) : [],
    source.popular(ALL_SEGMENT, depth),
    source.recent(50),
  ]);

  const collabScores = fromHistory(history, collab);
  const contentScores = fromHistory(history, content);
  const segmentScores = new Map(segmentPopular.map((n) => [n.itemId, n.score]));
  const allScores = new Map(allPopular.map((n) => [n.itemId, n.score]));
  const candidateIds = options.candidateIds ?? [
    ...new Set([...collabScores.keys(), ...contentScores.keys(), ...followed.map((f) => f.itemId), ...segmentScores.keys(), ...allScores.keys(), ...recent.map((r) => r.itemId)]),
  ];
  const described = await source.describe([...new Set([...candidateIds, ...historyIds])]);

  const profile = topicProfile(history, described);
  const followedTopics = new Set(person.followedTopicIds);
  const maxCollab = maxScore(collabScores);
  const maxContent = maxScore(contentScores);
  const evidence: CandidateEvidence[] = [];
  for (const itemId of candidateIds) {
    const item = described.get(itemId);
    if (!item) continue;
    const followedTopic = item.topicIds.find((t) => followedTopics.has(t));
    const collabHit = collabScores.get(itemId);
    const contentHit = contentScores.get(itemId);
    const favourite = favouriteTopic(item.topicIds, profile);
    const segmentScore = segmentScores.get(itemId) ?? 0;
    const allScore = allScores.get(itemId) ?? 0;
    const age = Math.max(0, now - item.publishedAt);
    evidence.push({
      itemId,
      topicIds: item.topicIds,
      publishedAt: item.publishedAt,
      membersOnly: item.membersOnly,
      scores: {
        follow: followedTopic === undefined ? 0 : 1,
        collab: collabHit ? collabHit.score / maxCollab : 0,
        content: NEIGHBOUR_SHARE * (contentHit ? contentHit.score / maxContent : 0) + (1 - NEIGHBOUR_SHARE) * favourite.share,
        popularity: person.segment ? 0.6 * segmentScore + 0.4 * allScore : allScore,
        recency: 0.5 ** (age / RECENCY_HALF_LIFE),
      },
      reasons: {
        follow: { kind: 'follow', topicId: followedTopic ?? 0 },
        collab: { kind: 'read', itemId: collabHit?.from ?? 0 },
        content: { kind: 'similar', itemId: contentHit?.from ?? favourite.from ?? 0 },
        popularity: person.segment && segmentScore * 0.6 >= allScore * 0.4 ? { kind: 'segment', segment: person.segment } : { kind: 'popular' },
        recency: { kind: 'recent' },
      },
    });
  }
  return evidence;
}

/** Components that say something about this person (the others are true for everyone). */
const PERSONAL: ReadonlySet<Component> = new Set(['follow', 'collab', 'content']);
/** A personal reason is given when it contributed at least this share of the biggest part. */
const PERSONAL_REASON_SHARE = 0.35;

/**
 * The weighted score, and as reason the component that contributed most — except that a
 * personal reason ("Because you read …") is preferred to a generic one ("Just published")
 * when it contributed a fair share: it is the more useful explanation.
 */
export function relevance(evidence: CandidateEvidence, weights: Weights): { score: number; reason: Reason } {
  let score = 0;
  let best: Component | undefined;
  let bestPart = 0;
  let personal: Component | undefined;
  let personalPart = 0;
  for (const component of COMPONENTS) {
    const part = weights[component] * evidence.scores[component];
    score += part;
    if (part > bestPart) [best, bestPart] = [component, part];
    if (PERSONAL.has(component) && part > personalPart) [personal, personalPart] = [component, part];
  }
  const chosen = personal && personalPart >= PERSONAL_REASON_SHARE * bestPart ? personal : best;
  return { score, reason: chosen ? evidence.reasons[chosen] : { kind: 'popular' } };
}

interface WeightedHistoryItem {
  itemId: number;
  weight: number;
}

/** The most telling recent history: engagement weight, halved every 30 days. */
function weightedHistory(person: PersonSignals, now: number): WeightedHistoryItem[] {
  return person.history
    .map((h) => ({ itemId: h.itemId, weight: h.weight * 0.5 ** (Math.max(0, now - h.at) / HISTORY_HALF_LIFE) }))
    .filter((h) => h.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.itemId - b.itemId)
    .slice(0, HISTORY_USED);
}

/** Σ history weight × similarity per candidate, remembering the history item that gave most. */
function fromHistory(history: WeightedHistoryItem[], lists: Map<number, Neighbour[]>): Map<number, { score: number; from: number }> {
  const scores = new Map<number, { score: number; from: number; best: number }>();
  for (const h of history) {
    for (const n of lists.get(h.itemId) ?? []) {
      const part = h.weight * n.score;
      const entry = scores.get(n.itemId);
      if (!entry) scores.set(n.itemId, { score: part, from: h.itemId, best: part });
      else {
        entry.score += part;
        if (part > entry.best) [entry.from, entry.best] = [h.itemId, part];
      }
    }
  }
  return scores;
}

type Described = Awaited<ReturnType<RankSource['describe']>>;

/** Share of the person's weighted history in each topic, and the heaviest history item per topic. */
function topicProfile(history: WeightedHistoryItem[], described: Described): Map<number, { share: number; from: number }> {
  const total = history.reduce((sum, h) => sum + h.weight, 0) || 1;
  const profile = new Map<number, { share: number; from: number }>();
  for (const h of history) {
    for (const topicId of described.get(h.itemId)?.topicIds ?? []) {
      const entry = profile.get(topicId);
      if (entry) entry.share += h.weight / total;
      else profile.set(topicId, { share: h.weight / total, from: h.itemId });
    }
  }
  return profile;
}

function favouriteTopic(topicIds: readonly number[], profile: Map<number, { share: number; from: number }>): { share: number; from: number | undefined } {
  let best: { share: number; from: number | undefined } = { share: 0, from: undefined };
  for (const topicId of topicIds) {
    const entry = profile.get(topicId);
    if (entry && entry.share > best.share) best = entry;
  }
  return best;
}

function maxScore(scores: Map<number, { score: number }>): number {
  let max = 0;
  for (const { score } of scores.values()) max = Math.max(max, score);
  return max || 1;
}
