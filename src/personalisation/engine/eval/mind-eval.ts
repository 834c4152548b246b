// `npm run eval:recs -- --mind DIR`: scores every impression of a MIND-format dataset with each
// model, as the MIND leaderboard does (mean AUC, MRR, nDCG@5, nDCG@10 over impressions).
//
// No leakage: impressions are replayed in time order, an hour at a time. Before an hour is
// scored, the models know the users' click histories (which precede the log) and the clicks of
// earlier hours only: collaborative neighbours are updated incrementally from those clicks
// (CollabIndex.add, then neighboursOf the changed items — the background job's own path), and
// popularity is recomputed. A person's history also gains their clicks in earlier impressions.
// An item's publication time is when it was first shown in any impression.
import { CollabIndex } from '../collab.js';
import { allContentNeighbours, ContentModel } from '../content.js';
import { decayedPopularity } from '../popularity.js';
import { collectEvidence, DEFAULT_WEIGHTS, type CandidateEvidence, type Weights } from '../signals.js';
import type { CatalogueItem, Interaction } from '../types.js';
import { MemorySource } from './memory-source.js';
import { readMind, type MindImpression, type MindNews } from './mind.js';
import { accuracyOf, scoringTable, type Accuracy, type EvalCase, type ScoringTable } from './offline.js';
import { BASELINES, describeWeights, formatTable } from './report.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NEIGHBOURS = 50;
/** News ages in hours, not weeks: popularity halves daily (chosen a priori, not tuned on MIND). */
const POPULARITY_HALF_LIFE_DAYS = 1;

export interface MindScores {
  impressions: number;
  rows: { name: string; accuracy: Accuracy }[];
}

export async function evaluateMind(dir: string, progress: (line: string) => void): Promise<string> {
  const { news, impressions } = readMind(dir);
  progress(`read ${news.size} news and ${impressions.length} impressions from ${dir}`);
  const scores = await scoreMind(news, impressions, progress);
  const columns = ['AUC', 'MRR', 'nDCG@5', 'nDCG@10'].map((title) => ({ title }));
  return [
    `MIND-format data in ${dir}: ${scores.impressions} impressions scored; hybrid weights ${describeWeights(DEFAULT_WEIGHTS)} (tuned on the simulation).`,
    '',
    formatTable(columns, scores.rows.map((r) => ({ name: r.name, values: [r.accuracy.auc, r.accuracy.mrr, r.accuracy.ndcg5, r.accuracy.ndcg10] }))),
  ].join('\n');
}

export async function scoreMind(news: ReadonlyMap<string, MindNews>, impressions: readonly MindImpression[], progress: (line: string) => void = () => {}): Promise<MindScores> {
  const ordered = [...impressions].sort((a, b) => a.time - b.time || a.line - b.line);
  const firstTime = ordered[0]?.time ?? 0;
  const itemIds = new Map([...news.keys()].map((id, i) => [id, i + 1]));
  const itemOf = (newsId: string): number => itemIds.get(newsId) ?? 0;
  const items = catalogue(news, ordered, itemOf, firstTime - 30 * DAY);
  const content = allContentNeighbours(new ContentModel(items), NEIGHBOURS);
  progress(`content neighbours of ${items.length} news`);

  const userIds = new Map<string, number>();
  const userOf = (id: string): number => userIds.get(id) ?? userIds.set(id, userIds.size + 1).get(id) ?? 0;
  const collab = new CollabIndex();
  const historyAt = firstTime - DAY;
  const pastClicks = new Map<number, { itemId: number; at: number }[]>();
  for (const impression of ordered) {
    const userId = userOf(impression.userId);
    if (pastClicks.has(userId)) continue;
    const history = impression.history.map((id) => ({ itemId: itemOf(id), at: historyAt }));
    pastClicks.set(userId, history);
    collab.add(history.map((h) => ({ userId, itemId: h.itemId, kind: 'read', value: 1, at: h.at })));
  }
  const collabLists = collab.allNeighbours(NEIGHBOURS);
  const clickLog: Interaction[] = [];
  const table: ScoringTable = { rows: [] };

  for (let from = 0; from < ordered.length; ) {
    const hourEnd = Math.floor((ordered[from]?.time ?? 0) / HOUR) * HOUR + HOUR;
    let to = from;
    while (to < ordered.length && (ordered[to]?.time ?? 0) < hourEnd) to++;
    const batch = ordered.slice(from, to);
    const batchStart = batch[0]?.time ?? 0;
    const source = new MemorySource({
      items,
      neighbours: { content, collab: collabLists },
      popularity: decayedPopularity(clickLog, { now: batchStart, halfLifeDays: POPULARITY_HALF_LIFE_DAYS, limit: 1000 }),
    });
    const cases: EvalCase[] = [];
    const evidence: CandidateEvidence[][] = [];
    const newClicks: Interaction[] = [];
    for (const impression of batch) {
      const userId = userOf(impression.userId);
      const clicks = pastClicks.get(userId) ?? [];
      const candidateIds = impression.candidates.map((c) => itemOf(c.newsId));
      const evalCase: EvalCase = {
        now: impression.time,
        candidateIds,
        positives: new Set(impression.candidates.filter((c) => c.isClicked).map((c) => itemOf(c.newsId))),
        person: {
          userId,
          followedTopicIds: [],
          history: clicks.filter((c) => c.at < impression.time).slice(-50).reverse().map((c) => ({ ...c, weight: 1 })),
          excluded: new Set(),
          segment: undefined,
          canOpenMembersOnly: true,
          invitationsShown: new Set(),
        },
      };
      cases.push(evalCase);
      evidence.push(await collectEvidence(source.at(impression.time), evalCase.person, { now: impression.time, candidateIds, popularDepth: 1000 }));
      for (const itemId of evalCase.positives) {
        clicks.push({ itemId, at: impression.time });
        newClicks.push({ userId, itemId, kind: 'read', value: 1, at: impression.time });
      }
    }
    table.rows.push(...scoringTable(cases, evidence).rows);
    clickLog.push(...newClicks);
    for (const [itemId, list] of collab.neighboursOf(collab.add(newClicks), NEIGHBOURS)) collabLists.set(itemId, list);
    from = to;
    if (table.rows.length % 5000 < batch.length) progress(`scored ${table.rows.length} of ${ordered.length} impressions`);
  }
  const models: { name: string; weights: Weights }[] = [...BASELINES, { name: 'hybrid', weights: DEFAULT_WEIGHTS }];
  return { impressions: table.rows.length, rows: models.map((m) => ({ name: m.name, accuracy: accuracyOf(table, m.weights) })) };
}

/** News as catalogue items: category and subcategory become topics; published when first shown. */
function catalogue(news: ReadonlyMap<string, MindNews>, ordered: readonly MindImpression[], itemOf: (id: string) => number, before: number): CatalogueItem[] {
  const firstShown = new Map<string, number>();
  for (const impression of ordered) for (const c of impression.candidates) if (!firstShown.has(c.newsId)) firstShown.set(c.newsId, impression.time);
  const topicIds = new Map<string, number>();
  const topicOf = (name: string): number => topicIds.get(name) ?? topicIds.set(name, topicIds.size + 1).get(name) ?? 0;
  return [...news.values()].map((n) => ({
    id: itemOf(n.id),
    title: n.title,
    summary: n.abstract,
    body: '',
    topicIds: [topicOf(`category:${n.category}`), topicOf(`subcategory:${n.subcategory}`)],
    publishedAt: firstShown.get(n.id) ?? before,
    membersOnly: false,
  }));
}
