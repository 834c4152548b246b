// Item-to-item collaborative filtering over engagement events ("people who read this also
// read"). Each (person, item) pair carries a weight from what the person did with the item;
// two items are similar by the cosine of their person-weight columns, which — unlike raw
// co-occurrence counts — does not make the most popular items everyone's neighbour.
//
// The background job keeps one CollabIndex in memory: `add` appends the events since the last
// one it read and says which items changed; `neighboursOf` recomputes lists from the current
// data, so asking after several `add`s gives exactly what a rebuild from all events gives.
// Storage is per-person typed arrays plus a compact item → people index rebuilt lazily, so
// millions of events fit in a few hundred MB.
import { topNeighbours } from './top-k.js';
import type { Interaction, Neighbour } from './types.js';

/**
 * What each kind of engagement says about liking an item: a rating of 3 or less says nothing,
 * a read to the end (a read's value 2) a little more than opening it.
 */
export const ENGAGEMENT_WEIGHTS = { read: 1, readToEnd: 1, highRating: 2, recommend: 3, share: 3, comment: 2, gift: 2 } as const;

const READ = 1;
const RATED_HIGH = 2;
const RECOMMENDED = 4;
const SHARED = 8;
const COMMENTED = 16;
const GIFTED = 32;
const READ_TO_END = 64;

/** A pair's weight for each combination of the flags above. */
const PAIR_WEIGHT = Float64Array.from({ length: 128 }, (_, flags) => {
  const w = ENGAGEMENT_WEIGHTS;
  return (flags & READ ? w.read : 0) + (flags & READ_TO_END ? w.readToEnd : 0) + (flags & RATED_HIGH ? w.highRating : 0) + (flags & RECOMMENDED ? w.recommend : 0) +
    (flags & SHARED ? w.share : 0) + (flags & COMMENTED ? w.comment : 0) + (flags & GIFTED ? w.gift : 0);
});

/** The weight one event gives its (person, item) pair on its own: used by popularity too. */
export function interactionWeight(event: Pick<Interaction, 'kind' | 'value'>): number {
  return PAIR_WEIGHT[applyEvent(0, event)] ?? 0;
}

function applyEvent(flags: number, event: Pick<Interaction, 'kind' | 'value'>): number {
  switch (event.kind) {
    case 'read': return flags | READ | (event.value >= 2 ? READ_TO_END : 0);
    case 'rate': return event.value >= 4 ? flags | RATED_HIGH : flags & ~RATED_HIGH;
    case 'recommend': return event.value > 0 ? flags | RECOMMENDED : flags & ~RECOMMENDED;
    case 'share': return flags | SHARED;
    case 'comment': return flags | COMMENTED;
    case 'gift': return flags | GIFTED;
  }
}

export interface CollabOptions {
  /** Items remembered per person (the most recent); a heavy reader says less per item. */
  itemsPerPerson?: number;
  /** Pairs of items read together by fewer people than this are not neighbours (noise). */
  minCoOccurrence?: number;
}

/** One person's recent items, as parallel arrays over `count` slots. */
interface PersonRow {
  items: Int32Array; // dense item indexes
  flags: Uint8Array;
  lastAt: Float64Array;
  count: number;
}

export class CollabIndex {
  readonly itemsPerPerson: number;
  readonly minCoOccurrence: number;
  private readonly people = new Map<number, PersonRow>();
  private readonly itemIndex = new Map<number, number>();
  private readonly itemIds: number[] = [];
  /** item → people (CSR), rebuilt on the next query after any change. */
  private columns: { start: Int32Array; rows: PersonRow[]; slots: Int32Array; norms: Float64Array } | undefined;

  constructor(options: CollabOptions = {}) {
    this.itemsPerPerson = options.itemsPerPerson ?? 200;
    this.minCoOccurrence = options.minCoOccurrence ?? 2;
  }

  get itemCount(): number {
    return this.itemIds.length;
  }

  get personCount(): number {
    return this.people.size;
  }

  /** Appends events (in time order) and returns the ids of items whose columns changed. */
  add(events: Iterable<Interaction>): Set<number> {
    const changed = new Set<number>();
    for (const event of events) {
      const item = this.itemSlot(event.itemId);
      const row = this.rowOf(event.userId);
      let slot = slotOf(row, item);
      const before = slot >= 0 ? row.flags[slot] ?? 0 : 0;
      const after = applyEvent(before, event);
      if (slot < 0) {
        if (after === 0) continue;
        slot = this.appendSlot(row, item, changed);
      }
      row.flags[slot] = after;
      row.lastAt[slot] = Math.max(row.lastAt[slot] ?? 0, event.at);
      if (after !== before) changed.add(event.itemId);
    }
    if (changed.size > 0) this.columns = undefined;
    return changed;
  }

  /** Each item's k most similar items, best first (items never seen get an empty list). */
  neighboursOf(itemIds: Iterable<number>, k: number): Map<number, Neighbour[]> {
    const columns = this.ensureColumns();
    const dot = new Float64Array(this.itemIds.length);
    const together = new Int32Array(this.itemIds.length);
    const touched: number[] = [];
    const result = new Map<number, Neighbour[]>();
    for (const itemId of itemIds) {
      const item = this.itemIndex.get(itemId);
      if (item === undefined) {
        result.set(itemId, []);
        continue;
      }
      for (let p = columns.start[item] ?? 0, end = columns.start[item + 1] ?? 0; p < end; p++) {
        const row = columns.rows[p] as PersonRow;
        const weight = PAIR_WEIGHT[row.flags[columns.slots[p] ?? 0] ?? 0] ?? 0;
        if (weight === 0) continue; // a recommend taken back, and nothing else: no evidence
        for (let s = 0; s < row.count; s++) {
          const other = row.items[s] ?? 0;
          const otherWeight = PAIR_WEIGHT[row.flags[s] ?? 0] ?? 0;
          if (other === item || otherWeight === 0) continue;
          if (together[other] === 0) touched.push(other);
          together[other] = (together[other] ?? 0) + 1;
          dot[other] = (dot[other] ?? 0) + weight * otherWeight;
        }
      }
      const candidates: Neighbour[] = [];
      const norm = columns.norms[item] ?? 1;
      for (const other of touched) {
        if ((together[other] ?? 0) >= this.minCoOccurrence) {
          candidates.push({ itemId: this.itemIds[other] ?? 0, score: Math.min(1, (dot[other] ?? 0) / (norm * (columns.norms[other] ?? 1))) });
        }
        dot[other] = 0;
        together[other] = 0;
      }
      touched.length = 0;
      result.set(itemId, topNeighbours(candidates, k));
    }
    return result;
  }

  /** Every item's neighbours (the job's first run, or a periodic rebuild). */
  allNeighbours(k: number): Map<number, Neighbour[]> {
    return this.neighboursOf(this.itemIds, k);
  }

  private rowOf(userId: number): PersonRow {
    let row = this.people.get(userId);
    if (!row) {
      const capacity = Math.min(8, this.itemsPerPerson);
      row = { items: new Int32Array(capacity), flags: new Uint8Array(capacity), lastAt: new Float64Array(capacity), count: 0 };
      this.people.set(userId, row);
    }
    return row;
  }

  /** A slot for a new item in the row: grows it, or reuses the least recent item's slot at the cap. */
  private appendSlot(row: PersonRow, item: number, changed: Set<number>): number {
    let slot = row.count;
    if (row.count >= this.itemsPerPerson) {
      slot = 0;
      for (let s = 1; s < row.count; s++) if ((row.lastAt[s] ?? 0) < (row.lastAt[slot] ?? 0)) slot = s;
      changed.add(this.itemIds[row.items[slot] ?? 0] ?? 0);
      // Shift so slots stay in first-seen order, which keeps sums in the same order as a rebuild's.
      row.items.copyWithin(slot, slot + 1, row.count);
      row.flags.copyWithin(slot, slot + 1, row.count);
      row.lastAt.copyWithin(slot, slot + 1, row.count);
      slot = row.count - 1;
    } else {
      if (row.count === row.items.length) grow(row, Math.min(this.itemsPerPerson, row.items.length * 2));
      row.count++;
    }
    row.items[slot] = item;
    row.flags[slot] = 0;
    row.lastAt[slot] = 0;
    return slot;
  }

  private itemSlot(itemId: number): number {
    let item = this.itemIndex.get(itemId);
    if (item === undefined) {
      item = this.itemIds.length;
      this.itemIds.push(itemId);
      this.itemIndex.set(itemId, item);
    }
    return item;
  }

  private ensureColumns() {
    if (this.columns) return this.columns;
    const itemCount = this.itemIds.length;
    const start = new Int32Array(itemCount + 1);
    for (const row of this.people.values()) for (let s = 0; s < row.count; s++) { const at = (row.items[s] ?? 0) + 1; start[at] = (start[at] ?? 0) + 1; }
    for (let i = 0; i < itemCount; i++) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
    const fill = start.slice(0, itemCount);
    const rows: PersonRow[] = new Array<PersonRow>(start[itemCount] ?? 0);
    const slots = new Int32Array(rows.length);
    const norms = new Float64Array(itemCount);
    for (const row of this.people.values()) {
      for (let s = 0; s < row.count; s++) {
        const item = row.items[s] ?? 0;
        const at = fill[item] ?? 0;
        rows[at] = row;
        slots[at] = s;
        fill[item] = at + 1;
        const weight = PAIR_WEIGHT[row.flags[s] ?? 0] ?? 0;
        norms[item] = (norms[item] ?? 0) + weight * weight;
      }
    }
    for (let i = 0; i < itemCount; i++) norms[i] = Math.sqrt(norms[i] ?? 0) || 1;
    this.columns = { start, rows, slots, norms };
    return this.columns;
  }
}

/** The row's slot holding `item`, or -1 (a plain scan: rows hold at most a few hundred items). */
function slotOf(row: PersonRow, item: number): number {
  for (let s = 0; s < row.count; s++) if (row.items[s] === item) return s;
  return -1;
}

function grow(row: PersonRow, capacity: number): void {
  const items = new Int32Array(capacity);
  items.set(row.items);
  const flags = new Uint8Array(capacity);
  flags.set(row.flags);
  const lastAt = new Float64Array(capacity);
  lastAt.set(row.lastAt);
  Object.assign(row, { items, flags, lastAt });
}
