// Sharing with colleagues: a confirmed reader who can open an item emails a link to it to up
// to five colleagues, with a short plain-text note. The email is the site's template, from the
// site's address; only a hash of each colleague's address is kept, to enforce the daily limit.
import type { Viewer } from '../accounts/viewer.js';
import type { ItemRow } from '../db/schema.js';
import { Forbidden, Invalid, NotFound, TooMany } from '../errors.js';
import type { ContentService } from '../content/service.js';
import { canRead } from '../content/policy.js';
import { itemPath } from '../content/urls.js';
import type { Mailer } from '../platform/email/mailer.js';
import type { Limit, RateLimiter } from '../platform/http/rate-limit.js';
import { formatDate, formatTime } from '../platform/dates.js';
import type { EngagementEvents } from './events.js';
import { hashAddress, isPlainAddress, splitAddresses } from './sharing-addresses.js';
import { shareEmail, type Site } from './sharing-emails.js';
import type { ShareRepo } from './sharing-repo.js';

export const SHARE_LIMITS = {
  /** Colleagues per form. */
  recipientsPerShare: 5,
  noteCharacters: 500,
  /** Colleagues per person in any 24 hours, counted in the shares table. */
  recipientsPerDay: 20,
  /** Sends per person in a short burst, on the shared in-memory limiter. */
  burst: { max: 5, windowSeconds: 10 * 60 } satisfies Limit,
} as const;

const DAY_MS = 24 * 3600 * 1000;

export interface ShareInput {
  recipients: string;
  note: string;
}

export interface ShareableItem {
  id: number;
  kind: ItemRow['kind'];
  title: string;
  summary: string;
  access: ItemRow['access'];
  path: string;
}

export type Sharer = Extract<Viewer, { kind: 'user' }>;

/** Line breaks kept as \n; other control characters dropped. */
export function cleanNote(note: string): string {
  // eslint-disable-next-line no-control-regex
  return note.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

export class ShareService {
  constructor(
    private readonly deps: {
      repo: ShareRepo;
      content: ContentService;
      mailer: Mailer;
      limiter: RateLimiter;
      events: EngagementEvents;
      site: () => Site;
      clock?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  /**
   * The item, when this person may share it: a confirmed account that can open it. Visitors
   * are the route's business (they are sent to log in).
   */
  async itemToShare(viewer: Viewer, itemId: number): Promise<ShareableItem> {
    const found = await this.deps.content.getPublishedWhole(itemId);
    if (!found) throw new NotFound('There is no published item with that number.');
    if (viewer.kind !== 'user' || !viewer.isEmailVerified) {
      throw new Forbidden('Only people with a confirmed account can share with colleagues. Please confirm your email address first, using the link we sent you; you can ask for a new link on your account page.');
    }
    const { row } = found;
    if (!canRead(viewer, row.access)) {
      throw new Forbidden('You can share this item once you can open it: it is for people at member organisations. Your account page says how to become a member.');
    }
    return { id: row.id, kind: row.kind, title: row.title, summary: row.summary, access: row.access, path: itemPath(row.kind, row.slug) };
  }

  /** How many more colleagues this person may email in the next 24 hours. */
  async allowanceLeft(userId: number): Promise<number> {
    const { count } = await this.deps.repo.sentSince(userId, new Date(this.now().getTime() - DAY_MS).toISOString());
    return Math.max(0, SHARE_LIMITS.recipientsPerDay - count);
  }

  /** Checks the form, the limits, then sends one email per colleague. Returns how many were sent. */
  async share(viewer: Viewer, itemId: number, input: ShareInput): Promise<{ item: ShareableItem; sent: number }> {
    const item = await this.itemToShare(viewer, itemId);
    const sender = viewer as Sharer;
    const recipients = this.validate(input);
    await this.checkDailyLimit(sender.id, recipients.length);
    this.deps.limiter.hit(`share:${sender.id}`, SHARE_LIMITS.burst);

    const site = this.deps.site();
    const note = cleanNote(input.note);
    const url = site.url + item.path;
    const sent: string[] = [];
    try {
      for (const to of recipients) {
        await this.deps.mailer.send(shareEmail(site, { name: sender.name, email: sender.email }, { ...item, url }, note, to));
        sent.push(to);
      }
    } finally {
      // Whatever went out counts towards the limit, even if a later message failed.
      const at = this.now().toISOString();
      await this.deps.repo.insertMany(sent.map((to) => ({ userId: sender.id, itemId: item.id, recipientHash: hashAddress(to) })), at);
      if (sent.length > 0) await this.deps.events.record({ userId: sender.id, itemId: item.id, kind: 'share' });
    }
    return { item, sent: sent.length };
  }

  /** The colleagues' addresses (unique, as typed), or Invalid with a message per field. */
  private validate(input: ShareInput): string[] {
    const typed = splitAddresses(input.recipients);
    const seen = new Set<string>();
    const unique = typed.filter((address) => {
      const key = address.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const invalid = unique.filter((address) => !isPlainAddress(address));
    const noteLength = [...cleanNote(input.note)].length;
    const max = SHARE_LIMITS.recipientsPerShare;
    const shown = (address: string) => `“${address.length > 60 ? `${address.slice(0, 59)}…` : address}”`;
    Invalid.check({
      recipients:
        unique.length === 0 ? 'Enter at least one email address.'
        : unique.length > max ? `You can share with up to ${max} people at a time; you entered ${unique.length} addresses.`
        : invalid.length > 0 ? `${invalid.slice(0, 3).map(shown).join(', ')} ${invalid.length === 1 ? 'is not an email address' : 'are not email addresses'}. Use addresses like name@example.org.`
        : undefined,
      note: noteLength > SHARE_LIMITS.noteCharacters ? `Your note can be up to ${SHARE_LIMITS.noteCharacters} characters long; it has ${noteLength}.` : undefined,
    });
    return unique;
  }

  private async checkDailyLimit(userId: number, wanted: number): Promise<void> {
    const now = this.now();
    const { count, oldest } = await this.deps.repo.sentSince(userId, new Date(now.getTime() - DAY_MS).toISOString());
    const left = SHARE_LIMITS.recipientsPerDay - count;
    if (wanted <= left) return;
    const freesAt = new Date(Date.parse(oldest ?? now.toISOString()) + DAY_MS);
    const retryAfter = Math.max(1, Math.ceil((freesAt.getTime() - now.getTime()) / 1000));
    const when = `${formatTime(freesAt.toISOString())} on ${formatDate(freesAt.toISOString())}`;
    throw new TooMany(
      retryAfter,
      left <= 0
        ? `You have shared with ${SHARE_LIMITS.recipientsPerDay} people in the last 24 hours, which is the most we allow, to keep the site from being used for unwanted email. You can share again from ${when}.`
        : `You can share with ${left} more ${left === 1 ? 'person' : 'people'} in the next 24 hours (the limit is ${SHARE_LIMITS.recipientsPerDay} a day). Please remove some addresses, or try again from ${when}.`,
    );
  }
}
