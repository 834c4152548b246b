// Who may read what. Every path that shows content (pages, search snippets, feeds,
// sitemap, attachments) asks here rather than checking access levels itself.
import type { AccessLevel } from '../db/schema.js';
import type { Viewer } from '../accounts/viewer.js';

export type ReadAccess = 'full' | 'teaser';

export function readAccess(viewer: Viewer, access: AccessLevel): ReadAccess {
  if (access === 'public') return 'full';
  // Registered and members-only content needs a signed-in reader (see the Members issue).
  void viewer;
  return 'teaser';
}

export function canRead(viewer: Viewer, access: AccessLevel): boolean {
  return readAccess(viewer, access) === 'full';
}

export const ACCESS_LABELS: Record<AccessLevel, string | undefined> = {
  public: undefined,
  registered: 'Registered users',
  members: 'Members only',
};
