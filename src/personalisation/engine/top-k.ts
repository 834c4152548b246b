// Picking the best few of many scored candidates without sorting them all: neighbour searches
// score thousands of candidates per item, and a full sort of each list would dominate a rebuild.
import type { Neighbour } from './types.js';

/** The k best neighbours, best first; ties go to the lower id so every path agrees. */
export function topNeighbours(candidates: Neighbour[], k: number): Neighbour[] {
  let pool = candidates;
  if (candidates.length > k * 2 && k > 0) {
    const threshold = kthLargest(Float64Array.from(candidates, (c) => c.score), k);
    pool = candidates.filter((c) => c.score >= threshold);
  }
  return pool.sort(byScoreThenId).slice(0, k);
}

export function byScoreThenId(a: Neighbour, b: Neighbour): number {
  return b.score - a.score || a.itemId - b.itemId;
}

/** The k-th largest value (1-based) by quickselect; reorders `values`. */
export function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = Math.min(k, values.length) - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1] ?? 0;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] ?? 0) > pivot) i++;
      while ((values[j] ?? 0) < pivot) j--;
      if (i <= j) {
        const swap = values[i] ?? 0;
        values[i++] = values[j] ?? 0;
        values[j--] = swap;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] ?? 0;
}
