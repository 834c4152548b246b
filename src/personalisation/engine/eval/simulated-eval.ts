// `npm run eval:recs` without arguments: simulate a site, tune the hybrid's weights on a
// validation split inside the training period, then compare every model on the test period.
import { catalogueCoverage, intraListDiversity } from './metrics.js';
import { buildMemorySource } from './memory-source.js';
import { accuracyOf, buildCases, evidenceOf, scoringTable, shownLists, tuneWeights, type EvalCase } from './offline.js';
import { BASELINES, describeWeights, formatTable } from './report.js';
import { segmentOfPeople, simulateWorld, type SimulationOptions, type SimulatedWorld } from './simulate.js';
import type { Weights } from '../signals.js';

const DAY = 86_400_000;
const VALIDATION_DAYS = 14;
const TEST_DAYS = 20;

/**
 * The values each weight is searched over (on validation cases only). The shipped ranker puts
 * followed topics first whatever else it knows, so its `follow` weight is not searched but set
 * above the sum of the others' largest values; the unconstrained row shows what that costs.
 */
const GRID: Record<keyof Weights, readonly number[]> = {
  follow: [0, 0.25, 0.5, 1],
  collab: [0, 0.15, 0.3, 0.45, 0.6, 0.8, 1],
  content: [0, 0.2, 0.4, 0.6, 0.8, 1],
  popularity: [0, 0.25, 0.5, 0.75, 1],
  recency: [0, 0.1, 0.2, 0.35, 0.5, 0.7],
};
const FOLLOWS_FIRST = 3.5;

export async function evaluateSimulated(options: SimulationOptions, progress: (line: string) => void): Promise<string> {
  const started = Date.now();
  const world = simulateWorld(options);
  progress(`simulated ${world.items.length} items, ${world.people.length} people, ${world.interactions.length} events (${Date.now() - started} ms)`);
  const testStart = world.end - TEST_DAYS * DAY;
  const validationStart = testStart - VALIDATION_DAYS * DAY;

  const validation = await split(world, validationStart, testStart, progress);
  const start: Weights = { follow: FOLLOWS_FIRST, collab: 0.5, content: 0.5, popularity: 0.5, recency: 0.2 };
  const tuned = tuneWeights(validation.table, { ...GRID, follow: [FOLLOWS_FIRST] }, start);
  const unconstrained = tuneWeights(validation.table, GRID, { ...start, follow: 0 });
  progress(`tuned on ${validation.cases.length} validation people: ${describeWeights(tuned.weights)}; follow free: ${describeWeights(unconstrained.weights)}`);

  const test = await split(world, testStart, world.end, progress);
  const catalogueSize = world.items.filter((i) => i.publishedAt < testStart).length;
  const topicsOf = new Map(world.items.map((i) => [i.id, i.topicIds]));
  const rows: { name: string; values: number[] }[] = [];
  const models = [...BASELINES, { name: 'hybrid', weights: tuned.weights }, { name: 'hybrid, follow weight tuned', weights: unconstrained.weights }];
  for (const model of models) {
    const accuracy = accuracyOf(test.table, model.weights);
    const lists = await shownLists(test.source, test.cases, model.weights);
    rows.push({
      name: model.name,
      values: [accuracy.auc, accuracy.mrr, accuracy.ndcg5, accuracy.ndcg10, accuracy.hit10, catalogueCoverage(lists, catalogueSize), intraListDiversity(lists, (id) => topicsOf.get(id) ?? [])],
    });
    progress(`scored ${model.name}`);
  }
  progress(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const columns = ['AUC', 'MRR', 'nDCG@5', 'nDCG@10', 'HR@10', 'coverage', 'diversity'].map((title) => ({ title }));
  return [
    `Simulated site: ${world.items.length} items, ${world.people.length} people, ${world.interactions.length} events; ` +
      `test on the last ${TEST_DAYS} days (${test.cases.length} people, positives + 50 sampled negatives each).`,
    `Hybrid weights, tuned on the ${VALIDATION_DAYS} days before the test period: ${describeWeights(tuned.weights)} ` +
      `(followed topics first); with the follow weight tuned too: ${describeWeights(unconstrained.weights)}.`,
    '',
    formatTable(columns, rows),
  ].join('\n');
}

async function split(world: SimulatedWorld, trainEnd: number, testEnd: number, progress: (line: string) => void) {
  const segmentOf = segmentOfPeople(world.people);
  const follows = new Map(world.people.map((p) => [p.id, p.followedTopicIds]));
  const training = world.interactions.filter((e) => e.at < trainEnd);
  const t0 = Date.now();
  const source = buildMemorySource({ items: world.items, interactions: training, now: trainEnd, segmentOf });
  progress(`built neighbours and popularity from ${training.length} training events (${Date.now() - t0} ms)`);
  const cases: EvalCase[] = buildCases({
    items: world.items,
    interactions: world.interactions,
    trainEnd,
    testEnd,
    followsOf: (id) => follows.get(id) ?? [],
    segmentOf,
    maxCases: 2000,
  });
  const table = scoringTable(cases, await evidenceOf(source, cases));
  progress(`collected evidence for ${cases.length} people`);
  return { source, cases, table };
}
