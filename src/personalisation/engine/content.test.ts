// Content similarity: the tokenizer, neighbours that are obviously alike, and incremental
// upserts that give exactly what a rebuild of the model gives.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { allContentNeighbours, ContentModel, contentNeighboursOf } from './content.js';
import { tokenize } from './tokenize.js';
import type { CatalogueItem, Neighbour } from './types.js';

/** Same items in the same order; scores equal but for rounding (term ids may be numbered differently). */
function assertSameNeighbours(actual: Neighbour[] | undefined, expected: Neighbour[] | undefined): void {
  assert.deepEqual(actual?.map((n) => n.itemId), expected?.map((n) => n.itemId));
  actual?.forEach((n, i) => assert.ok(Math.abs(n.score - (expected?.[i]?.score ?? 0)) < 1e-12, `score of ${n.itemId}`));
}

function item(id: number, title: string, body: string, topicIds: number[] = []): CatalogueItem {
  return { id, title, summary: '', body, topicIds, publishedAt: 0, membersOnly: false };
}

const CATALOGUE = [
  item(1, 'Nurse retention in acute trusts', 'Retention of nurses falls as vacancies rise across acute trusts.', [1]),
  item(2, 'Retaining nurses: what acute trusts tried', 'Flexible rotas help retention of nurses in acute hospitals.', [1]),
  item(3, 'Capital budgets for hospital estates', 'Capital funding for roofs, boilers and ventilation repairs.', [2]),
  item(4, 'Estates backlog and capital funding', 'The maintenance backlog grows while capital budgets shrink.', [2]),
  item(5, 'Cyber security after the ransomware attack', 'Passwords, phishing drills and backups after ransomware.', [3]),
  item(6, 'Ransomware: lessons for cyber security teams', 'Phishing, passwords and tested backups stop ransomware.', [3]),
];

describe('tokenizer', () => {
  test('keeps content words, lower-cased and stemmed, without markup, links or stop words', () => {
    const words = tokenize('The **Nurses** are [planning](https://example.org/x) reports: see https://example.org and <b>studies</b> from 2024 in 12 wards');
    assert.deepEqual(words, ['nurse', 'plan', 'report', 'see', 'study', '2024', 'ward']);
  });
});

describe('content neighbours', () => {
  test('each item’s nearest neighbour is the one about the same thing', () => {
    const lists = allContentNeighbours(new ContentModel(CATALOGUE), 3);
    const nearest = (id: number) => lists.get(id)?.[0]?.itemId;
    assert.deepEqual([1, 2, 3, 4, 5, 6].map(nearest), [2, 1, 4, 3, 6, 5]);
    for (const list of lists.values()) for (const n of list) assert.ok(n.score > 0 && n.score <= 1);
  });

  test('an item is never its own neighbour, and unrelated items are not neighbours at all', () => {
    const lists = allContentNeighbours(new ContentModel(CATALOGUE), 10);
    assert.ok(!lists.get(5)?.some((n) => n.itemId === 5));
    assert.ok(!lists.get(5)?.some((n) => n.itemId === 1), 'ransomware and nurse retention share no word');
  });

  test('a new item upserted into the model gets the same neighbours as a rebuild gives it', () => {
    const fresh = item(7, 'Ransomware drills for security teams', 'Phishing drills and passwords.', [3]);
    const model = new ContentModel(CATALOGUE);
    model.neighboursOf(1, 3); // builds the live index before the upsert, so the upsert must maintain it
    const incremental = contentNeighboursOf(model, fresh, 3);
    const rebuilt = allContentNeighbours(new ContentModel([...CATALOGUE, fresh]), 3);
    assertSameNeighbours(incremental, rebuilt.get(7));
    assert.equal(incremental[0]?.itemId, 6);
    // Every other item's list agrees with the rebuild too.
    for (const id of [1, 3, 5]) assertSameNeighbours(model.neighboursOf(id, 3), rebuilt.get(id));
  });

  test('an edited item is replaced, and a removed one is forgotten', () => {
    const model = new ContentModel(CATALOGUE);
    model.neighboursOf(3, 3);
    model.upsert(item(3, 'Ransomware recovery', 'Backups and phishing training after ransomware.', [3]));
    const rebuilt = allContentNeighbours(new ContentModel(CATALOGUE.map((i) => (i.id === 3 ? item(3, 'Ransomware recovery', 'Backups and phishing training after ransomware.', [3]) : i))), 3);
    assertSameNeighbours(model.neighboursOf(3, 3), rebuilt.get(3));
    assert.ok(!model.neighboursOf(4, 3).some((n) => n.itemId === 3), 'the old estates text no longer matches');
    model.remove(6);
    assert.equal(model.has(6), false);
    assert.ok(!model.neighboursOf(5, 3).some((n) => n.itemId === 6));
  });

  test('a very common term does not generate candidates, but still counts in the score', () => {
    const model = new ContentModel(CATALOGUE, { maxDocumentFrequency: 1 });
    // Every shared word is in two items (df 2 > 1): no candidates at all.
    assert.deepEqual(model.neighboursOf(1, 3), []);
  });
});
