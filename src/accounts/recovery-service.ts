// Getting back in and changing what proves who you are (ASVS 5.0 V6/V7): logging in by an
// emailed link, resetting a forgotten password, and the account changes that need a fresh
// login (password, email address, data export, deletion).
//
// Requests that name an email address answer the same way, in about the same time, whether
// or not it is registered: everything that depends on the answer (the token, the email) is
// done after the response, in the background.
import { Forbidden, Invalid } from '../errors.js';
import type { Mailer, EmailMessage } from '../platform/email/mailer.js';
import type { RateLimiter } from '../platform/http/rate-limit.js';
import type { SettingsService } from '../site/settings.js';
import type { TokenPurpose, UserRow } from '../db/schema.js';
import {
  accountDeletedEmail, addressInUseEmail, confirmNewEmailEmail, emailChangedEmail, emailChangeRequestedEmail, loginLinkEmail, passwordChangedEmail, resetPasswordEmail,
} from './recovery-emails.js';
import { hashPassword, passwordProblem, verifyAgainstDummy, verifyPassword } from './passwords.js';
import type { AccountRepo } from './repo.js';
import { LIMITS, SUSPENDED_MESSAGE, normaliseEmail, type RequestMeta } from './service.js';
import type { SessionService } from './sessions.js';
import { hashSecret, isWellFormedSecret, newSecret } from './tokens.js';
import type { Viewer } from './viewer.js';

export type SignedIn = Extract<Viewer, { kind: 'user' }>;

const LOGIN_LINK_TTL_MS = 15 * 60 * 1000;
const RESET_TTL_MS = 60 * 60 * 1000;
const CHANGE_EMAIL_TTL_MS = 24 * 3600 * 1000;

export const RECOVERY_LIMITS = {
  /** Per address and kind of link: 3 in 15 minutes, like the confirmation link. */
  linkPerAddress: LIMITS.emailLinkPerAddress,
  linkPerIp: { max: 20, windowSeconds: 15 * 60 },
  /** Password checks of a signed-in person count like logins. */
  passwordCheckPerAccount: LIMITS.loginPerAccount,
  passwordCheckPerIp: LIMITS.loginPerIp,
  emailChangePerAccount: { max: 5, windowSeconds: 60 * 60 },
} as const;

/** A part of the data export that another domain holds (e.g. membership), by name. */
export type ExportSection = (user: UserRow) => Promise<[name: string, data: unknown]>;

export interface RecoveryServiceDeps {
  repo: AccountRepo;
  sessions: SessionService;
  mailer: Mailer;
  limiter: RateLimiter;
  settings: SettingsService;
  publicUrl: string;
  exportSections?: ExportSection[];
  /** What other domains delete with an account that the database does not cascade. */
  onAccountDeleting?: (user: UserRow) => Promise<void>;
  /** Where failures of work done after the response go (a lost email must not pass silently). */
  onBackgroundError?: (error: unknown) => void;
  clock?: () => Date;
}

export function emailProblem(email: string): string | undefined {
  if (email === '') return 'Enter your email address.';
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return 'Enter an email address like name@example.org.';
  return undefined;
}

export type EmailChangeOutcome = 'changed' | 'failed' | 'taken';

export class RecoveryService {
  private readonly pending = new Set<Promise<void>>();
  private readonly clock: () => Date;

  constructor(private readonly deps: RecoveryServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  private get site() {
    return { name: this.deps.settings.settings.name, url: this.deps.publicUrl };
  }

  private now(): string {
    return this.clock().toISOString();
  }

  // ---- logging in by emailed link ----

  /** Emails a one-time login link if the address is registered; the caller shows the same page either way. */
  async requestLoginLink(emailInput: string, meta: RequestMeta): Promise<void> {
    const email = this.linkRequest(emailInput, 'login-link', meta);
    this.later(async () => {
      const user = await this.deps.repo.findUserByEmail(email);
      // A suspended person gets no link; the page they see is the same.
      if (!user || user.suspended_at) return;
      const secret = await this.issueToken(user.id, 'magic-link', LOGIN_LINK_TTL_MS);
      await this.deps.mailer.send(loginLinkEmail(this.site, user, `${this.deps.publicUrl}/login/link?token=${secret}`));
    });
  }

  /**
   * Uses a login link: a new session (replacing this browser's earlier one, if any), and the
   * address counts as confirmed. Undefined when the link is unknown, used or expired.
   */
  async logInWithLink(secret: string, meta: RequestMeta, previousSessionId?: string): Promise<{ sessionId: string; user: UserRow } | undefined> {
    if (!isWellFormedSecret(secret)) return undefined;
    const now = this.now();
    const token = await this.deps.repo.consumeToken(hashSecret(secret), 'magic-link', now);
    const user = token?.user_id ? await this.deps.repo.findUserById(token.user_id) : undefined;
    if (!user) return undefined;
    // The link proved the address is theirs, so they may be told why it does not work.
    if (user.suspended_at) throw new Forbidden(SUSPENDED_MESSAGE);
    if (!user.email_verified_at) await this.deps.repo.updateUser(user.id, { email_verified_at: now, updated_at: now });
    if (previousSessionId) await this.deps.sessions.end(previousSessionId);
    return { sessionId: await this.deps.sessions.start(user.id, meta), user };
  }

  // ---- forgotten password ----

  async requestPasswordReset(emailInput: string, meta: RequestMeta): Promise<void> {
    const email = this.linkRequest(emailInput, 'reset-link', meta);
    this.later(async () => {
      const user = await this.deps.repo.findUserByEmail(email);
      if (!user || user.suspended_at) return;
      const secret = await this.issueToken(user.id, 'reset-password', RESET_TTL_MS);
      await this.deps.mailer.send(resetPasswordEmail(this.site, user, `${this.deps.publicUrl}/login/reset?token=${secret}`));
    });
  }

  /** Whether a reset link can still be used (the form is only shown for one that can). */
  async isResetLinkUsable(secret: string): Promise<boolean> {
    return isWellFormedSecret(secret) && (await this.deps.repo.findUsableToken(hashSecret(secret), 'reset-password', this.now())) !== undefined;
  }

  /**
   * Sets a new password from a reset link and ends every session of that person. False when
   * the link is unknown, used or expired; Invalid('password') when the password will not do
   * (the link stays usable so the person can try another).
   */
  async resetPassword(secret: string, password: string): Promise<boolean> {
    if (!isWellFormedSecret(secret)) return false;
    const tokenHash = hashSecret(secret);
    const pending = await this.deps.repo.findUsableToken(tokenHash, 'reset-password', this.now());
    const user = pending?.user_id ? await this.deps.repo.findUserById(pending.user_id) : undefined;
    if (!user) return false;
    if (user.suspended_at) throw new Forbidden(SUSPENDED_MESSAGE);
    const problem = password === '' ? 'Choose a new password.' : passwordProblem(password, { email: user.email, name: user.name });
    if (problem) throw new Invalid('password', problem);
    const passwordHash = await hashPassword(password);
    const now = this.now();
    // One UPDATE decides, so two submissions of the same link cannot both succeed.
    if (!(await this.deps.repo.consumeToken(tokenHash, 'reset-password', now))) return false;
    // The link came to their inbox, so the address is theirs.
    await this.deps.repo.updateUser(user.id, { password_hash: passwordHash, email_verified_at: user.email_verified_at ?? now, updated_at: now });
    await this.deps.repo.invalidateTokens(user.id, 'reset-password', now);
    await this.deps.repo.invalidateTokens(user.id, 'magic-link', now);
    await this.deps.sessions.endAllFor(user.id);
    this.send(passwordChangedEmail(this.site, user, `${this.deps.publicUrl}/login/forgotten`));
    return true;
  }

  // ---- a fresh login ----

  /** Whether this session proved who it is recently enough for the changes below. */
  async isFresh(viewer: SignedIn): Promise<boolean> {
    const found = await this.deps.repo.findSession(hashSecret(viewer.sessionId));
    return found !== undefined && this.deps.sessions.isFresh(found.session);
  }

  /** What the change forms show: the current address, and whether there is a password to confirm. */
  async credentialsOf(viewer: SignedIn): Promise<{ email: string; hasPassword: boolean }> {
    const user = await this.deps.repo.findUserById(viewer.id);
    return { email: user?.email ?? viewer.email, hasPassword: Boolean(user?.password_hash) };
  }

  /** Checks the password again and marks the session freshly authenticated. */
  async confirmPassword(viewer: SignedIn, password: string, meta: RequestMeta): Promise<void> {
    const user = await this.deps.repo.findUserById(viewer.id);
    if (!user) throw new Forbidden('Please log in again.');
    const problem = await this.currentPasswordProblem(user, password, meta);
    if (problem) throw new Invalid('password', problem);
    await this.deps.repo.markSessionAuthenticated(hashSecret(viewer.sessionId), this.now());
  }

  /** Changes the password (a person without one sets their first) and ends their other sessions. */
  async changePassword(viewer: SignedIn, input: { currentPassword: string; newPassword: string }, meta: RequestMeta): Promise<void> {
    const user = await this.freshUser(viewer);
    const newProblem = input.newPassword === '' ? 'Choose a new password.' : passwordProblem(input.newPassword, { email: user.email, name: user.name });
    Invalid.check({
      currentPassword: user.password_hash ? await this.currentPasswordProblem(user, input.currentPassword, meta) : undefined,
      newPassword: newProblem ?? (input.newPassword === input.currentPassword ? 'Choose a password different from your current one.' : undefined),
    });
    const now = this.now();
    await this.deps.repo.updateUser(user.id, { password_hash: await hashPassword(input.newPassword), updated_at: now });
    await this.deps.repo.invalidateTokens(user.id, 'reset-password', now);
    await this.deps.sessions.endAllFor(user.id, viewer.sessionId);
    this.send(passwordChangedEmail(this.site, user, `${this.deps.publicUrl}/login/forgotten`));
  }

  /**
   * Sends a link to the new address and tells the old one. The answer is the same when the
   * new address belongs to someone else: its owner is told instead, after the response.
   */
  async requestEmailChange(viewer: SignedIn, emailInput: string): Promise<string> {
    const user = await this.freshUser(viewer);
    const email = normaliseEmail(emailInput);
    const problem = emailProblem(email) ?? (email === user.email ? 'That is already your email address.' : undefined);
    if (problem) throw new Invalid('email', problem);
    this.deps.limiter.hit(`change-email:${user.id}`, RECOVERY_LIMITS.emailChangePerAccount);
    this.later(async () => {
      await this.deps.mailer.send(emailChangeRequestedEmail(this.site, user, email, `${this.deps.publicUrl}/account/security`));
      const owner = await this.deps.repo.findUserByEmail(email);
      if (owner) {
        await this.deps.mailer.send(addressInUseEmail(this.site, owner, `${this.deps.publicUrl}/login`));
        return;
      }
      const secret = await this.issueToken(user.id, 'change-email', CHANGE_EMAIL_TTL_MS, JSON.stringify({ email }));
      await this.deps.mailer.send(confirmNewEmailEmail(this.site, { email, name: user.name }, `${this.deps.publicUrl}/account/email/confirm?token=${secret}`));
    });
    return email;
  }

  /** Uses a change-email link: only now does the address change (and count as confirmed). */
  async confirmEmailChange(secret: string): Promise<EmailChangeOutcome> {
    if (!isWellFormedSecret(secret)) return 'failed';
    const now = this.now();
    const token = await this.deps.repo.consumeToken(hashSecret(secret), 'change-email', now);
    const user = token?.user_id ? await this.deps.repo.findUserById(token.user_id) : undefined;
    const email = token ? newEmailIn(token.data) : undefined;
    if (!user || !email) return 'failed';
    const isTaken = async () => ((await this.deps.repo.findUserByEmail(email))?.id ?? user.id) !== user.id;
    if (await isTaken()) return 'taken';
    try {
      await this.deps.repo.updateUser(user.id, { email, email_verified_at: now, updated_at: now });
    } catch (error) {
      // Someone registered the address between the check and the update (unique index).
      if (await isTaken()) return 'taken';
      throw error;
    }
    await this.deps.repo.invalidateTokens(user.id, 'change-email', now);
    this.send(emailChangedEmail(this.site, user, email));
    return 'changed';
  }

  // ---- the person's data ----

  /** Everything held about a person, for them to download: no hashes, no secrets. */
  async exportData(viewer: SignedIn): Promise<Record<string, unknown>> {
    const user = await this.freshUser(viewer);
    const [sessions, tokens, sections] = await Promise.all([
      this.deps.sessions.list(user.id),
      this.deps.repo.listTokenSummaries(user.id),
      Promise.all((this.deps.exportSections ?? []).map((section) => section(user))),
    ]);
    return {
      exportedAt: this.now(),
      site: this.site,
      profile: {
        name: user.name, email: user.email, role: user.role, organisation: user.organisation_name, jobRole: user.job_role,
        wantsNewsletter: user.newsletter_opt_in === 1, hasPassword: user.password_hash !== null, termsAcceptedAt: user.terms_accepted_at,
        emailConfirmedAt: user.email_verified_at, createdAt: user.created_at, updatedAt: user.updated_at,
      },
      sessions: sessions.map((s) => ({ startedAt: s.created_at, lastSeenAt: s.last_seen_at, authenticatedAt: s.authenticated_at, expiresAt: s.expires_at, ip: s.ip, userAgent: s.user_agent })),
      emailLinks: tokens.map((t) => ({ purpose: t.purpose, createdAt: t.created_at, expiresAt: t.expires_at, usedAt: t.used_at })),
      ...Object.fromEntries(sections),
    };
  }

  /** Deletes the account once the person has typed their email address; the last administrator cannot. */
  async deleteAccount(viewer: SignedIn, typedEmail: string): Promise<void> {
    const user = await this.freshUser(viewer);
    if (normaliseEmail(typedEmail) !== user.email) {
      throw new Invalid('email', typedEmail.trim() === '' ? 'Type your email address to confirm.' : 'That is not your email address. Type it exactly as shown to confirm.');
    }
    if (user.role === 'admin' && (await this.deps.repo.countAdmins()) <= 1) {
      throw new Invalid('email', 'You are the only administrator. Make someone else an administrator before you delete your account.');
    }
    await this.deps.onAccountDeleting?.(user);
    await this.deps.repo.deleteUser(user.id);
    this.send(accountDeletedEmail(this.site, user));
  }

  /** Waits for work started after responses (called before the mailer and database close). */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  // ---- helpers ----

  /** Validates and rate-limits a request for an emailed link; returns the normalised address. */
  private linkRequest(emailInput: string, kind: string, meta: RequestMeta): string {
    const email = normaliseEmail(emailInput);
    const problem = emailProblem(email);
    if (problem) throw new Invalid('email', problem);
    this.deps.limiter.hit(`email-link:ip:${meta.ip}`, RECOVERY_LIMITS.linkPerIp);
    this.deps.limiter.hit(`${kind}:${email}`, RECOVERY_LIMITS.linkPerAddress);
    return email;
  }

  /** A new single-use token; earlier unused ones of the same purpose stop working. */
  private async issueToken(userId: number, purpose: TokenPurpose, ttlMs: number, data = '{}'): Promise<string> {
    const now = this.clock();
    await this.deps.repo.invalidateTokens(userId, purpose, now.toISOString());
    const secret = newSecret();
    await this.deps.repo.insertToken({
      token_hash: hashSecret(secret), purpose, user_id: userId, data, created_at: now.toISOString(), expires_at: new Date(now.getTime() + ttlMs).toISOString(), used_at: null,
    });
    return secret;
  }

  private async freshUser(viewer: SignedIn): Promise<UserRow> {
    const user = await this.deps.repo.findUserById(viewer.id);
    if (!user || !(await this.isFresh(viewer))) throw new Forbidden('For your security, please confirm your password first.');
    return user;
  }

  /** Why a typed current password is refused, counted like a login attempt; undefined when it is right. */
  private async currentPasswordProblem(user: UserRow, password: string, meta: RequestMeta): Promise<string | undefined> {
    if (password === '') return 'Enter your current password.';
    this.deps.limiter.hit(`login:ip:${meta.ip}`, RECOVERY_LIMITS.passwordCheckPerIp);
    this.deps.limiter.hit(`password-check:${user.id}`, RECOVERY_LIMITS.passwordCheckPerAccount);
    const isRight = user.password_hash ? await verifyPassword(user.password_hash, password) : await verifyAgainstDummy(password);
    if (!isRight) return 'That is not your current password. Check it and try again.';
    this.deps.limiter.reset(`password-check:${user.id}`);
    return undefined;
  }

  private send(message: EmailMessage): void {
    this.later(() => this.deps.mailer.send(message));
  }

  /** Runs a task once the current response has gone (setImmediate comes after this turn's work). */
  private later(task: () => Promise<void>): void {
    const running: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(task)
      .catch((error: unknown) => (this.deps.onBackgroundError ?? reportToStderr)(error))
      .finally(() => this.pending.delete(running));
    this.pending.add(running);
  }
}

function newEmailIn(data: string): string | undefined {
  try {
    const parsed = JSON.parse(data) as { email?: unknown };
    return typeof parsed.email === 'string' && emailProblem(parsed.email) === undefined ? parsed.email : undefined;
  } catch {
    return undefined;
  }
}

function reportToStderr(error: unknown): void {
  console.error(JSON.stringify({ level: 50, msg: 'account email or background task failed', err: error instanceof Error ? error.message : String(error) }));
}
