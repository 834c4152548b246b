// Content similarity: TF-IDF vectors over an item's fields, cosine neighbours through an
// inverted index. The background job keeps one ContentModel in memory: it builds every list
// once (`allContentNeighbours`) and afterwards upserts each published or edited item and asks
// for that item's neighbours only (`contentNeighboursOf`).
//
// Both paths share one definition, so an incremental answer equals a rebuild's (but for
// floating-point rounding: terms may be numbered in another order):
//   idf(t)      = ln(1 + N / df(t)), from the model as it is now;
//   weight(t)   = (1 + ln(field-weighted count)) × idf(t), top `termsPerItem` kept, L2-normalised;
//   candidates  = items sharing one of the query's `candidateTerms` heaviest terms whose df is
//                 at most `maxDocumentFrequency` (a very common term — a big topic's token —
//                 would make every pair a candidate, and light terms rarely decide a match);
//   score       = the exact cosine, computed for the best `rescoreFactor × k` candidates.
import { tokenize } from './tokenize.js';
import { byScoreThenId, kthLargest, topNeighbours } from './top-k.js';
import type { CatalogueItem, Neighbour } from './types.js';

export interface ContentModelOptions {
  /** Terms kept in an item's vector (the rest add little to a cosine and cost memory). */
  termsPerItem?: number;
  /** Distinct raw terms remembered per item (bounds memory for very long bodies). */
  rawTermsPerItem?: number;
  /** Terms found in more items than this do not generate candidates (they still score). */
  maxDocumentFrequency?: number;
  /** How many of an item's heaviest terms look for candidates (all of its terms score). */
  candidateTerms?: number;
}

type ContentText = Pick<CatalogueItem, 'id' | 'title' | 'summary' | 'body' | 'topicIds'>;

/** Why the fields weigh what they do: a title or a topic says more about an item than a body word. */
const FIELD_WEIGHTS = { title: 3, summary: 2, body: 1, topic: 3 } as const;
const RESCORE_FACTOR = 4;

interface SparseVector {
  termIds: Int32Array; // ascending
  weights: Float64Array;
}

export class ContentModel {
  readonly termsPerItem: number;
  readonly rawTermsPerItem: number;
  readonly maxDocumentFrequency: number;
  readonly candidateTerms: number;
  private readonly vocabulary = new Map<string, number>();
  private documentFrequency = new Int32Array(1024);
  /** Field-weighted term counts per item, as sparse vectors (counts in `weights`). */
  private readonly rawTerms = new Map<number, SparseVector>();
  /** term → items holding it; built on the first single-item query, then kept up to date. */
  private postings: number[][] | undefined;

  constructor(items: Iterable<ContentText> = [], options: ContentModelOptions = {}) {
    this.termsPerItem = options.termsPerItem ?? 30;
    this.rawTermsPerItem = options.rawTermsPerItem ?? 120;
    this.maxDocumentFrequency = options.maxDocumentFrequency ?? 1000;
    this.candidateTerms = options.candidateTerms ?? 12;
    for (const item of items) this.upsert(item);
  }

  get size(): number {
    return this.rawTerms.size;
  }

  has(itemId: number): boolean {
    return this.rawTerms.has(itemId);
  }

  /** Adds an item, or replaces its earlier version. */
  upsert(item: ContentText): void {
    this.remove(item.id);
    const raw = this.countTerms(item);
    this.rawTerms.set(item.id, raw);
    for (const termId of raw.termIds) {
      this.documentFrequency[termId] = (this.documentFrequency[termId] ?? 0) + 1;
      this.postings?.[termId]?.push(item.id);
    }
  }

  /** Forgets an item (unpublished or deleted). */
  remove(itemId: number): void {
    const raw = this.rawTerms.get(itemId);
    if (!raw) return;
    this.rawTerms.delete(itemId);
    for (const termId of raw.termIds) {
      this.documentFrequency[termId] = (this.documentFrequency[termId] ?? 1) - 1;
      const list = this.postings?.[termId];
      if (list) list.splice(list.indexOf(itemId), 1);
    }
  }

  /** The item's L2-normalised TF-IDF vector under the current document frequencies. */
  vectorOf(itemId: number): SparseVector | undefined {
    const raw = this.rawTerms.get(itemId);
    if (!raw) return undefined;
    const n = this.rawTerms.size;
    const count = raw.termIds.length;
    // Typed scratch arrays rather than an object per term: a full build computes 100,000 of these.
    const weights = new Float64Array(count);
    for (let i = 0; i < count; i++) {
      const df = Math.max(1, this.documentFrequency[raw.termIds[i] ?? 0] ?? 1);
      weights[i] = (1 + Math.log(raw.weights[i] ?? 1)) * Math.log(1 + n / df);
    }
    let kept = Array.from({ length: count }, (_, i) => i);
    if (count > this.termsPerItem) {
      kept.sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || (raw.termIds[a] ?? 0) - (raw.termIds[b] ?? 0));
      kept = kept.slice(0, this.termsPerItem).sort((a, b) => a - b); // raw terms are in term order
    }
    let norm = 0;
    for (const i of kept) norm += (weights[i] ?? 0) ** 2;
    norm = Math.sqrt(norm) || 1;
    return { termIds: Int32Array.from(kept, (i) => raw.termIds[i] ?? 0), weights: Float64Array.from(kept, (i) => (weights[i] ?? 0) / norm) };
  }

  /** Neighbours of one item already in the model, best first. */
  neighboursOf(itemId: number, k: number): Neighbour[] {
    const query = this.vectorOf(itemId);
    if (!query) return [];
    const postings = this.livePostings();
    const vectors = new Map<number, SparseVector | undefined>();
    const vectorOf = (id: number): SparseVector | undefined => {
      if (!vectors.has(id)) vectors.set(id, this.vectorOf(id));
      return vectors.get(id);
    };
    const partial = new Map<number, number>();
    for (const q of this.searchedTerms(query)) {
      const termId = query.termIds[q] ?? 0;
      const queryWeight = query.weights[q] ?? 0;
      for (const other of postings[termId] ?? []) {
        if (other === itemId) continue;
        const vector = vectorOf(other);
        const weight = vector ? weightOf(vector, termId) : 0;
        if (weight > 0) partial.set(other, (partial.get(other) ?? 0) + queryWeight * weight);
      }
    }
    return rescore(query, Array.from(partial, ([id, score]) => ({ itemId: id, score })), k, vectorOf);
  }

  /** Every item's neighbours in one pass over a compact inverted index (the job's full rebuild). */
  allNeighbours(k: number): Map<number, Neighbour[]> {
    const ids = [...this.rawTerms.keys()].sort((a, b) => a - b);
    const vectors = ids.map((id) => this.vectorOf(id) as SparseVector);
    const index = buildIndex(vectors, this.documentFrequency.length, (termId) => this.generatesCandidates(termId));
    const partial = new Float64Array(ids.length);
    const touched: number[] = [];
    const touchedScores = new Float64Array(ids.length);
    const keep = Math.max(k * RESCORE_FACTOR, 40);
    const docOf = new Map(ids.map((id, doc) => [id, doc]));
    const result = new Map<number, Neighbour[]>();
    vectors.forEach((query, self) => {
      for (const q of this.searchedTerms(query)) {
        const termId = query.termIds[q] ?? 0;
        const queryWeight = query.weights[q] ?? 0;
        for (let p = index.start[termId] ?? 0, end = index.start[termId + 1] ?? 0; p < end; p++) {
          const other = index.docs[p] ?? 0;
          if (other === self) continue;
          if (partial[other] === 0) touched.push(other);
          partial[other] = (partial[other] ?? 0) + queryWeight * (index.weights[p] ?? 0);
        }
      }
      // Objects only for the candidates that can make the cut: thousands per item otherwise.
      let threshold = -Infinity;
      if (touched.length > keep) {
        touched.forEach((doc, i) => (touchedScores[i] = partial[doc] ?? 0));
        threshold = kthLargest(touchedScores.subarray(0, touched.length), keep);
      }
      const scored: Neighbour[] = [];
      for (const doc of touched) {
        if ((partial[doc] ?? 0) >= threshold) scored.push({ itemId: ids[doc] ?? 0, score: partial[doc] ?? 0 });
        partial[doc] = 0;
      }
      touched.length = 0;
      result.set(ids[self] ?? 0, rescore(query, scored, k, (id) => vectors[docOf.get(id) ?? -1]));
    });
    return result;
  }

  private generatesCandidates(termId: number): boolean {
    return (this.documentFrequency[termId] ?? 0) <= this.maxDocumentFrequency;
  }

  /** Positions in the query of its heaviest terms that generate candidates. */
  private searchedTerms(query: SparseVector): number[] {
    const positions: number[] = [];
    query.termIds.forEach((termId, q) => {
      if (this.generatesCandidates(termId)) positions.push(q);
    });
    positions.sort((a, b) => (query.weights[b] ?? 0) - (query.weights[a] ?? 0) || (query.termIds[a] ?? 0) - (query.termIds[b] ?? 0));
    return positions.slice(0, this.candidateTerms);
  }

  private livePostings(): number[][] {
    if (!this.postings) {
      const postings: number[][] = Array.from({ length: this.vocabulary.size }, () => []);
      for (const [itemId, raw] of this.rawTerms) for (const termId of raw.termIds) postings[termId]?.push(itemId);
      this.postings = postings;
    }
    return this.postings;
  }

  private countTerms(item: ContentText): SparseVector {
    const counts = new Map<number, number>();
    const add = (word: string, weight: number): void => {
      const termId = this.termId(word);
      counts.set(termId, (counts.get(termId) ?? 0) + weight);
    };
    for (const word of tokenize(item.title)) add(word, FIELD_WEIGHTS.title);
    for (const word of tokenize(item.summary)) add(word, FIELD_WEIGHTS.summary);
    for (const word of tokenize(item.body)) add(word, FIELD_WEIGHTS.body);
    for (const topicId of item.topicIds) add(`topic:${topicId}`, FIELD_WEIGHTS.topic);
    const kept = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, this.rawTermsPerItem).sort((a, b) => a[0] - b[0]);
    return { termIds: Int32Array.from(kept, ([t]) => t), weights: Float64Array.from(kept, ([, c]) => c) };
  }

  private termId(word: string): number {
    let id = this.vocabulary.get(word);
    if (id === undefined) {
      id = this.vocabulary.size;
      this.vocabulary.set(word, id);
      if (id >= this.documentFrequency.length) {
        const grown = new Int32Array(this.documentFrequency.length * 2);
        grown.set(this.documentFrequency);
        this.documentFrequency = grown;
      }
      this.postings?.push([]);
    }
    return id;
  }
}

/** Builds the neighbour lists of every item in the model (the job's full rebuild). */
export function allContentNeighbours(model: ContentModel, k: number): Map<number, Neighbour[]> {
  return model.allNeighbours(k);
}

/** Upserts a new or edited item into the model and returns its neighbours. */
export function contentNeighboursOf(model: ContentModel, item: ContentText, k: number): Neighbour[] {
  model.upsert(item);
  return model.neighboursOf(item.id, k);
}

/** A compressed inverted index (CSR): term t's postings are docs/weights[start[t] .. start[t+1]). */
function buildIndex(vectors: SparseVector[], termCount: number, isIndexed: (termId: number) => boolean) {
  const start = new Int32Array(termCount + 1);
  for (const v of vectors) for (const termId of v.termIds) if (isIndexed(termId)) start[termId + 1] = (start[termId + 1] ?? 0) + 1;
  for (let t = 0; t < termCount; t++) start[t + 1] = (start[t + 1] ?? 0) + (start[t] ?? 0);
  const fill = start.slice(0, termCount);
  const docs = new Int32Array(start[termCount] ?? 0);
  const weights = new Float64Array(docs.length);
  vectors.forEach((v, doc) => {
    v.termIds.forEach((termId, i) => {
      if (!isIndexed(termId)) return;
      const at = fill[termId] ?? 0;
      docs[at] = doc;
      weights[at] = v.weights[i] ?? 0;
      fill[termId] = at + 1;
    });
  });
  return { start, docs, weights };
}

/** Keeps the best candidates by partial score, then ranks them by their exact cosine. */
function rescore(query: SparseVector, partial: Neighbour[], k: number, vectorOf: (id: number) => SparseVector | undefined): Neighbour[] {
  const best = topNeighbours(partial, Math.max(k * RESCORE_FACTOR, 40));
  const exact: Neighbour[] = [];
  for (const { itemId } of best) {
    const vector = vectorOf(itemId);
    const score = vector ? Math.min(1, dot(query, vector)) : 0;
    if (score > 0) exact.push({ itemId, score });
  }
  return exact.sort(byScoreThenId).slice(0, k);
}

function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.termIds.length && j < b.termIds.length; ) {
    const ta = a.termIds[i] ?? 0;
    const tb = b.termIds[j] ?? 0;
    if (ta === tb) sum += (a.weights[i++] ?? 0) * (b.weights[j++] ?? 0);
    else if (ta < tb) i++;
    else j++;
  }
  return sum;
}

function weightOf(vector: SparseVector, termId: number): number {
  let lo = 0;
  let hi = vector.termIds.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = vector.termIds[mid] ?? 0;
    if (t === termId) return vector.weights[mid] ?? 0;
    if (t < termId) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

