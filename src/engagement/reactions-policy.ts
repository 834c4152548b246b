// Who may rate and recommend an item: a signed-in person with a confirmed address who can
// open the item. Everyone, visitors included, sees the public counts.
import type { Viewer } from '../accounts/viewer.js';
import type { AccessLevel } from '../db/schema.js';
import { canRead } from '../content/policy.js';

/** 'yes', or what stands in the way (and so which way in to offer). */
export type ReactionAccess = 'yes' | 'log-in' | 'confirm' | 'no-access';

export function reactionAccess(viewer: Viewer, access: AccessLevel): ReactionAccess {
  if (viewer.kind !== 'user') return 'log-in';
  if (!viewer.isEmailVerified) return 'confirm';
  return canRead(viewer, access) ? 'yes' : 'no-access';
}

export const REFUSALS: Record<Exclude<ReactionAccess, 'yes'>, string> = {
  'log-in': 'Please log in to rate or recommend.',
  confirm: 'Please confirm your email address before rating or recommending. You can ask for a new link on your account page.',
  'no-access': 'Only people who can open this item can rate or recommend it. It is for people at member organisations.',
};
