// The evaluation's metrics on lists small enough to compute by hand.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { auc, catalogueCoverage, hitAt, intraListDiversity, meanReciprocalRank, ndcgAt, rankedRelevance } from './eval/metrics.js';

const close = (actual: number | undefined, expected: number) => assert.ok(actual !== undefined && Math.abs(actual - expected) < 1e-9, `${actual} ≠ ${expected}`);

describe('ranking metrics', () => {
  const list = [
    { score: 0.9, isPositive: true },
    { score: 0.8, isPositive: false },
    { score: 0.7, isPositive: true },
    { score: 0.1, isPositive: false },
  ];

  test('AUC counts the positive–negative pairs ordered right: 3 of 4', () => {
    close(auc(list), 0.75);
  });

  test('AUC counts a tie as half, and is undefined without both classes', () => {
    close(auc([{ score: 0.5, isPositive: true }, { score: 0.5, isPositive: false }]), 0.5);
    assert.equal(auc([{ score: 1, isPositive: true }]), undefined);
  });

  test('ranking puts the best score first and keeps the given order among ties', () => {
    assert.deepEqual(rankedRelevance([{ score: 1, isPositive: false }, { score: 2, isPositive: true }, { score: 1, isPositive: true }]), [true, false, true]);
  });

  test('MRR as MIND computes it: the mean of 1/rank over the positives', () => {
    close(meanReciprocalRank([false, true, false, true]), (1 / 2 + 1 / 4) / 2);
    close(meanReciprocalRank([false, false]), 0);
  });

  test('nDCG@k divides the gain by the ideal order’s gain', () => {
    const dcg = 1 / Math.log2(3) + 1 / Math.log2(5);
    close(ndcgAt([false, true, false, true], 10), dcg / (1 + 1 / Math.log2(3)));
    close(ndcgAt([false, true, false, true], 1), 0);
    close(ndcgAt([true, false], 5), 1);
  });

  test('hit rate says whether a positive is in the first k', () => {
    assert.equal(hitAt([false, true], 1), 0);
    assert.equal(hitAt([false, true], 2), 1);
  });
});

describe('list metrics', () => {
  test('coverage is the share of the catalogue shown to anyone', () => {
    close(catalogueCoverage([[1, 2], [2, 3]], 10), 0.3);
  });

  test('intra-list diversity is the mean pairwise topic dissimilarity', () => {
    const topics = new Map([[1, [1]], [2, [1, 2]], [3, [3]], [4, [4]]]);
    // [1, 2]: 1 − 1/2; [3, 4]: 1 − 0; mean 0.75.
    close(intraListDiversity([[1, 2], [3, 4]], (id) => topics.get(id) ?? []), 0.75);
  });
});
