// Administrators without default passwords. When nobody is an admin, each start of Pulse
// prints a one-time link (older unused ones stop working); `npm run admin -- create-admin`
// prints one bound to an address. The link opens a form that creates an admin account with
// a confirmed address and logs them in. Links are single-use, last 24 hours and are stored
// hashed, like every emailed token; only the POST from the form uses one up.
import { Invalid } from '../errors.js';
import { hashPassword, passwordProblem } from './passwords.js';
import type { AccountRepo } from './repo.js';
import { normaliseEmail, type RequestMeta } from './service.js';
import type { SessionService } from './sessions.js';
import { hashSecret, isWellFormedSecret, newSecret } from './tokens.js';

export const SETUP_LINK_TTL_MS = 24 * 3600 * 1000;
const PURPOSE = 'setup-admin';
/** The data of a start-up link: anyone holding it may name the first admin. */
const UNBOUND = '{}';

export type SetupLinkState =
  /** The form may be shown; `lockedEmail` is set for links made for one address. */
  | { kind: 'usable'; lockedEmail: string | undefined }
  /** No token at all while nobody is an admin yet. */
  | { kind: 'missing' }
  /** Unknown, used or expired. */
  | { kind: 'invalid' }
  /** A start-up link (or none) when an admin exists: there is nothing left to set up. */
  | { kind: 'already-set-up' };

export type SetupOutcome = { kind: 'done'; userId: number; email: string; sessionId: string } | Exclude<SetupLinkState, { kind: 'usable' }>;

export interface SetupInput {
  name: string;
  email: string;
  password: string;
}

function boundEmail(data: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(data);
    const email = typeof parsed === 'object' && parsed !== null ? (parsed as { email?: unknown }).email : undefined;
    return typeof email === 'string' ? email : undefined;
  } catch {
    return undefined;
  }
}

export class SetupService {
  constructor(
    private readonly repo: AccountRepo,
    private readonly sessions: SessionService,
    private readonly publicUrl: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async hasAdmin(): Promise<boolean> {
    return (await this.repo.countAdmins()) > 0;
  }

  /** At start: a fresh link when nobody is an admin (older unused start-up links stop working), else undefined. */
  async issueStartupLink(): Promise<string | undefined> {
    if (await this.hasAdmin()) return undefined;
    return this.issue(UNBOUND);
  }

  /** For the CLI: a link that creates an admin account for this address (older links for it stop working). */
  async issueLinkFor(email: string): Promise<string> {
    return this.issue(JSON.stringify({ email: normaliseEmail(email) }));
  }

  private async issue(data: string): Promise<string> {
    const now = this.clock();
    await this.repo.invalidateUnboundTokens(PURPOSE, data, now.toISOString());
    const secret = newSecret();
    await this.repo.insertToken({
      token_hash: hashSecret(secret),
      purpose: PURPOSE,
      user_id: null,
      data,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SETUP_LINK_TTL_MS).toISOString(),
      used_at: null,
    });
    return `${this.publicUrl}/setup?token=${secret}`;
  }

  /** What the link in an address bar allows, without using it up. */
  async checkLink(secret: string): Promise<SetupLinkState> {
    if (secret === '') return (await this.hasAdmin()) ? { kind: 'already-set-up' } : { kind: 'missing' };
    if (!isWellFormedSecret(secret)) return { kind: 'invalid' };
    const token = await this.repo.findUsableToken(hashSecret(secret), PURPOSE, this.clock().toISOString());
    if (!token || token.user_id !== null) return { kind: 'invalid' };
    const lockedEmail = boundEmail(token.data);
    if (lockedEmail === undefined && (await this.hasAdmin())) return { kind: 'already-set-up' };
    return { kind: 'usable', lockedEmail };
  }

  /**
   * Creates the admin account and starts their session. Field problems throw Invalid and
   * leave the link usable, so a typo costs nothing; the link is used up only when the
   * account is about to be created, by one UPDATE, so two submissions cannot both succeed.
   */
  async completeSetup(secret: string, input: SetupInput, meta: RequestMeta): Promise<SetupOutcome> {
    const link = await this.checkLink(secret);
    if (link.kind !== 'usable') return link;
    const email = link.lockedEmail ?? normaliseEmail(input.email);
    const name = input.name.trim();
    Invalid.check({
      name: name === '' ? 'Enter your name.' : name.length > 100 ? 'Use at most 100 characters.' : undefined,
      email: email === '' ? 'Enter your email address.' : email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? 'Enter an email address like name@example.org.' : undefined,
      password: input.password === '' ? 'Choose a password.' : passwordProblem(input.password, { email, name }),
    });
    if (await this.repo.findUserByEmail(email)) {
      throw new Invalid('email', `There is already an account for ${email}. To make it an administrator, run “npm run admin -- create-admin ${email}” on the server; or use another address here.`);
    }
    const passwordHash = await hashPassword(input.password);
    const now = this.clock().toISOString();
    const token = await this.repo.consumeToken(hashSecret(secret), PURPOSE, now);
    if (!token) return { kind: 'invalid' };
    // A start-up link only names the first admin; checked again now the link is ours alone.
    if (boundEmail(token.data) === undefined && (await this.hasAdmin())) return { kind: 'already-set-up' };
    const userId = await this.repo.insertUser({
      email,
      name,
      password_hash: passwordHash,
      role: 'admin',
      organisation_name: '',
      job_role: '',
      newsletter_opt_in: 0,
      terms_accepted_at: now,
      email_verified_at: now,
      created_at: now,
      updated_at: now,
    });
    return { kind: 'done', userId, email, sessionId: await this.sessions.start(userId, meta) };
  }
}
