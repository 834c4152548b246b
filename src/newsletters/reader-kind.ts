// What a recipient can open, in the three steps the access levels have (content/policy.ts):
// a visitor (an address with no account), a registered person, a member.
import type { AccessLevel } from '../db/schema.js';
import type { Viewer } from '../accounts/viewer.js';
import { canRead } from '../content/policy.js';

export type ReaderKind = 'visitor' | 'registered' | 'member';

export const READER_KINDS: readonly ReaderKind[] = ['visitor', 'registered', 'member'];

export function readerKindOf(viewer: Viewer): ReaderKind {
  if (canRead(viewer, 'members')) return 'member';
  if (canRead(viewer, 'registered')) return 'registered';
  return 'visitor';
}

export function canKindRead(reader: ReaderKind, access: AccessLevel): boolean {
  if (access === 'public') return true;
  if (access === 'registered') return reader !== 'visitor';
  return reader === 'member';
}
