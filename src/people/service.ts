// People administration: find anyone with an account, change their role, suspend and
// reinstate them, end their sessions. Every change is checked against what the admin saw
// (a stale form is refused with a message), made in one transaction in the accounts repo,
// then written to the audit log.
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.js';
import type { AccountRepo, AccountStatus, PeopleFilter } from '../accounts/repo.js';
import type { SessionService } from '../accounts/sessions.js';
import { hashSecret } from '../accounts/tokens.js';
import type { Viewer, ViewerMembership } from '../accounts/viewer.js';
import type { AuditLog } from '../audit/service.js';
import type { Role, SessionRow, UserRow } from '../db/schema.js';
import { paginate, type Pagination } from '../platform/pagination.js';

export type SignedIn = Extract<Viewer, { kind: 'user' }>;

export const ROLES: readonly Role[] = ['member', 'editor', 'admin'];
export const STATUSES: readonly AccountStatus[] = ['active', 'suspended', 'unverified'];
export const PEOPLE_PAGE_SIZE = 25;
export const MAX_REASON = 500;

export const ROLE_LABELS: Record<Role, string> = { member: 'Member', editor: 'Editor', admin: 'Administrator' };
const A_ROLE: Record<Role, string> = { member: 'a member', editor: 'an editor', admin: 'an administrator' };

export interface PeopleQuery {
  text: string;
  role: Role | '';
  status: AccountStatus | '';
  page: number;
}

export interface PersonWithMembership {
  user: UserRow;
  membership: ViewerMembership | undefined;
}

export interface PersonDetails extends PersonWithMembership {
  sessions: SessionRow[];
}

export interface PeopleServiceDeps {
  repo: AccountRepo;
  sessions: SessionService;
  /** The members domain's answer (injected, so people does not import members). */
  membershipOf: (user: UserRow) => Promise<ViewerMembership | undefined>;
  audit: AuditLog;
  clock?: () => Date;
}

function describe(user: Pick<UserRow, 'name' | 'email'>): string {
  return `${user.name} <${user.email}>`;
}

export class PeopleService {
  private readonly clock: () => Date;

  constructor(private readonly deps: PeopleServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  private now(): string {
    return this.clock().toISOString();
  }

  async list(query: PeopleQuery): Promise<{ people: PersonWithMembership[]; pagination: Pagination }> {
    const filter: PeopleFilter = { text: query.text.trim() || undefined, role: query.role || undefined, status: query.status || undefined };
    const pagination = paginate(query.page, await this.deps.repo.countPeople(filter), PEOPLE_PAGE_SIZE);
    const users = await this.deps.repo.listPeople(filter, pagination);
    const memberships = await Promise.all(users.map((user) => this.deps.membershipOf(user)));
    return { people: users.map((user, i) => ({ user, membership: memberships[i] })), pagination };
  }

  async get(id: number): Promise<PersonDetails> {
    const user = await this.find(id);
    const [membership, sessions] = await Promise.all([this.deps.membershipOf(user), this.deps.sessions.list(user.id)]);
    return { user, membership, sessions };
  }

  /**
   * Changes a role. `currentRole` is the role the admin's page showed: if it changed since,
   * nothing happens (Conflict). The last administrator who can sign in keeps the role.
   * That person's sessions end with the change (an admin changing their own keeps this one),
   * so new rights come with a new session.
   */
  async changeRole(actor: SignedIn, id: number, input: { role: string; currentRole: string }): Promise<void> {
    const user = await this.find(id);
    const role = ROLES.find((r) => r === input.role);
    if (!role) throw new Invalid('role', 'Choose member, editor or administrator.');
    const expected = ROLES.find((r) => r === input.currentRole);
    if (!expected || expected !== user.role) throw this.stale(user);
    if (role === user.role) throw new Invalid('role', `${user.name} is already ${A_ROLE[role]}. Choose a different role.`);
    const outcome = await this.deps.repo.changeRoleIfUnchanged(id, { expected, role, now: this.now(), keepIdHash: id === actor.id ? hashSecret(actor.sessionId) : undefined });
    if (outcome === 'missing') throw new NotFound('There is nobody with that number.');
    if (outcome === 'stale') throw this.stale((await this.deps.repo.findUserById(id)) ?? user);
    if (outcome === 'last-admin') {
      throw new Invalid('role', id === actor.id
        ? 'You are the only administrator. Make someone else an administrator before you change your own role.'
        : `${user.name} is the only administrator who can sign in. Make someone else an administrator first.`);
    }
    await this.deps.audit.record(actor, {
      action: 'user.role', subjectType: 'user', subjectId: id,
      summary: `Changed the role of ${describe(user)} from ${ROLE_LABELS[user.role]} to ${ROLE_LABELS[role]}`,
    });
  }

  /** Suspends a person: no sign-in of any kind, every session and login link ended at once. */
  async suspend(actor: SignedIn, id: number, input: { reason: string }): Promise<void> {
    const user = await this.find(id);
    if (id === actor.id) throw new Forbidden('You cannot suspend your own account.');
    const reason = input.reason.replace(/\s+/g, ' ').trim();
    if (reason.length > MAX_REASON) throw new Invalid('reason', `Use at most ${MAX_REASON} characters (you used ${reason.length}).`);
    if (user.suspended_at || !(await this.deps.repo.suspendUser(id, this.now()))) {
      throw new Conflict(`${user.name} is already suspended: someone did it while you had this page open. Nothing was changed.`);
    }
    await this.deps.audit.record(actor, {
      action: 'user.suspend', subjectType: 'user', subjectId: id,
      summary: `Suspended ${describe(user)}${reason ? `. Reason: ${reason}` : ' (no reason given)'}`,
    });
  }

  async reinstate(actor: SignedIn, id: number): Promise<void> {
    const user = await this.find(id);
    if (!user.suspended_at || !(await this.deps.repo.reinstateUser(id, this.now()))) {
      throw new Conflict(`${user.name} is not suspended: someone reinstated them while you had this page open. Nothing was changed.`);
    }
    await this.deps.audit.record(actor, { action: 'user.reinstate', subjectType: 'user', subjectId: id, summary: `Reinstated ${describe(user)}` });
  }

  /** Ends every session of a person (an admin ending their own keeps the one they are using). */
  async endSessions(actor: SignedIn, id: number): Promise<number> {
    const user = await this.find(id);
    const keep = id === actor.id ? actor.sessionId : undefined;
    const before = await this.deps.sessions.list(id);
    await this.deps.sessions.endAllFor(id, keep);
    const ended = keep ? before.filter((s) => s.id_hash !== hashSecret(keep)).length : before.length;
    await this.deps.audit.record(actor, {
      action: 'user.sessions_end', subjectType: 'user', subjectId: id,
      summary: `Ended ${ended === 1 ? '1 session' : `${ended} sessions`} of ${describe(user)}`,
    });
    return ended;
  }

  private async find(id: number): Promise<UserRow> {
    const user = await this.deps.repo.findUserById(id);
    if (!user) throw new NotFound('There is nobody with that number.');
    return user;
  }

  private stale(user: UserRow): Conflict {
    return new Conflict(`${user.name}’s role changed to ${ROLE_LABELS[user.role]} while you had this page open. Nothing was changed: check the role below and try again.`);
  }
}
