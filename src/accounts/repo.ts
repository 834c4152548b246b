// The only SQL for people, sessions and single-use tokens.
import type { Kysely } from 'kysely';
import type { Database, NewUser, Role, SessionRow, TokenPurpose, TokenRow, UserRow } from '../db/schema.js';

export class AccountRepo {
  constructor(private readonly db: Kysely<Database>) {}

  // ---- users ----

  findUserByEmail(email: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
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
        'users.newsletter_opt_in', 'users.terms_accepted_at', 'users.email_verified_at', 'users.created_at as user_created_at', 'users.updated_at', 'users.suspended_at',
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
}
