// Who may comment where, and who moderates. Pure functions: the service and views both ask here.
import type { Viewer } from '../accounts/viewer.js';
import type { CommentSetting } from '../db/schema.js';
import type { CommentPolicy } from '../site/settings.js';

/** How long after posting a person may still change their comment. */
export const EDIT_WINDOW_MS = 15 * 60 * 1000;
export const MAX_COMMENT_LENGTH = 5000;
export const MAX_REPORT_REASON_LENGTH = 500;

/** Who may comment on one item: its own setting, or the site's policy when it says "default". */
export function effectiveCommentPolicy(itemSetting: CommentSetting, sitePolicy: CommentPolicy): CommentPolicy {
  if (itemSetting === 'closed') return 'closed';
  if (itemSetting === 'open') return 'verified';
  return sitePolicy;
}

export type CommentRefusal = 'closed' | 'cannot-read' | 'anonymous' | 'unverified' | 'not-member' | 'suspended';

/** Why this viewer may not comment on this item, or undefined when they may. */
export function commentRefusal(viewer: Viewer, options: { policy: CommentPolicy; canRead: boolean; isSuspended: boolean }): CommentRefusal | undefined {
  if (options.policy === 'closed') return 'closed';
  if (!options.canRead) return 'cannot-read';
  if (viewer.kind !== 'user') return 'anonymous';
  if (!viewer.isEmailVerified) return 'unverified';
  if (options.policy === 'members' && !viewer.membership) return 'not-member';
  if (options.isSuspended) return 'suspended';
  return undefined;
}

export const REFUSAL_MESSAGES: Record<CommentRefusal, string> = {
  closed: 'Comments are closed on this item.',
  'cannot-read': 'You cannot comment on an item you cannot open.',
  anonymous: 'Log in to comment.',
  unverified: 'Please confirm your email address before commenting.',
  'not-member': 'Comments on this item are for people at member organisations.',
  suspended: 'A moderator has stopped you commenting for now.',
};

/** Editors and admins moderate; their own comments never wait for approval. */
export function isModerator(viewer: Viewer): boolean {
  return viewer.kind === 'user' && (viewer.role === 'editor' || viewer.role === 'admin');
}

export function isWithinEditWindow(createdAt: string, now: Date): boolean {
  return now.getTime() - new Date(createdAt).getTime() < EDIT_WINDOW_MS;
}
