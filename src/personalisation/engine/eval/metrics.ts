// Ranking metrics, as the MIND leaderboard and most recommender papers compute them, over one
// scored candidate list at a time (binary relevance: clicked/engaged or not).
import { jaccard } from '../rank.js';

export interface ScoredCandidate {
  score: number;
  isPositive: boolean;
}

/** Probability that a random positive outscores a random negative (ties count half). */
export function auc(list: readonly ScoredCandidate[]): number | undefined {
  const sorted = [...list].sort((a, b) => a.score - b.score);
  let positives = 0;
  let rankSum = 0;
  // Average ranks over runs of equal scores (the Mann–Whitney U statistic).
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]?.score === sorted[i]?.score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let m = i; m < j; m++) {
      if (sorted[m]?.isPositive) {
        positives++;
        rankSum += averageRank;
      }
    }
    i = j;
  }
  const negatives = list.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Positives' relevance flags in ranked order: best score first, ties in the given order. */
export function rankedRelevance(list: readonly ScoredCandidate[]): boolean[] {
  return list
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.score - a.c.score || a.i - b.i)
    .map(({ c }) => c.isPositive);
}

/** MIND's "MRR": the mean over positives of 1/rank (Σ (1/rank)·rel / Σ rel). */
export function meanReciprocalRank(ranked: readonly boolean[]): number {
  let sum = 0;
  let positives = 0;
  ranked.forEach((isPositive, i) => {
    if (isPositive) {
      sum += 1 / (i + 1);
      positives++;
    }
  });
  return positives === 0 ? 0 : sum / positives;
}

/** Normalised discounted cumulative gain at k, with gains 1 for positives. */
export function ndcgAt(ranked: readonly boolean[], k: number): number {
  const dcg = (flags: readonly boolean[]): number =>
    flags.slice(0, k).reduce((sum, isPositive, i) => sum + (isPositive ? 1 / Math.log2(i + 2) : 0), 0);
  const ideal = dcg([...ranked].sort((a, b) => Number(b) - Number(a)));
  return ideal === 0 ? 0 : dcg(ranked) / ideal;
}

/** Whether any positive is in the first k. */
export function hitAt(ranked: readonly boolean[], k: number): number {
  return ranked.slice(0, k).includes(true) ? 1 : 0;
}

/** Share of the catalogue that appears in at least one list. */
export function catalogueCoverage(lists: readonly (readonly number[])[], catalogueSize: number): number {
  if (catalogueSize === 0) return 0;
  return new Set(lists.flat()).size / catalogueSize;
}

/** Mean over lists of the mean pairwise dissimilarity (1 − Jaccard of topics) within the list. */
export function intraListDiversity(lists: readonly (readonly number[])[], topicsOf: (itemId: number) => readonly number[]): number {
  let total = 0;
  let counted = 0;
  for (const list of lists) {
    let sum = 0;
    let pairs = 0;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        sum += 1 - jaccard(new Set(topicsOf(list[i] ?? 0)), new Set(topicsOf(list[j] ?? 0)));
        pairs++;
      }
    }
    if (pairs > 0) {
      total += sum / pairs;
      counted++;
    }
  }
  return counted === 0 ? 0 : total / counted;
}

/** Running means of named metrics (undefined values — e.g. AUC of a one-class list — are skipped). */
export class MetricMeans {
  private readonly sums = new Map<string, { sum: number; count: number }>();

  add(name: string, value: number | undefined): void {
    if (value === undefined || Number.isNaN(value)) return;
    const entry = this.sums.get(name) ?? { sum: 0, count: 0 };
    entry.sum += value;
    entry.count++;
    this.sums.set(name, entry);
  }

  mean(name: string): number {
    const entry = this.sums.get(name);
    return entry && entry.count > 0 ? entry.sum / entry.count : 0;
  }
}
