// The request path: reads precomputed neighbours and popularity through a RankSource and
// ranks. No heavy work happens here — a constant handful of batched source calls, then
// arithmetic over a few hundred candidates.
import { collectEvidence, DEFAULT_WEIGHTS, relevance, type CandidateEvidence, type Weights } from './signals.js';
import type { NeighbourSource, PersonSignals, RankSource, Reason, Recommendation } from './types.js';

export { DEFAULT_WEIGHTS, type Weights } from './signals.js';

export interface RankOptions {
  now: number;
  limit: number;
  weights?: Partial<Weights>;
  /** MMR trade-off: 1 ranks by relevance alone, lower values favour variety of topics. */
  lambda?: number;
}

const POOL_PER_SLOT = 5;

/** A person's recommendations, best first, diversified, with at most one invitation. */
export async function rank(source: RankSource, person: PersonSignals, options: RankOptions): Promise<Recommendation[]> {
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const evidence = await collectEvidence(source, person, { now: options.now });
  const historyIds = new Set(person.history.map((h) => h.itemId));
  const scored: Scored[] = [];
  for (const candidate of evidence) {
    if (person.excluded.has(candidate.itemId) || historyIds.has(candidate.itemId) || candidate.publishedAt > options.now) continue;
    const { score, reason } = relevance(candidate, weights);
    if (score > 0) scored.push({ candidate, score, reason, isInvitation: false });
  }
  scored.sort((a, b) => b.score - a.score || a.candidate.itemId - b.candidate.itemId);
  const openable = person.canOpenMembersOnly ? scored : withOneInvitation(scored, person.invitationsShown);
  const pool = openable.slice(0, options.limit * POOL_PER_SLOT);
  const chosen = maximalMarginalRelevance(pool, options.limit, options.lambda ?? 0.7, new Set(person.followedTopicIds));
  return chosen.map((s) => ({ itemId: s.candidate.itemId, score: s.score, reason: s.reason, isInvitation: s.isInvitation }));
}

export interface RelatedOptions {
  limit: number;
  /** Whether the viewer can open members-only items; if not, they are left out. */
  canOpenMembersOnly: boolean;
  /** Items not to show (e.g. already read). */
  excluded?: ReadonlySet<number>;
  now?: number;
}

/** "Related": the item's content neighbours that the viewer can open. */
export function relatedTo(source: RankSource, itemId: number, options: RelatedOptions): Promise<Recommendation[]> {
  return neighboursFor(source, itemId, 'content', options, { kind: 'similar', itemId });
}

/** "People who read this also read": the item's collaborative neighbours the viewer can open. */
export function alsoRead(source: RankSource, itemId: number, options: RelatedOptions): Promise<Recommendation[]> {
  return neighboursFor(source, itemId, 'collab', options, { kind: 'read', itemId });
}

async function neighboursFor(source: RankSource, itemId: number, kind: NeighbourSource, options: RelatedOptions, reason: Reason): Promise<Recommendation[]> {
  // Read extra: some neighbours will be filtered out.
  const lists = await source.neighbours([itemId], kind, options.limit * 3);
  const neighbours = (lists.get(itemId) ?? []).filter((n) => n.itemId !== itemId && !options.excluded?.has(n.itemId));
  const described = await source.describe(neighbours.map((n) => n.itemId));
  return neighbours
    .filter((n) => {
      const item = described.get(n.itemId);
      return item !== undefined && (options.canOpenMembersOnly || !item.membersOnly) && (options.now === undefined || item.publishedAt <= options.now);
    })
    .slice(0, options.limit)
    .map((n) => ({ itemId: n.itemId, score: n.score, reason, isInvitation: false }));
}

interface Scored {
  candidate: CandidateEvidence;
  score: number;
  reason: Reason;
  isInvitation: boolean;
}

/**
 * For someone who cannot open members-only items: drop them all but the best one not already
 * shown as an invitation, which stays (marked) as a single invitation to join.
 */
function withOneInvitation(scored: Scored[], invitationsShown: ReadonlySet<number>): Scored[] {
  let invited = false;
  const kept: Scored[] = [];
  for (const s of scored) {
    if (!s.candidate.membersOnly) kept.push(s);
    else if (!invited && !invitationsShown.has(s.candidate.itemId)) {
      invited = true;
      kept.push({ ...s, reason: { kind: 'invitation' }, isInvitation: true });
    }
  }
  return kept;
}

/**
 * Maximal marginal relevance: repeatedly takes the candidate with the best
 * λ·relevance − (1−λ)·(its topic overlap with anything already chosen). Topics the person
 * follows are left out of the overlap: they asked for those, so repeats are not a fault.
 */
function maximalMarginalRelevance(pool: Scored[], limit: number, lambda: number, followed: ReadonlySet<number>): Scored[] {
  const best = pool[0]?.score ?? 0;
  if (best <= 0) return [];
  const topics = pool.map((s) => new Set(s.candidate.topicIds.filter((t) => !followed.has(t))));
  const maxOverlap = new Float64Array(pool.length);
  const taken = new Uint8Array(pool.length);
  const chosen: Scored[] = [];
  while (chosen.length < Math.min(limit, pool.length)) {
    let pick = -1;
    let pickValue = -Infinity;
    pool.forEach((s, i) => {
      if (taken[i]) return;
      const value = lambda * (s.score / best) - (1 - lambda) * (maxOverlap[i] ?? 0);
      if (value > pickValue) [pick, pickValue] = [i, value];
    });
    const picked = pool[pick];
    const pickedTopics = topics[pick];
    if (!picked || !pickedTopics) break;
    taken[pick] = 1;
    chosen.push(picked);
    topics.forEach((t, i) => {
      if (!taken[i]) maxOverlap[i] = Math.max(maxOverlap[i] ?? 0, jaccard(t, pickedTopics));
    });
  }
  return chosen;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
