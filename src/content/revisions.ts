// Revisions: every editor save keeps a full copy of the editable fields (a snapshot), so any
// two can be compared as a readable diff and any one restored. Stored as JSON text.
import { diffLines, diffWords } from 'diff';
import type { AccessLevel, CommentSetting, ItemRevisionRow } from '../db/schema.js';

export interface Snapshot {
  slug: string;
  title: string;
  summary: string;
  bodyMarkdown: string;
  access: AccessLevel;
  comments: CommentSetting;
  heroImage: string | null;
  heroAlt: string | null;
  eventStart: string | null;
  eventEnd: string | null;
  venue: string | null;
  onlineUrl: string | null;
  topicIds: number[];
  authorIds: number[];
}

export function parseSnapshot(row: ItemRevisionRow): Snapshot {
  return JSON.parse(row.snapshot) as Snapshot;
}

export interface DiffPart {
  text: string;
  change: 'added' | 'removed' | 'same';
}

export interface FieldDiff {
  label: string;
  parts: DiffPart[];
  isChanged: boolean;
}

function parts(changes: { value: string; added?: boolean; removed?: boolean }[]): DiffPart[] {
  return changes.map((c) => ({ text: c.value, change: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
}

/** Field by field: words for short fields, lines for the body. Names stand in for ids. */
export function compareSnapshots(older: Snapshot, newer: Snapshot, names: { topic: (id: number) => string; author: (id: number) => string }): FieldDiff[] {
  const short: [string, string, string][] = [
    ['Title', older.title, newer.title],
    ['Slug', older.slug, newer.slug],
    ['Summary', older.summary, newer.summary],
    ['Access', older.access, newer.access],
    ['Comments', older.comments, newer.comments],
    ['Topics', older.topicIds.map(names.topic).join(', '), newer.topicIds.map(names.topic).join(', ')],
    ['Authors', older.authorIds.map(names.author).join(', '), newer.authorIds.map(names.author).join(', ')],
    ['Hero image alt text', older.heroAlt ?? '', newer.heroAlt ?? ''],
    ['Hero image', older.heroImage ?? '(none)', newer.heroImage ?? '(none)'],
    ['Event start', older.eventStart ?? '', newer.eventStart ?? ''],
    ['Event end', older.eventEnd ?? '', newer.eventEnd ?? ''],
    ['Venue', older.venue ?? '', newer.venue ?? ''],
    ['Online link', older.onlineUrl ?? '', newer.onlineUrl ?? ''],
  ];
  const fields: FieldDiff[] = short.map(([label, a, b]) => ({ label, parts: parts(diffWords(a, b)), isChanged: a !== b }));
  fields.push({ label: 'Body', parts: parts(diffLines(older.bodyMarkdown, newer.bodyMarkdown)), isChanged: older.bodyMarkdown !== newer.bodyMarkdown });
  return fields;
}
