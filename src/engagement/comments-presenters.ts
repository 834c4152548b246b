// Rows → the thread a viewer sees. Only names, times and sanitised bodies leave here; the
// per-person flags (own, may edit, reported) are all false for a visitor, so the anonymous
// page that is cached and shared shows nothing about anyone in particular.
import type { Viewer } from '../accounts/viewer.js';
import { formatDate, formatTime } from '../platform/dates.js';
import { isWithinEditWindow, type CommentRefusal } from './comments-policy.js';
import type { CommentWithAuthor } from './comments-repo.js';

export type ThreadSort = 'oldest' | 'newest';

export interface CommentView {
  id: number;
  anchor: string;
  authorName: string;
  createdIso: string;
  createdLabel: string;
  isEdited: boolean;
  /** 'removed': deleted or rejected, shown only as a placeholder because replies hang from it. */
  state: 'visible' | 'held' | 'removed';
  /** Sanitised at save (platform/markdown.ts); empty when removed. */
  bodyHtml: string;
  isOwn: boolean;
  canEdit: boolean;
  canReport: boolean;
  hasReported: boolean;
  canReply: boolean;
  replies: CommentView[];
}

export interface CommentThread {
  itemPath: string;
  sort: ThreadSort;
  /** Visible comments and replies: the same number for everyone. */
  count: number;
  comments: CommentView[];
  /** Why this viewer cannot comment; undefined when they can. */
  refusal: CommentRefusal | undefined;
}

export function presentThread(input: { rows: CommentWithAuthor[]; viewer: Viewer; refusal: CommentRefusal | undefined; sort: ThreadSort; reported: Set<number>; now: Date; itemPath: string }): CommentThread {
  const { rows, viewer, refusal, reported, now } = input;
  const viewerId = viewer.kind === 'user' ? viewer.id : undefined;
  const isConfirmed = viewer.kind === 'user' && viewer.isEmailVerified;
  const isShown = (row: CommentWithAuthor) => row.status === 'visible' || (row.status === 'held' && row.user_id === viewerId);
  const present = (row: CommentWithAuthor, replies: CommentView[]): CommentView => {
    const isOwn = row.user_id === viewerId;
    const state = row.status === 'visible' ? 'visible' : row.status === 'held' ? 'held' : 'removed';
    return {
      id: row.id,
      anchor: `comment-${row.id}`,
      authorName: state === 'removed' ? '' : row.author_name,
      createdIso: row.created_at,
      createdLabel: `${formatDate(row.created_at)}, ${formatTime(row.created_at)}`,
      isEdited: row.edited_at !== null,
      state,
      bodyHtml: state === 'removed' ? '' : row.body_html,
      isOwn,
      canEdit: isOwn && state !== 'removed' && isWithinEditWindow(row.created_at, now),
      canReport: isConfirmed && !isOwn && state === 'visible',
      hasReported: reported.has(row.id),
      canReply: refusal === undefined && row.parent_id === null && state === 'visible',
      replies,
    };
  };
  const repliesByParent = new Map<number, CommentWithAuthor[]>();
  for (const row of rows) if (row.parent_id !== null && isShown(row)) repliesByParent.set(row.parent_id, [...(repliesByParent.get(row.parent_id) ?? []), row]);
  const topLevel = rows
    .filter((row) => row.parent_id === null)
    .filter((row) => isShown(row) || (repliesByParent.get(row.id)?.length ?? 0) > 0)
    .map((row) => present(row, (repliesByParent.get(row.id) ?? []).map((reply) => present(reply, []))));
  if (input.sort === 'newest') topLevel.reverse();
  return { itemPath: input.itemPath, sort: input.sort, count: rows.filter((r) => r.status === 'visible').length, comments: topLevel, refusal };
}
