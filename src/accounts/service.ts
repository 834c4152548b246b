// Registration, email verification, login and logout. The rules of ASVS 5.0 V6/V7 live
// here: no answer, message or timing tells whether an email is registered, tokens are
// single-use and stored hashed, and every login starts a new session.
import { Invalid } from '../errors.js';
import type { Mailer } from '../platform/email/mailer.js';
import type { RateLimiter } from '../platform/http/rate-limit.js';
import type { SettingsService } from '../site/settings.js';
import type { UserRow } from '../db/schema.js';
import { alreadyRegisteredEmail, verificationEmail } from './emails.js';
import { hashPassword, needsRehash, passwordProblem, verifyAgainstDummy, verifyPassword } from './passwords.js';
import type { AccountRepo } from './repo.js';
import type { SessionService } from './sessions.js';
import { hashSecret, isWellFormedSecret, newSecret } from './tokens.js';

export interface RegistrationInput {
  name: string;
  email: string;
  password: string;
  organisation: string;
  jobRole: string;
  acceptsTerms: boolean;
  wantsNewsletter: boolean;
}

export interface RequestMeta {
  ip: string;
  userAgent: string;
}

const VERIFY_EMAIL_TTL_MS = 24 * 3600 * 1000;

export const LIMITS = {
  loginPerIp: { max: 30, windowSeconds: 15 * 60 },
  loginPerAccount: { max: 10, windowSeconds: 15 * 60 },
  registerPerIp: { max: 10, windowSeconds: 60 * 60 },
  emailLinkPerAddress: { max: 3, windowSeconds: 15 * 60 },
} as const;

/** What a suspended person is told when they prove who they are (never to anyone else). */
export const SUSPENDED_MESSAGE = 'This account has been suspended, so you cannot log in. If you think this is a mistake, contact the site’s administrators.';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class AccountService {
  constructor(
    private readonly repo: AccountRepo,
    private readonly sessions: SessionService,
    private readonly mailer: Mailer,
    private readonly limiter: RateLimiter,
    private readonly settings: SettingsService,
    private readonly publicUrl: string,
    private readonly clock: () => Date = () => new Date(),
    /** Told when a person confirms their address (the newsletter checkbox takes effect then). */
    private readonly onEmailConfirmed: (user: UserRow) => Promise<void> = async () => {},
  ) {}

  private get site() {
    return { name: this.settings.settings.name, url: this.publicUrl };
  }

  /**
   * Registers a person, or, when the email is taken, tells its owner by email. Either way
   * the caller shows the same "check your email" page.
   */
  async register(input: RegistrationInput, meta: RequestMeta): Promise<void> {
    this.limiter.hit(`register:ip:${meta.ip}`, LIMITS.registerPerIp);
    const email = normaliseEmail(input.email);
    if (!input.acceptsTerms) throw new Invalid('terms', 'You need to accept the terms of use to register.');
    const problem = passwordProblem(input.password, { email, name: input.name });
    if (problem) throw new Invalid('password', problem);
    const existing = await this.repo.findUserByEmail(email);
    if (existing) {
      // Spend the same time a new registration spends hashing, so timing reveals nothing.
      await hashPassword(input.password);
      await this.mailer.send(alreadyRegisteredEmail(this.site, existing, `${this.publicUrl}/login`, `${this.publicUrl}/login/forgotten`));
      return;
    }
    const now = this.clock().toISOString();
    const userId = await this.repo.insertUser({
      email,
      name: input.name.trim(),
      password_hash: await hashPassword(input.password),
      role: 'member',
      organisation_name: input.organisation.trim(),
      job_role: input.jobRole.trim(),
      newsletter_opt_in: input.wantsNewsletter ? 1 : 0,
      terms_accepted_at: now,
      email_verified_at: null,
      created_at: now,
      updated_at: now,
    });
    await this.sendVerification({ id: userId, email, name: input.name.trim() });
  }

  private async sendVerification(user: Pick<UserRow, 'id' | 'email' | 'name'>): Promise<void> {
    const now = this.clock();
    await this.repo.invalidateTokens(user.id, 'verify-email', now.toISOString());
    const secret = newSecret();
    await this.repo.insertToken({
      token_hash: hashSecret(secret),
      purpose: 'verify-email',
      user_id: user.id,
      data: '{}',
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + VERIFY_EMAIL_TTL_MS).toISOString(),
      used_at: null,
    });
    await this.mailer.send(verificationEmail(this.site, user, `${this.publicUrl}/verify-email?token=${secret}`));
  }

  /** Sends a fresh link to an unverified address; silent for anything else (no enumeration). */
  async resendVerification(emailInput: string, meta: RequestMeta): Promise<void> {
    const email = normaliseEmail(emailInput);
    this.limiter.hit(`email-link:${email}`, LIMITS.emailLinkPerAddress);
    this.limiter.hit(`register:ip:${meta.ip}`, LIMITS.registerPerIp);
    const user = await this.repo.findUserByEmail(email);
    if (user && !user.email_verified_at) await this.sendVerification(user);
  }

  /** Confirms an address from an emailed link; false when the link is unknown, used or expired. */
  async verifyEmail(secret: string): Promise<UserRow | undefined> {
    if (!isWellFormedSecret(secret)) return undefined;
    const now = this.clock().toISOString();
    const token = await this.repo.consumeToken(hashSecret(secret), 'verify-email', now);
    if (!token?.user_id) return undefined;
    await this.repo.updateUser(token.user_id, { email_verified_at: now, updated_at: now });
    const user = await this.repo.findUserById(token.user_id);
    if (user) await this.onEmailConfirmed(user);
    return user;
  }

  /**
   * Checks a password and starts a session. Wrong email and wrong password give the same
   * answer in about the same time; limits apply per address and per IP address.
   */
  async logIn(emailInput: string, password: string, meta: RequestMeta): Promise<{ sessionId: string; user: UserRow }> {
    const email = normaliseEmail(emailInput);
    this.limiter.hit(`login:ip:${meta.ip}`, LIMITS.loginPerIp);
    this.limiter.hit(`login:account:${email}`, LIMITS.loginPerAccount);
    const user = await this.repo.findUserByEmail(email);
    const isValid = user?.password_hash ? await verifyPassword(user.password_hash, password) : await verifyAgainstDummy(password);
    if (!user || !isValid) throw new Invalid('email', 'That email address and password do not match an account. Check them and try again.');
    this.limiter.reset(`login:account:${email}`);
    // Said only to someone who knows the password, so it tells strangers nothing.
    if (user.suspended_at) throw new Invalid('email', SUSPENDED_MESSAGE);
    if (user.password_hash && needsRehash(user.password_hash)) {
      await this.repo.updateUser(user.id, { password_hash: await hashPassword(password), updated_at: this.clock().toISOString() });
    }
    return { sessionId: await this.sessions.start(user.id, meta), user };
  }

  /** What the account page shows: the person and where they are logged in. */
  async accountOverview(userId: number, currentSessionId: string) {
    const user = await this.repo.findUserById(userId);
    if (!user) return undefined;
    const currentHash = hashSecret(currentSessionId);
    const sessions = (await this.sessions.list(userId)).map((s) => ({ ...s, isCurrent: s.id_hash === currentHash }));
    return { user, sessions };
  }

  async logOut(sessionId: string): Promise<void> {
    await this.sessions.end(sessionId);
  }
}
