// The only SQL for people, sessions and single-use tokens.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Database, NewUser, Role, SessionRow, TokenPurpose, TokenRow, UserRow } from '../db/schema.js';

/** Whether an account may sign in: active, suspended by an admin, or waiting for its address to be confirmed. */
export type AccountStatus = 'active' | 'suspended' | 'unverified';

/** What the people list can be narrowed by (people/service.ts). */
export interface PeopleFilter {
  /** Part of the name or email address, any case. */
  text?: string;
  role?: Role;
  status?: AccountStatus;
}

export type RoleChangeOutcome = 'changed' | 'missing' | 'stale' | 'last-admin';

/** A LIKE pattern matching `text` anywhere, with the wildcards in it taken literally (escape character `\`). */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export class AccountRepo {
  constructor(private readonly db: Kysely<Database>) {}

  // ---- users ----

  findUserByEmail(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  }

  async findUsersByIds(ids: readonly number[]): Promise<UserRow[]> {
    if (ids.length === 0) return [];
    return this.db.selectFrom('users').selectAll().where('id', 'in', [...new Set(ids)]).execute();
  }

  findUserById(id: number): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insertUser(user: NewUser): Promise<number> {
    const { id } = await this.db.insertInto('users').values(user).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  async updateUser(id: number, changes: Partial<Omit<UserRow, 'id'>>): Promise<void> {
    await this.db.updateTable('users').set(changes).where('id', '=', id).execute();
  }

  async countAdmins(): Promise<number> {
    const row = await this.db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).where('role', '=', 'admin').executeTakeFirstOrThrow();
    return Number(row.n);
  }

  // ---- sessions ----

  async insertSession(session: SessionRow): Promise<void> {
    await this.db.insertInto('sessions').values(session).execute();
  }

  /** A session with its person, in one query (this runs on every signed-in request). */
  async findSession(idHash: string): Promise<{ session: SessionRow; user: UserRow } | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .select([
        'sessions.id_hash', 'sessions.user_id', 'sessions.csrf_token', 'sessions.created_at', 'sessions.last_seen_at', 'sessions.authenticated_at',
        'sessions.expires_at', 'sessions.ip', 'sessions.user_agent',
        'users.id', 'users.email', 'users.name', 'users.password_hash', 'users.role', 'users.organisation_name', 'users.job_role',
        'users.newsletter_opt_in', 'users.terms_accepted_at', 'users.email_verified_at', 'users.created_at as user_created_at', 'users.updated_at', 'users.suspended_at', 'users.commenting_suspended_at', 'users.reply_emails',
        'users.interests_offered_at', 'users.profession', 'users.organisation_type',
      ])
      .where('sessions.id_hash', '=', idHash)
      .executeTakeFirst();
    if (!row) return undefined;
    const { id_hash, user_id, csrf_token, created_at, last_seen_at, authenticated_at, expires_at, ip, user_agent, user_created_at, ...user } = row;
    return {
      session: { id_hash, user_id, csrf_token, created_at, last_seen_at, authenticated_at, expires_at, ip, user_agent },
      user: { ...user, created_at: user_created_at },
    };
  }

  async touchSession(idHash: string, lastSeenAt: string): Promise<void> {
    await this.db.updateTable('sessions').set({ last_seen_at: lastSeenAt }).where('id_hash', '=', idHash).execute();
  }

  listSessions(userId: number): Promise<SessionRow[]> {
    return this.db.selectFrom('sessions').selectAll().where('user_id', '=', userId).orderBy('last_seen_at', 'desc').execute();
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  }

  /** Ends a person's sessions, optionally keeping one (the one making the change). */
  async deleteSessionsOf(userId: number, exceptIdHash?: string): Promise<void> {
    let query = this.db.deleteFrom('sessions').where('user_id', '=', userId);
    if (exceptIdHash) query = query.where('id_hash', '!=', exceptIdHash);
    await query.execute();
  }

  async deleteExpiredSessions(now: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<', now).execute();
  }

  // ---- single-use tokens ----

  async insertToken(token: Omit<TokenRow, 'id'>): Promise<void> {
    await this.db.insertInto('tokens').values(token).execute();
  }

  /**
   * Marks a token used and returns it, only if it exists, has this purpose, is unused and
   * unexpired. One UPDATE decides, so two clicks on one link cannot both succeed.
   */
  async consumeToken(tokenHash: string, purpose: TokenPurpose, now: string): Promise<TokenRow | undefined> {
    return this.db
      .updateTable('tokens')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returningAll()
      .executeTakeFirst();
  }

  async invalidateTokens(userId: number, purpose: TokenPurpose, now: string): Promise<void> {
    await this.db.updateTable('tokens').set({ used_at: now }).where('user_id', '=', userId).where('purpose', '=', purpose).where('used_at', 'is', null).execute();
  }

  // ---- added for the admin domain: setup links and role changes ----

  /** A token that would be accepted now (right purpose, unused, unexpired), without using it. */
  findUsableToken(tokenHash: string, purpose: TokenPurpose, now: string): Promise<TokenRow | undefined> {
    return this.db
      .selectFrom('tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
  }

  /** Uses up the unused tokens of a purpose that belong to nobody yet and carry exactly this data. */
  async invalidateUnboundTokens(purpose: TokenPurpose, data: string, now: string): Promise<void> {
    await this.db
      .updateTable('tokens')
      .set({ used_at: now })
      .where('purpose', '=', purpose)
      .where('user_id', 'is', null)
      .where('data', '=', data)
      .where('used_at', 'is', null)
      .execute();
  }

  /** Changes a person's role and ends all their sessions in one transaction: new rights, new session id. */
  async changeRoleAndEndSessions(userId: number, role: Role, now: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx.updateTable('users').set({ role, updated_at: now }).where('id', '=', userId).execute();
      await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
    });
  }

  // ---- recovery and account changes (recovery-service.ts) ----

  /** What a person may see about their tokens: never the hash or the data it carries. */
  listTokenSummaries(userId: number): Promise<Pick<TokenRow, 'purpose' | 'created_at' | 'expires_at' | 'used_at'>[]> {
    return this.db.selectFrom('tokens').select(['purpose', 'created_at', 'expires_at', 'used_at']).where('user_id', '=', userId).orderBy('created_at', 'desc').execute();
  }

  /** Records that the person proved who they are again in this session (a "fresh" login). */
  async markSessionAuthenticated(idHash: string, authenticatedAt: string): Promise<void> {
    await this.db.updateTable('sessions').set({ authenticated_at: authenticatedAt }).where('id_hash', '=', idHash).execute();
  }

  /** Deletes a person; their sessions, tokens and membership requests go with them (ON DELETE CASCADE). */
  async deleteUser(id: number): Promise<void> {
    await this.db.deleteFrom('users').where('id', '=', id).execute();
  }

  // ---- people administration (people/service.ts) ----

  private people(filter: PeopleFilter): SelectQueryBuilder<Database, 'users', object> {
    let query = this.db.selectFrom('users');
    const text = filter.text?.trim().toLowerCase();
    if (text) {
      const pattern = containsPattern(text);
      // lower() on both sides: LIKE ignores case in SQLite but not in PostgreSQL.
      query = query.where((eb) => eb.or([sql<boolean>`lower(name) like ${pattern} escape '\\'`, sql<boolean>`email like ${pattern} escape '\\'`]));
    }
    if (filter.role) query = query.where('role', '=', filter.role);
    if (filter.status === 'suspended') query = query.where('suspended_at', 'is not', null);
    if (filter.status === 'active') query = query.where('suspended_at', 'is', null).where('email_verified_at', 'is not', null);
    if (filter.status === 'unverified') query = query.where('suspended_at', 'is', null).where('email_verified_at', 'is', null);
    return query;
  }

  async countPeople(filter: PeopleFilter): Promise<number> {
    const row = await this.people(filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** A page of people, newest accounts first. */
  listPeople(filter: PeopleFilter, page: { limit: number; offset: number }): Promise<UserRow[]> {
    return this.people(filter).selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
  }

  /**
   * Changes a role only if it is still `expected` (the form was not stale), never leaving
   * the site without an administrator who can sign in, and ends that person's sessions
   * (except `keepIdHash`, an admin's own current one) in the same transaction.
   */
  async changeRoleIfUnchanged(userId: number, change: { expected: Role; role: Role; now: string; keepIdHash?: string }): Promise<RoleChangeOutcome> {
    return this.db.transaction().execute(async (trx) => {
      // A no-op update locks every admin row first, so two admins demoting each other at
      // the same moment on PostgreSQL cannot both pass the count below.
      await trx.updateTable('users').set({ role: sql<Role>`role` }).where('role', '=', 'admin').execute();
      const user = await trx.selectFrom('users').select('role').where('id', '=', userId).executeTakeFirst();
      if (!user) return 'missing';
      if (user.role !== change.expected) return 'stale';
      if (user.role === 'admin' && change.role !== 'admin') {
        const others = await trx.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'))
          .where('role', '=', 'admin').where('suspended_at', 'is', null).where('id', '!=', userId).executeTakeFirstOrThrow();
        if (Number(others.n) === 0) return 'last-admin';
      }
      await trx.updateTable('users').set({ role: change.role, updated_at: change.now }).where('id', '=', userId).execute();
      let end = trx.deleteFrom('sessions').where('user_id', '=', userId);
      if (change.keepIdHash) end = end.where('id_hash', '!=', change.keepIdHash);
      await end.execute();
      return 'changed';
    });
  }

  /**
   * Suspends a person who is not suspended yet: ends every session and uses up their
   * login and reset links, in one transaction. False when they already were.
   */
  async suspendUser(userId: number, now: string): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const result = await trx.updateTable('users').set({ suspended_at: now, updated_at: now }).where('id', '=', userId).where('suspended_at', 'is', null).executeTakeFirst();
      if (Number(result.numUpdatedRows) === 0) return false;
      await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
      await trx.updateTable('tokens').set({ used_at: now }).where('user_id', '=', userId).where('purpose', 'in', ['magic-link', 'reset-password']).where('used_at', 'is', null).execute();
      return true;
    });
  }

  /** Lifts a suspension; false when the person was not suspended. */
  async reinstateUser(userId: number, now: string): Promise<boolean> {
    const result = await this.db.updateTable('users').set({ suspended_at: null, updated_at: now }).where('id', '=', userId).where('suspended_at', 'is not', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
