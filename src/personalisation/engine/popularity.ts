// Popularity with time decay: every event counts its engagement weight, halved for each
// half-life since it happened, so last week's favourite gives way to this week's. Computed for
// everyone ('all') and per segment ('orgtype:…'), because what an acute trust reads is not
// what a charity reads, and a new member of either is best served by their peers' reading.
import { interactionWeight } from './collab.js';
import type { Interaction, Neighbour } from './types.js';

export const ALL_SEGMENT = 'all';
const DAY = 86_400_000;

export interface PopularityOptions {
  now: number;
  halfLifeDays?: number;
  /** Items kept per segment. */
  limit?: number;
  /** The person's segment, e.g. 'orgtype:Charity'; undefined when unknown. */
  segmentOf?: (userId: number) => string | undefined;
}

/** Top items per segment, best first, scored relative to the segment's best (which scores 1). */
export function decayedPopularity(events: Iterable<Interaction>, options: PopularityOptions): Map<string, Neighbour[]> {
  const halfLife = (options.halfLifeDays ?? 7) * DAY;
  const totals = new Map<string, Map<number, number>>();
  const addTo = (segment: string, itemId: number, amount: number): void => {
    let scores = totals.get(segment);
    if (!scores) totals.set(segment, (scores = new Map()));
    scores.set(itemId, (scores.get(itemId) ?? 0) + amount);
  };
  for (const event of events) {
    if (event.at > options.now) continue; // the future is not evidence
    const amount = interactionWeight(event) * 0.5 ** ((options.now - event.at) / halfLife);
    if (amount <= 0) continue;
    addTo(ALL_SEGMENT, event.itemId, amount);
    const segment = options.segmentOf?.(event.userId);
    if (segment !== undefined) addTo(segment, event.itemId, amount);
  }
  const result = new Map<string, Neighbour[]>();
  for (const [segment, scores] of totals) {
    const top = [...scores]
      .map(([itemId, score]) => ({ itemId, score }))
      .sort((a, b) => b.score - a.score || a.itemId - b.itemId)
      .slice(0, options.limit ?? 200);
    const best = top[0]?.score ?? 1;
    result.set(segment, top.map((n) => ({ itemId: n.itemId, score: n.score / best })));
  }
  return result;
}
