// The ranker's promises, over an in-memory source built by the same engine functions the
// background job runs: follows first, nothing already read, one invitation at most, new items
// found by their content, and something sensible for a visitor.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CollabIndex } from './collab.js';
import { allContentNeighbours, ContentModel } from './content.js';
import { MemorySource } from './eval/memory-source.js';
import { decayedPopularity } from './popularity.js';
import { alsoRead, rank, relatedTo } from './rank.js';
import type { CatalogueItem, Interaction, PersonSignals } from './types.js';

const DAY = 86_400_000;
const NOW = 100 * DAY;
const WORDS: Record<number, string> = { 1: 'nurse retention rota vacancies', 2: 'capital budget deficit funding', 3: 'ransomware phishing cyber passwords' };

function makeItem(id: number, topicId: number, daysAgo: number, membersOnly = false): CatalogueItem {
  const words = WORDS[topicId] ?? '';
  return { id, title: `${words} report ${id}`, summary: words, body: `${words} ${words}`, topicIds: [topicId], publishedAt: NOW - daysAgo * DAY, membersOnly };
}

// Four public items per topic (ids 1–12), two popular members-only items, one brand-new item.
const ITEMS = [
  ...[1, 2, 3].flatMap((topic) => [0, 1, 2, 3].map((n) => makeItem((topic - 1) * 4 + n + 1, topic, 20 + n * 5))),
  makeItem(13, 2, 10, true),
  makeItem(14, 1, 12, true),
];
const BRAND_NEW = makeItem(20, 3, 0.5);

/** Readers 100–129 read items 5, 6, 13 and 14 (finance is popular); readers 200–204 read 9 and 10. */
function events(): Interaction[] {
  const log: Interaction[] = [];
  for (let u = 100; u < 130; u++) for (const itemId of [5, 6, 13, 14]) log.push({ userId: u, itemId, kind: 'read', value: 1, at: NOW - 2 * DAY + u });
  for (let u = 200; u < 205; u++) for (const itemId of [9, 10]) log.push({ userId: u, itemId, kind: 'read', value: 1, at: NOW - 3 * DAY + u });
  return log;
}

function source(items: CatalogueItem[] = [...ITEMS, BRAND_NEW]): MemorySource {
  const collab = new CollabIndex();
  collab.add(events());
  return new MemorySource({
    items,
    neighbours: { content: allContentNeighbours(new ContentModel(items), 10), collab: collab.allNeighbours(10) },
    popularity: decayedPopularity(events(), { now: NOW }),
  });
}

function person(overrides: Partial<PersonSignals> = {}): PersonSignals {
  return { userId: 1, followedTopicIds: [], history: [], excluded: new Set(), segment: undefined, canOpenMembersOnly: true, invitationsShown: new Set(), ...overrides };
}

const options = { now: NOW, limit: 8 };

describe('rank', () => {
  test('someone who follows a topic sees its items first, each for the reason follow', async () => {
    const list = await rank(source(), person({ followedTopicIds: [3] }), options);
    const topicOf = new Map([...ITEMS, BRAND_NEW].map((i) => [i.id, i.topicIds[0]]));
    const followed = list.filter((r) => topicOf.get(r.itemId) === 3);
    assert.ok(followed.length >= 4);
    assert.deepEqual(list.slice(0, followed.length), followed, 'topic 3 items come before any other');
    for (const r of followed) assert.deepEqual(r.reason, { kind: 'follow', topicId: 3 });
  });

  test('an item the person has read leaves their list', async () => {
    const before = await rank(source(), person(), options);
    assert.ok(before.some((r) => r.itemId === 5), 'item 5 is popular enough to be recommended');
    const after = await rank(source(), person({ history: [{ itemId: 5, weight: 1, at: NOW - DAY }], excluded: new Set([5]) }), options);
    assert.ok(!after.some((r) => r.itemId === 5));
  });

  test('a non-member gets at most one members-only item, marked as an invitation, never one shown before', async () => {
    const member = await rank(source(), person(), options);
    assert.ok(member.filter((r) => r.itemId === 13 || r.itemId === 14).length === 2, 'members see both, unmarked');
    assert.ok(member.every((r) => !r.isInvitation));

    const first = await rank(source(), person({ canOpenMembersOnly: false }), options);
    const invitations = first.filter((r) => r.itemId === 13 || r.itemId === 14);
    assert.equal(invitations.length, 1);
    assert.deepEqual(invitations[0]?.reason, { kind: 'invitation' });
    assert.equal(invitations[0]?.isInvitation, true);
    assert.ok(first.filter((r) => r.isInvitation).length === 1);

    const shown = new Set([invitations[0]?.itemId ?? 0]);
    const second = await rank(source(), person({ canOpenMembersOnly: false, invitationsShown: shown }), options);
    assert.ok(!second.some((r) => shown.has(r.itemId)), 'the item already shown as an invitation is not shown again');
    assert.ok(second.filter((r) => r.isInvitation).length <= 1);
    const third = await rank(source(), person({ canOpenMembersOnly: false, invitationsShown: new Set([13, 14]) }), options);
    assert.ok(!third.some((r) => r.itemId === 13 || r.itemId === 14 || r.isInvitation));
  });

  test('a brand-new item nobody has touched is recommended for its likeness to what the person read', async () => {
    const reader = person({ history: [{ itemId: 9, weight: 3, at: NOW - DAY }, { itemId: 10, weight: 1, at: NOW - 2 * DAY }], excluded: new Set([9, 10]) });
    const list = await rank(source(), reader, { ...options, weights: { recency: 0, popularity: 0 } });
    const pick = list.find((r) => r.itemId === BRAND_NEW.id);
    assert.ok(pick, 'the new item is on the list');
    assert.equal(pick.reason.kind, 'similar');
    const without = await rank(source([...ITEMS]), reader, { ...options, weights: { recency: 0, popularity: 0 } });
    assert.ok(!without.some((r) => r.itemId === BRAND_NEW.id));
  });

  test('an anonymous visitor gets popular and recent items', async () => {
    const list = await rank(source(), person({ userId: undefined, canOpenMembersOnly: false }), options);
    assert.ok(list.length > 0);
    const kinds = new Set(list.map((r) => r.reason.kind));
    assert.ok(kinds.has('popular'), `reasons: ${[...kinds].join(', ')}`);
    assert.ok(kinds.has('recent'), `reasons: ${[...kinds].join(', ')}`);
    assert.ok(list.some((r) => r.itemId === BRAND_NEW.id), 'the newest item');
    assert.ok(list.some((r) => r.itemId === 5 || r.itemId === 6), 'a most-read item');
  });

  test('re-ranking for diversity mixes topics into a list that relevance alone fills with one', async () => {
    const reader = person({ history: [{ itemId: 9, weight: 3, at: NOW - DAY }], excluded: new Set([9]) });
    const topicsIn = (list: { itemId: number }[]) => new Set(list.slice(0, 3).map((r) => [...ITEMS, BRAND_NEW].find((i) => i.id === r.itemId)?.topicIds[0]));
    const weights = { popularity: 0.25, recency: 0 };
    const byRelevance = await rank(source(), reader, { ...options, weights, lambda: 1 });
    assert.equal(topicsIn(byRelevance).size, 1, 'the three most relevant are all about the topic read');
    const diversified = await rank(source(), reader, { ...options, weights });
    assert.ok(topicsIn(diversified).size > 1);
  });

  test('the number of source calls does not grow with the history', async () => {
    const short = source();
    await rank(short, person({ history: [{ itemId: 1, weight: 1, at: NOW }], followedTopicIds: [3] }), options);
    const long = source();
    await rank(long, person({ history: ITEMS.map((i) => ({ itemId: i.id, weight: 1, at: NOW - DAY })), followedTopicIds: [1, 2] }), options);
    assert.equal(short.calls, long.calls);
    assert.ok(long.calls <= 7);
  });
});

describe('related lists on an item page', () => {
  test('"Related" lists content neighbours and leaves out what a non-member cannot open', async () => {
    const forMember = await relatedTo(source(), 6, { limit: 10, canOpenMembersOnly: true });
    assert.ok(forMember.some((r) => r.itemId === 13));
    assert.ok(forMember.every((r) => r.reason.kind === 'similar'));
    const forVisitor = await relatedTo(source(), 6, { limit: 10, canOpenMembersOnly: false });
    assert.ok(forVisitor.length > 0 && !forVisitor.some((r) => r.itemId === 13 || r.itemId === 14));
  });

  test('"People who read this also read" lists collaborative neighbours the viewer can open', async () => {
    const forMember = await alsoRead(source(), 5, { limit: 10, canOpenMembersOnly: true });
    assert.deepEqual(new Set(forMember.map((r) => r.itemId)), new Set([6, 13, 14]));
    const forVisitor = await alsoRead(source(), 5, { limit: 10, canOpenMembersOnly: false });
    assert.deepEqual(forVisitor.map((r) => r.itemId), [6]);
  });
});
