// Server-side sessions. The cookie holds a random id; the database holds its hash, the
// person, a CSRF token and the times that decide expiry.
import type { SessionRow, UserRow } from '../db/schema.js';
import type { AccountRepo } from './repo.js';
import { hashSecret, isWellFormedSecret, newSecret } from './tokens.js';

/** Signed out after this long without a request (ASVS 5.0 7.3.1)… */
export const IDLE_TIMEOUT_MS = 24 * 3600 * 1000;
/** …and after this long whatever happens (7.3.2), so a stolen id has a bounded life. */
export const ABSOLUTE_TIMEOUT_MS = 14 * 24 * 3600 * 1000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;
/** Changing email or password, or deleting the account, needs a login this recent. */
export const FRESH_LOGIN_MS = 15 * 60 * 1000;

export interface ActiveSession {
  /** The raw id, only known to the request that carries it. */
  id: string;
  session: SessionRow;
  user: UserRow;
}

export class SessionService {
  constructor(
    private readonly repo: AccountRepo,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Starts a session for a person; a login always gets a brand-new id (no fixation). */
  async start(userId: number, meta: { ip: string; userAgent: string }): Promise<string> {
    const id = newSecret();
    const now = this.clock();
    await this.repo.insertSession({
      id_hash: hashSecret(id),
      user_id: userId,
      csrf_token: newSecret(),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      authenticated_at: now.toISOString(),
      expires_at: new Date(now.getTime() + ABSOLUTE_TIMEOUT_MS).toISOString(),
      ip: meta.ip.slice(0, 64),
      user_agent: meta.userAgent.slice(0, 300),
    });
    return id;
  }

  /** The live session for a cookie value, or undefined (unknown, tampered, idle or expired). */
  async resume(id: string | undefined): Promise<ActiveSession | undefined> {
    if (!id || !isWellFormedSecret(id)) return undefined;
    const idHash = hashSecret(id);
    const found = await this.repo.findSession(idHash);
    if (!found) return undefined;
    const now = this.clock().getTime();
    const lastSeen = Date.parse(found.session.last_seen_at);
    // A suspended person's session is refused even if one survived the suspension.
    if (found.user.suspended_at !== null || now >= Date.parse(found.session.expires_at) || now - lastSeen >= IDLE_TIMEOUT_MS) {
      await this.repo.deleteSession(idHash);
      return undefined;
    }
    if (now - lastSeen >= TOUCH_EVERY_MS) await this.repo.touchSession(idHash, new Date(now).toISOString());
    return { id, ...found };
  }

  async end(id: string): Promise<void> {
    await this.repo.deleteSession(hashSecret(id));
  }

  /** Ends every session of a person except, optionally, the current one. */
  async endAllFor(userId: number, keepId?: string): Promise<void> {
    await this.repo.deleteSessionsOf(userId, keepId ? hashSecret(keepId) : undefined);
  }

  list(userId: number): Promise<SessionRow[]> {
    return this.repo.listSessions(userId);
  }

  isFresh(session: SessionRow): boolean {
    return this.clock().getTime() - Date.parse(session.authenticated_at) < FRESH_LOGIN_MS;
  }
}
