// Gift links: a member gives a colleague a link that opens one members-only item (its body and
// its own files) for 7 days, without an account. The link's token is random and signed with
// the server's secret; only its SHA-256 is stored, so neither a copy of the database nor a
// guessed string opens anything. Givers can revoke their links; each member may give a few a
// month, counted per organisation for admins. A gift opens nothing else: other items, files,
// search and feeds see the visitor as the anonymous reader they are.
import { createHmac } from 'node:crypto';
import type { Viewer } from '../accounts/viewer.js';
import { hashSecret, newSecret, safeEqual } from '../accounts/tokens.js';
import type { AuditLog } from '../audit/service.js';
import type { AttachmentRow, ItemRow } from '../db/schema.js';
import { Forbidden, Invalid, NotFound, TooMany } from '../errors.js';
import type { ContentService } from '../content/service.js';
import type { ItemView } from '../content/presenters.js';
import { itemPath } from '../content/urls.js';
import type { Mailer } from '../platform/email/mailer.js';
import { formatDate, formatTime } from '../platform/dates.js';
import type { EngagementEvents } from './events.js';
import type { GiftListRow, GiftRepo, OrganisationGiftCount } from './gifts-repo.js';
import { hashAddress, isPlainAddress } from './sharing-addresses.js';
import { giftEmail, type Site } from './sharing-emails.js';
import type { ShareableItem } from './sharing-service.js';

export const GIFT_RULES = {
  days: 7,
  /** Gifts a member may give per calendar month (UTC), revoked ones included. */
  perMonth: 5,
} as const;

const DAY_MS = 24 * 3600 * 1000;
const TOKEN = /^([A-Za-z0-9_-]{43})\.([A-Za-z0-9_-]{22})$/;

export type Giver = Extract<Viewer, { kind: 'user' }>;

export type GiftOpening =
  | { state: 'unknown' }
  | { state: 'revoked'; giverName: string }
  | { state: 'expired'; giverName: string; expiresAt: string }
  | { state: 'open'; giftId: number; giverName: string; expiresAt: string; row: ItemRow; item: ItemView; attachments: AttachmentRow[] };

export interface CreatedGift {
  item: ShareableItem;
  link: string;
  expiresAt: string;
  emailedTo: string | undefined;
}

/** "14:05 GMT on 3 March 2026" */
export function formatWhen(iso: string): string {
  return `${formatTime(iso)} on ${formatDate(iso)}`;
}

export function monthStart(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

export class GiftService {
  private readonly signingKey: Buffer;

  constructor(
    private readonly deps: {
      repo: GiftRepo;
      content: ContentService;
      mailer: Mailer;
      events: EngagementEvents;
      audit: AuditLog;
      site: () => Site;
      /** The server's secret (SESSION_SECRET); gift links are signed with a key derived from it. */
      secret: string;
      clock?: () => Date;
    },
  ) {
    this.signingKey = createHmac('sha256', deps.secret).update('pulse gift links').digest();
  }

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  private sign(random: string): string {
    return createHmac('sha256', this.signingKey).update(random).digest('base64url').slice(0, 22);
  }

  /** The members-only item, when this person is a member who may give it. */
  async itemToGift(viewer: Viewer, itemId: number): Promise<ShareableItem> {
    const found = await this.deps.content.getPublishedWhole(itemId);
    if (!found) throw new NotFound('There is no published item with that number.');
    if (viewer.kind !== 'user' || !viewer.isEmailVerified || !viewer.membership) {
      throw new Forbidden('Gift links are for members: people at a member organisation, with a confirmed email address. Your account page says how to become a member.');
    }
    const { row } = found;
    if (row.access !== 'members') {
      throw new Forbidden(row.access === 'public'
        ? 'This item is open to everyone, so there is nothing to give: share the link with your colleague instead.'
        : 'This item is open to anyone who registers (free), so there is nothing to give: share it with your colleague instead.');
    }
    return { id: row.id, kind: row.kind, title: row.title, summary: row.summary, access: row.access, path: itemPath(row.kind, row.slug) };
  }

  /** Gifts this person may still give this calendar month. */
  async allowanceLeft(userId: number): Promise<number> {
    const used = await this.deps.repo.countByGiverSince(userId, monthStart(this.now()).toISOString());
    return Math.max(0, GIFT_RULES.perMonth - used);
  }

  async create(viewer: Viewer, itemId: number, input: { recipient: string }): Promise<CreatedGift> {
    const item = await this.itemToGift(viewer, itemId);
    const giver = viewer as Giver;
    const recipient = input.recipient.trim();
    Invalid.check({ recipient: recipient !== '' && !isPlainAddress(recipient) ? 'Enter an email address like name@example.org, or leave this empty.' : undefined });
    const now = this.now();
    if ((await this.allowanceLeft(giver.id)) <= 0) {
      const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
      throw new TooMany(
        Math.max(1, Math.ceil((next.getTime() - now.getTime()) / 1000)),
        `You have given ${GIFT_RULES.perMonth} gift links this month, which is the most a member can give (revoked links count too). You can give more from ${formatDate(next.toISOString())}.`,
      );
    }
    const random = newSecret();
    const token = `${random}.${this.sign(random)}`;
    const expiresAt = new Date(now.getTime() + GIFT_RULES.days * DAY_MS).toISOString();
    const giftId = await this.deps.repo.insert({
      tokenHash: hashSecret(token), itemId: item.id, giverId: giver.id, organisationId: giver.membership?.organisationId ?? null,
      recipientHash: recipient === '' ? '' : hashAddress(recipient), createdAt: now.toISOString(), expiresAt,
    });
    const site = this.deps.site();
    const link = `${site.url}/gift/${token}`;
    if (recipient !== '') {
      await this.deps.mailer.send(giftEmail(site, { name: giver.name, email: giver.email }, { ...item, url: site.url + item.path }, link, formatWhen(expiresAt), recipient));
    }
    await this.deps.events.record({ userId: giver.id, itemId: item.id, kind: 'gift' });
    await this.deps.audit.record(viewer, { action: 'gift.create', subjectType: 'gift', subjectId: giftId, summary: `Gave a 7-day link to “${item.title}”${recipient === '' ? '' : ' by email'}` });
    return { item, link, expiresAt, emailedTo: recipient === '' ? undefined : recipient };
  }

  /** What a gift link opens, if anything. Counts the opening. */
  async open(token: string): Promise<GiftOpening> {
    const match = TOKEN.exec(token);
    if (!match || !safeEqual(this.sign(match[1]!), match[2]!)) return { state: 'unknown' };
    const gift = await this.deps.repo.findByTokenHash(hashSecret(token));
    if (!gift) return { state: 'unknown' };
    if (gift.revoked_at !== null) return { state: 'revoked', giverName: gift.giver_name };
    if (Date.parse(gift.expires_at) <= this.now().getTime()) return { state: 'expired', giverName: gift.giver_name, expiresAt: gift.expires_at };
    const found = await this.deps.content.getPublishedWhole(gift.item_id);
    // Unpublished since it was given (a deleted item takes its gifts with it).
    if (!found) return { state: 'unknown' };
    return { state: 'open', giftId: gift.id, giverName: gift.giver_name, expiresAt: gift.expires_at, ...found };
  }

  recordOpened(giftId: number): Promise<void> {
    return this.deps.repo.recordOpened(giftId);
  }

  listMine(userId: number): Promise<GiftListRow[]> {
    return this.deps.repo.listByGiver(userId, 200);
  }

  async revoke(viewer: Viewer, giftId: number): Promise<void> {
    if (viewer.kind !== 'user') throw new Forbidden();
    const revoked = await this.deps.repo.revoke(giftId, viewer.id, this.now().toISOString());
    if (revoked) {
      await this.deps.audit.record(viewer, { action: 'gift.revoke', subjectType: 'gift', subjectId: giftId, summary: 'Revoked a gift link' });
      return;
    }
    // Someone else's gift looks the same as no gift; one already revoked is simply done.
    if (!(await this.deps.repo.findOwn(giftId, viewer.id))) throw new NotFound('You have not given a gift with that number.');
  }

  /** This calendar month's gifts per member organisation, for admins. */
  async countsThisMonth(): Promise<{ since: string; rows: OrganisationGiftCount[] }> {
    const since = monthStart(this.now()).toISOString();
    return { since, rows: await this.deps.repo.countsByOrganisationSince(since) };
  }
}
