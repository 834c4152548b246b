// How much one engagement event says about a person's interest in an item. The request path
// (a person's own history) and the background job (collaborative neighbours, popularity) use
// the same weights, so what is learnt and what is asked mean the same thing.
import type { EngagementKind } from '../db/schema.js';

/**
 * read 1 (1.5 when read to the end), rating ≥ 4 stars 2 (lower ratings 0: read, not liked),
 * recommend 3 (−3 when taken back), share 3, comment 2, gift 2.
 */
export function historyWeight(kind: EngagementKind, value: number): number {
  switch (kind) {
    case 'read':
      return value >= 2 ? 1.5 : 1;
    case 'rate':
      return value >= 4 ? 2 : 0;
    case 'recommend':
      return value < 0 ? -3 : 3;
    case 'share':
      return 3;
    case 'comment':
    case 'gift':
      return 2;
  }
}
