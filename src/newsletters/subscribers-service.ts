// The subscriber side of the monthly newsletter: sign-up with double opt-in, confirmation,
// the signed preference and unsubscribe links, and a signed-in person's own choices.
// Rules: nothing but the confirmation goes to a pending address; sign-up answers the same
// whether or not the address is known; every change of consent is recorded with its source.
import { Invalid } from '../errors.js';
import type { Mailer } from '../platform/email/mailer.js';
import type { RateLimiter } from '../platform/http/rate-limit.js';
import type { UserRow } from '../db/schema.js';
import { hashSecret, isWellFormedSecret, newSecret } from '../accounts/tokens.js';
import type { AlertPreferenceRow } from './alert-preferences-repo.js';
import type { AlertChoice, AlertPreferences } from './alert-preferences.js';
import type { LinkSigner } from './signed-links.js';
import type { ConsentHistoryRow, SubscriberRow, SubscribersRepo } from './subscribers-repo.js';
import { alreadySubscribedEmail, confirmSubscriptionEmail } from './subscribe-emails.js';

/** The words of the sign-up checkbox; the version is kept with each consent record and changes with them. */
export const MONTHLY_WORDING_VERSION = 'monthly-2026-11';
export const MONTHLY_WORDING = 'Yes, email me the monthly newsletter. I can unsubscribe at any time from any issue.';
/** Registration's own checkbox ("Send me the monthly newsletter"), a different wording. */
export const REGISTRATION_WORDING_VERSION = 'register-2026-11';

const CONFIRM_TTL_MS = 7 * 24 * 3600 * 1000;
export const SUBSCRIBE_LIMITS = {
  perIp: { max: 10, windowSeconds: 60 * 60 },
  perAddress: { max: 3, windowSeconds: 15 * 60 },
} as const;

export function emailProblem(email: string): string | undefined {
  if (email === '') return 'Enter your email address.';
  if (email.length > 254 || !/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(email)) return 'Enter an email address like name@example.org.';
  return undefined;
}

/** The preference centre of a subscriber, for the sender's emails. */
export function preferencesUrl(publicUrl: string, links: LinkSigner, subscriber: Pick<SubscriberRow, 'id' | 'token_version'>): string {
  return `${publicUrl}/newsletter/preferences/${links.tokenFor({ kind: 's', id: subscriber.id, version: subscriber.token_version })}`;
}

/** The one-click unsubscribe URL of a subscriber (List-Unsubscribe and the footer link). */
export function unsubscribeUrl(publicUrl: string, links: LinkSigner, subscriber: Pick<SubscriberRow, 'id' | 'token_version'>): string {
  return `${publicUrl}/newsletter/unsubscribe/${links.tokenFor({ kind: 's', id: subscriber.id, version: subscriber.token_version })}`;
}

/** A person's alert choices, for topic alert emails. */
export function alertPreferencesUrl(publicUrl: string, links: LinkSigner, userId: number): string {
  return `${publicUrl}/newsletter/preferences/${links.tokenFor({ kind: 'a', id: userId, version: 0 })}`;
}

/** Stops all of a person's topic alerts in one click, for topic alert emails. */
export function alertUnsubscribeUrl(publicUrl: string, links: LinkSigner, userId: number): string {
  return `${publicUrl}/newsletter/unsubscribe/${links.tokenFor({ kind: 'a', id: userId, version: 0 })}`;
}

/** Whom a signed link names, once its signature and version are checked. */
export type LinkTarget = { kind: 's'; subscriber: SubscriberRow } | { kind: 'a'; userId: number };

export interface PreferencesView {
  kind: 's' | 'a';
  /** undefined for an alert link ('a'): those emails are about alerts only. */
  isMonthly: boolean | undefined;
  /** One per followed topic, when the link belongs to a person; undefined otherwise. */
  alerts: AlertPreferenceRow[] | undefined;
}

export interface AccountNewsletters {
  status: 'active' | 'pending' | 'unsubscribed' | 'none';
  alerts: AlertPreferenceRow[];
  history: ConsentHistoryRow[];
}

type SignedIn = { id: number; email: string; isEmailVerified: boolean };

export interface SubscribersDeps {
  repo: SubscribersRepo;
  links: LinkSigner;
  alertPreferences: AlertPreferences;
  mailer: Mailer;
  limiter: RateLimiter;
  publicUrl: string;
  siteName: () => string;
  clock?: () => Date;
}

export class SubscribersService {
  constructor(private readonly deps: SubscribersDeps) {}

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  private get site() {
    return { name: this.deps.siteName(), url: this.deps.publicUrl };
  }

  /**
   * A visitor's sign-up. The caller shows the same "check your email" page whatever happens
   * here short of Invalid/TooMany: a new or pending address gets a confirmation link, an
   * active one a note that it is already subscribed, a suppressed one nothing.
   */
  async subscribe(input: { email: string; hasConsented: boolean; source: string }, meta: { ip: string }): Promise<void> {
    const email = input.email.trim().toLowerCase();
    Invalid.check({
      email: emailProblem(email),
      consent: input.hasConsented ? undefined : 'Tick the box to say you want the newsletter.',
    });
    this.deps.limiter.hit(`newsletter:ip:${meta.ip}`, SUBSCRIBE_LIMITS.perIp);
    this.deps.limiter.hit(`newsletter:address:${email}`, SUBSCRIBE_LIMITS.perAddress);
    if (await this.deps.repo.isSuppressed(email)) return;
    const existing = await this.deps.repo.findByEmail(email);
    if (existing?.status === 'active') {
      await this.deps.mailer.send(alreadySubscribedEmail(this.site, email, preferencesUrl(this.deps.publicUrl, this.deps.links, existing)));
      return;
    }
    const now = this.now();
    const secret = newSecret();
    await this.deps.repo.savePending({
      email, userId: null, tokenHash: hashSecret(secret), expiresAt: new Date(now.getTime() + CONFIRM_TTL_MS).toISOString(), now: now.toISOString(),
      consent: { action: 'requested', source: sourcePath(input.source), wordingVersion: MONTHLY_WORDING_VERSION },
    });
    await this.deps.mailer.send(confirmSubscriptionEmail(this.site, email, `${this.deps.publicUrl}/newsletter/confirm?token=${secret}`));
  }

  /** Follows the emailed link; false when it is unknown, used or expired. */
  async confirm(secret: string): Promise<boolean> {
    if (!isWellFormedSecret(secret)) return false;
    const subscriber = await this.deps.repo.findByConfirmHash(hashSecret(secret));
    const now = this.now();
    if (!subscriber || subscriber.status !== 'pending' || !subscriber.confirm_expires_at || subscriber.confirm_expires_at <= now.toISOString()) return false;
    return this.deps.repo.confirm(subscriber.id, now.toISOString(), { action: 'confirmed', source: 'email', wordingVersion: MONTHLY_WORDING_VERSION });
  }

  /** The subscriber or person a signed link names; undefined for a forged, revoked or unknown one. */
  async resolveLink(token: string): Promise<LinkTarget | undefined> {
    const owner = this.deps.links.readToken(token);
    if (!owner) return undefined;
    if (owner.kind === 'a') return owner.version === 0 && (await this.deps.repo.userExists(owner.id)) ? { kind: 'a', userId: owner.id } : undefined;
    const subscriber = await this.deps.repo.findById(owner.id);
    if (!subscriber || subscriber.token_version !== owner.version) return undefined;
    return { kind: 's', subscriber };
  }

  async preferences(target: LinkTarget): Promise<PreferencesView> {
    const userId = target.kind === 'a' ? target.userId : target.subscriber.user_id;
    return {
      kind: target.kind,
      isMonthly: target.kind === 's' ? target.subscriber.status === 'active' : undefined,
      alerts: userId !== null ? await this.deps.alertPreferences.listFor(userId) : undefined,
    };
  }

  /** Saves the preference centre's form; alert choices only for a link tied to a person. */
  async savePreferences(target: LinkTarget, input: { isMonthly: boolean | undefined; alerts: ReadonlyMap<number, AlertChoice> }, source: string): Promise<void> {
    const userId = target.kind === 'a' ? target.userId : target.subscriber.user_id;
    if (userId !== null && input.alerts.size > 0) await this.deps.alertPreferences.choose(userId, input.alerts, source);
    if (target.kind !== 's' || input.isMonthly === undefined) return;
    const now = this.now().toISOString();
    if (input.isMonthly && target.subscriber.status === 'unsubscribed') {
      await this.deps.repo.reactivate(target.subscriber.id, now, { action: 'confirmed', source, wordingVersion: MONTHLY_WORDING_VERSION });
    } else if (!input.isMonthly && target.subscriber.status !== 'unsubscribed') {
      await this.deps.repo.unsubscribe(target.subscriber.id, now, { action: 'withdrawn', source, wordingVersion: MONTHLY_WORDING_VERSION });
    }
  }

  /**
   * Unsubscribes whoever a signed link names: a subscriber from the monthly newsletter, or a
   * person ('a' link) from all their topic alerts. False when the token is not valid.
   * The inbound mail listener calls this for mailto unsubscribes.
   */
  async unsubscribeByToken(token: string, source: string): Promise<boolean> {
    const target = await this.resolveLink(token);
    if (!target) return false;
    if (target.kind === 'a') {
      await this.deps.alertPreferences.stopAll(target.userId, source);
      return true;
    }
    await this.deps.repo.unsubscribe(target.subscriber.id, this.now().toISOString(), { action: 'withdrawn', source, wordingVersion: MONTHLY_WORDING_VERSION });
    return true;
  }

  /** A person's own row: by account, or by their confirmed address when they signed up before registering. */
  private async rowFor(viewer: SignedIn): Promise<SubscriberRow | undefined> {
    const own = await this.deps.repo.findByUser(viewer.id);
    if (own || !viewer.isEmailVerified) return own;
    const byEmail = await this.deps.repo.findByEmail(viewer.email);
    return byEmail && byEmail.user_id === null ? byEmail : undefined;
  }

  async forAccount(viewer: SignedIn): Promise<AccountNewsletters> {
    const row = await this.rowFor(viewer);
    const [alerts, history] = await Promise.all([this.deps.alertPreferences.listFor(viewer.id), this.deps.repo.consentHistory(row?.id, viewer.id)]);
    return { status: row?.status ?? 'none', alerts, history };
  }

  /** /account/newsletters: a confirmed account's own address is active at once. */
  async setAccountMonthly(viewer: SignedIn, isWanted: boolean, source: string): Promise<void> {
    const now = this.now().toISOString();
    const row = await this.rowFor(viewer);
    if (!isWanted) {
      if (row) await this.deps.repo.unsubscribe(row.id, now, { action: 'withdrawn', source, wordingVersion: MONTHLY_WORDING_VERSION });
      return;
    }
    if (!viewer.isEmailVerified) throw new Invalid('monthly', 'Confirm your email address first, using the link we sent you, then turn the newsletter on.');
    const consent = { source, wordingVersion: MONTHLY_WORDING_VERSION };
    await this.deps.repo.activateForUser({ userId: viewer.id, email: viewer.email, now, requested: { action: 'requested', ...consent }, confirmed: { action: 'confirmed', ...consent } });
  }

  async chooseAlerts(userId: number, choices: ReadonlyMap<number, AlertChoice>, source: string): Promise<void> {
    await this.deps.alertPreferences.choose(userId, choices, source);
  }

  /** Registration's checkbox takes effect when the address is confirmed (accounts calls this). */
  async onEmailConfirmed(user: Pick<UserRow, 'id' | 'email' | 'newsletter_opt_in'>): Promise<void> {
    if (!user.newsletter_opt_in) return;
    await this.deps.repo.activateForUser({
      userId: user.id, email: user.email, now: this.now().toISOString(),
      requested: { action: 'requested', source: '/register', wordingVersion: REGISTRATION_WORDING_VERSION },
      confirmed: { action: 'confirmed', source: '/verify-email', wordingVersion: REGISTRATION_WORDING_VERSION },
    });
  }

  async exportFor(userId: number): Promise<unknown> {
    const row = await this.deps.repo.findByUser(userId);
    const [alerts, history] = await Promise.all([this.deps.alertPreferences.listFor(userId), this.deps.repo.consentHistory(row?.id, userId)]);
    return {
      monthly: row ? { email: row.email, status: row.status, subscribedAt: row.created_at, confirmedAt: row.confirmed_at, unsubscribedAt: row.unsubscribed_at } : null,
      topicAlerts: alerts.filter((a) => a.frequency !== null).map((a) => ({ topic: a.topicName, frequency: a.frequency })),
      consents: history,
    };
  }

  /** A deleted account's subscription goes too: its own row, and one for its confirmed address. */
  deleteForUser(user: Pick<UserRow, 'id' | 'email' | 'email_verified_at'>): Promise<void> {
    return this.deps.repo.deleteForUser(user.id, user.email_verified_at ? user.email : undefined);
  }
}

/** Only a path on this site is kept as the source of a sign-up (the hidden field is the visitor's to change). */
function sourcePath(source: string): string {
  return /^\/[^\s]{0,199}$/.test(source) && !source.startsWith('//') ? source : '/newsletter';
}
