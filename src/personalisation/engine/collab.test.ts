// Item-to-item collaborative filtering and popularity on logs small enough to reason about.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CollabIndex } from './collab.js';
import { decayedPopularity } from './popularity.js';
import type { Interaction, InteractionKind } from './types.js';

const DAY = 86_400_000;
let clock = 0;
function event(userId: number, itemId: number, kind: InteractionKind = 'read', value = 1): Interaction {
  return { userId, itemId, kind, value, at: ++clock };
}

/** People 1–3 read items 10 and 11 together; people 4–5 read 20 and 21; person 6 reads 10 and 20. */
function tinyLog(): Interaction[] {
  return [
    ...[1, 2, 3].flatMap((u) => [event(u, 10), event(u, 11)]),
    ...[4, 5].flatMap((u) => [event(u, 20), event(u, 21)]),
    event(6, 10),
    event(6, 20),
  ];
}

describe('collaborative neighbours', () => {
  test('items read by the same people are each other’s best neighbours', () => {
    const index = new CollabIndex();
    index.add(tinyLog());
    const lists = index.neighboursOf([10, 20, 99], 5);
    assert.equal(lists.get(10)?.[0]?.itemId, 11);
    assert.equal(lists.get(20)?.[0]?.itemId, 21);
    assert.deepEqual(lists.get(99), [], 'an item nobody touched has no neighbours');
  });

  test('a pair read together by fewer people than the minimum is not a neighbour', () => {
    const index = new CollabIndex({ minCoOccurrence: 2 });
    index.add(tinyLog());
    // 10 and 20 were read together once (person 6).
    assert.ok(!index.neighboursOf([10], 5).get(10)?.some((n) => n.itemId === 20));
    const lenient = new CollabIndex({ minCoOccurrence: 1 });
    lenient.add(tinyLog());
    assert.ok(lenient.neighboursOf([10], 5).get(10)?.some((n) => n.itemId === 20));
  });

  test('a recommend taken back and a low rating stop counting', () => {
    const index = new CollabIndex({ minCoOccurrence: 1 });
    index.add([event(1, 30, 'recommend'), event(1, 31, 'recommend'), event(2, 30, 'rate', 5), event(2, 31, 'rate', 5)]);
    assert.equal(index.neighboursOf([30], 5).get(30)?.[0]?.itemId, 31);
    const changed = index.add([event(1, 31, 'recommend', -1), event(2, 31, 'rate', 2)]);
    assert.deepEqual([...changed], [31]);
    assert.deepEqual(index.neighboursOf([30], 5).get(30), []);
  });

  test('a person’s oldest item makes way once they pass the cap', () => {
    const index = new CollabIndex({ itemsPerPerson: 2, minCoOccurrence: 1 });
    index.add([event(1, 40), event(1, 41)]);
    const changed = index.add([event(1, 42)]);
    assert.ok(changed.has(40) && changed.has(42));
    assert.deepEqual(index.neighboursOf([40], 5).get(40), []);
    assert.equal(index.neighboursOf([42], 5).get(42)?.[0]?.itemId, 41);
  });

  test('adding events in several batches gives exactly what one rebuild gives', () => {
    const log = [...tinyLog(), event(7, 11), event(7, 21), event(2, 21, 'share'), event(3, 20, 'rate', 4), event(1, 11, 'recommend', -1)];
    const incremental = new CollabIndex({ minCoOccurrence: 1 });
    const changed = new Set<number>();
    for (let i = 0; i < log.length; i += 3) {
      for (const id of incremental.add(log.slice(i, i + 3))) changed.add(id);
      incremental.neighboursOf([10, 11], 5); // read between batches, so stale caches would show
    }
    const rebuilt = new CollabIndex({ minCoOccurrence: 1 });
    rebuilt.add(log);
    assert.deepEqual(incremental.allNeighbours(5), rebuilt.allNeighbours(5));
    assert.deepEqual([...changed].sort(), [10, 11, 20, 21]);
  });
});

describe('popularity', () => {
  test('recent engagement outweighs older engagement of the same size, per segment', () => {
    const now = 30 * DAY;
    const events: Interaction[] = [
      { userId: 1, itemId: 1, kind: 'read', value: 1, at: now - 14 * DAY },
      { userId: 2, itemId: 1, kind: 'read', value: 1, at: now - 14 * DAY },
      { userId: 3, itemId: 2, kind: 'read', value: 1, at: now - DAY },
      { userId: 3, itemId: 3, kind: 'read', value: 1, at: now + DAY }, // after now: ignored
    ];
    const segmentOf = (userId: number) => (userId === 3 ? 'orgtype:Charity' : undefined);
    const popular = decayedPopularity(events, { now, halfLifeDays: 7, segmentOf });
    // Two reads two half-lives ago (2 × 1/4) against one read a seventh of a half-life ago.
    assert.deepEqual(popular.get('all')?.map((n) => n.itemId), [2, 1]);
    assert.equal(popular.get('all')?.[0]?.score, 1);
    assert.ok(Math.abs((popular.get('all')?.[1]?.score ?? 0) - 0.5 / 0.5 ** (1 / 7)) < 1e-9);
    assert.deepEqual(popular.get('orgtype:Charity')?.map((n) => n.itemId), [2]);
  });
});
