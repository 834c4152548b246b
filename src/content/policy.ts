// Who may read what. Every path that shows content (pages, search snippets, feeds,
// sitemap, attachments) asks here rather than checking access levels itself.
import type { AccessLevel } from '../db/schema.js';
import type { Viewer } from '../accounts/viewer.js';

export type ReadAccess = 'full' | 'teaser';

/**
 * Public items are for everyone; registered items for signed-in people with a confirmed
 * address; members items for people of an active member organisation.
 */
export function readAccess(viewer: Viewer, access: AccessLevel): ReadAccess {
  if (access === 'public') return 'full';
  if (viewer.kind !== 'user' || !viewer.isEmailVerified) return 'teaser';
  if (access === 'registered') return 'full';
  return viewer.membership ? 'full' : 'teaser';
}

export function canRead(viewer: Viewer, access: AccessLevel): boolean {
  return readAccess(viewer, access) === 'full';
}

export const ACCESS_LABELS: Record<AccessLevel, string | undefined> = {
  public: undefined,
  registered: 'Registered users',
  members: 'Members only',
};
