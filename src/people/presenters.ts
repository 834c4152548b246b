// Rows to view models for the people screens: what an admin may see about a person, and
// nothing else (no password hash, no session id hashes or CSRF tokens).
import type { AccountStatus } from '../accounts/repo.js';
import type { Role, SessionRow, UserRow } from '../db/schema.js';
import { formatDate, formatTime } from '../platform/dates.js';
import { ROLE_LABELS, type PersonDetails, type PersonWithMembership } from './service.js';

export const STATUS_LABELS: Record<AccountStatus, string> = { active: 'Active', suspended: 'Suspended', unverified: 'Address not confirmed' };

export interface PersonRowView {
  id: number;
  path: string;
  name: string;
  email: string;
  role: Role;
  roleLabel: string;
  organisation: string;
  status: AccountStatus;
  statusLabel: string;
  joined: string;
  joinedIso: string;
}

export interface SessionView {
  device: string;
  ip: string;
  started: string;
  lastSeen: string;
  lastSeenIso: string;
  isYours: boolean;
}

export interface PersonView extends PersonRowView {
  jobRole: string;
  typedOrganisation: string;
  membership: string;
  emailConfirmed: string;
  suspendedSince: string | undefined;
  sessions: SessionView[];
}

export function statusOf(user: Pick<UserRow, 'suspended_at' | 'email_verified_at'>): AccountStatus {
  return user.suspended_at ? 'suspended' : user.email_verified_at ? 'active' : 'unverified';
}

function when(iso: string): string {
  return `${formatDate(iso)}, ${formatTime(iso)}`;
}

/** The organisation a person belongs to as a member, else the one they typed, else a dash. */
function organisationOf({ user, membership }: PersonWithMembership): string {
  if (membership) return membership.organisationName;
  return user.organisation_name.trim() ? `${user.organisation_name.trim()} (as typed, not a member)` : '—';
}

export function presentPersonRow(person: PersonWithMembership): PersonRowView {
  const { user } = person;
  const status = statusOf(user);
  return {
    id: user.id,
    path: `/admin/people/${user.id}`,
    name: user.name,
    email: user.email,
    role: user.role,
    roleLabel: ROLE_LABELS[user.role],
    organisation: organisationOf(person),
    status,
    statusLabel: STATUS_LABELS[status],
    joined: formatDate(user.created_at),
    joinedIso: user.created_at,
  };
}

/** "Firefox on Windows" from a user agent string; the raw string (shortened) when unknown. */
export function deviceOf(userAgent: string): string {
  const ua = userAgent;
  const browser = /Edg\//.test(ua) ? 'Edge' : /OPR\//.test(ua) ? 'Opera' : /Firefox\//.test(ua) ? 'Firefox' : /Chrome\//.test(ua) ? 'Chrome' : /Safari\//.test(ua) ? 'Safari' : undefined;
  const system = /iPhone|iPad/.test(ua) ? 'iOS' : /Android/.test(ua) ? 'Android' : /Windows/.test(ua) ? 'Windows' : /Mac OS X|Macintosh/.test(ua) ? 'macOS' : /Linux/.test(ua) ? 'Linux' : undefined;
  if (browser && system) return `${browser} on ${system}`;
  if (browser) return browser;
  const trimmed = ua.trim();
  if (trimmed === '') return 'Unknown device';
  return trimmed.length > 60 ? `${trimmed.slice(0, 60)}…` : trimmed;
}

export function presentSession(session: SessionRow, yourSessionHash: string | undefined): SessionView {
  return {
    device: deviceOf(session.user_agent),
    ip: session.ip || '—',
    started: when(session.created_at),
    lastSeen: when(session.last_seen_at),
    lastSeenIso: session.last_seen_at,
    isYours: session.id_hash === yourSessionHash,
  };
}

export function presentPerson(details: PersonDetails, yourSessionHash: string | undefined): PersonView {
  const { user, membership } = details;
  return {
    ...presentPersonRow(details),
    jobRole: user.job_role.trim() || '—',
    typedOrganisation: user.organisation_name.trim() || '—',
    membership: membership ? `Member through ${membership.organisationName} (${membership.organisationType}, ${membership.tier})` : 'Not a member',
    emailConfirmed: user.email_verified_at ? formatDate(user.email_verified_at) : 'Not confirmed yet',
    suspendedSince: user.suspended_at ? when(user.suspended_at) : undefined,
    sessions: details.sessions.map((s) => presentSession(s, yourSessionHash)),
  };
}
