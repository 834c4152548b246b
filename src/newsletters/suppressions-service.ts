// What comes back from mail servers, and the addresses never to mail again. A bounce report
// arrives at a per-recipient return path (VERP), so which message bounced is known from the
// address it was sent to, not guessed from the report. Hard bounces and complaints suppress
// at once; soft bounces (a full mailbox, a server down) only when they keep happening.
import type { Actor, AuditLog } from '../audit/service.js';
import type { SuppressionReason } from '../db/schema.js';
import { NotFound } from '../errors.js';
import { paginate, PAGE_SIZE, type Pagination } from '../platform/pagination.js';
import { readReports } from './bounces/reports.js';
import { LinkSigner } from './signed-links.js';
import type { BounceRow, SuppressionRow, SuppressionsRepo } from './suppressions-repo.js';

/**
 * Three soft bounces in thirty days: a mailbox full for a month, or a server that has gone,
 * is not coming back soon; one or two are ordinary weather and suppressing on them would
 * drop people who did nothing wrong.
 */
export const SOFT_BOUNCE_LIMIT = 3;
export const SOFT_BOUNCE_WINDOW_DAYS = 30;

export interface SuppressionsDeps {
  repo: SuppressionsRepo;
  links: LinkSigner;
  returnPathDomain: string;
  /** A mailto unsubscribe (List-Unsubscribe by email): the token from the address. */
  onUnsubscribe: (token: string, source: string) => Promise<boolean>;
  audit: AuditLog;
  clock?: () => Date;
}

export class SuppressionsService {
  constructor(private readonly deps: SuppressionsDeps) {}

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  suppressedAmong(emails: readonly string[]): Promise<Set<string>> {
    return this.deps.repo.suppressedAmong(emails.map((e) => e.toLowerCase()));
  }

  async isSuppressed(email: string): Promise<boolean> {
    return (await this.suppressedAmong([email])).size > 0;
  }

  /** Whether the inbound listener takes mail for this address: only our own signed return paths and unsubscribe mailboxes. */
  accepts(address: string): boolean {
    const [local, domain] = [address.slice(0, address.lastIndexOf('@')), address.slice(address.lastIndexOf('@') + 1).toLowerCase()];
    if (!local || domain !== this.deps.returnPathDomain) return false;
    if (this.deps.links.readReturnPath(address)) return true;
    const token = LinkSigner.tokenInMailbox(address);
    return token !== undefined && this.deps.links.readToken(token) !== undefined;
  }

  /** One message the inbound listener took: a bounce, a complaint, an unsubscribe, or nothing of interest. */
  async handleInbound(message: { recipients: readonly string[]; raw: Buffer }): Promise<void> {
    const now = this.now();
    for (const recipient of message.recipients) {
      const token = LinkSigner.tokenInMailbox(recipient);
      if (token) {
        await this.deps.onUnsubscribe(token, 'email-mailto');
        continue;
      }
      const tag = this.deps.links.readReturnPath(recipient);
      if (!tag) continue;
      const email = (tag.kind === 'delivery' ? await this.deps.repo.deliveryEmail(tag.id) : await this.deps.repo.userEmail(tag.id))?.toLowerCase();
      if (!email) continue;
      for (const report of readReports(message.raw)) {
        // A report about some other address sent to this return path is not about this message.
        if (report.recipient && report.recipient !== email) continue;
        const deliveryId = tag.kind === 'delivery' ? tag.id : null;
        if (report.kind === 'complaint') {
          await this.deps.repo.recordBounce({ email, kind: 'complaint', deliveryId, statusCode: '', diagnostic: `Feedback report: ${report.feedbackType}`, now: now.toISOString() });
          await this.deps.repo.suppress(email, 'complaint', `Marked as spam (${report.feedbackType})`, now.toISOString());
          continue;
        }
        await this.deps.repo.recordBounce({ email, kind: report.kind, deliveryId, statusCode: report.status, diagnostic: report.diagnostic, now: now.toISOString() });
        if (report.kind === 'hard') {
          await this.deps.repo.suppress(email, 'hard-bounce', `${report.status} ${report.diagnostic}`.trim(), now.toISOString());
        } else {
          const since = new Date(now.getTime() - SOFT_BOUNCE_WINDOW_DAYS * 86_400_000).toISOString();
          if ((await this.deps.repo.softBouncesSince(email, since)) >= SOFT_BOUNCE_LIMIT) {
            await this.deps.repo.suppress(email, 'soft-bounces', `${SOFT_BOUNCE_LIMIT} temporary failures in ${SOFT_BOUNCE_WINDOW_DAYS} days, the last ${report.status}`, now.toISOString());
          }
        }
      }
    }
  }

  async list(options: { page: number; q: string }): Promise<{ rows: SuppressionRow[]; pagination: Pagination; recent: BounceRow[] }> {
    const q = options.q.trim().toLowerCase();
    const pagination = paginate(options.page, await this.deps.repo.count(q), PAGE_SIZE);
    const [rows, recent] = await Promise.all([this.deps.repo.list(q, { limit: pagination.limit, offset: pagination.offset }), this.deps.repo.recentBounces(20)]);
    return { rows, pagination, recent };
  }

  /** An admin lets an address be mailed again (they fixed their mailbox, say). */
  async remove(email: string, by: Actor): Promise<void> {
    const address = email.trim().toLowerCase();
    if (!(await this.deps.repo.remove(address))) throw new NotFound('That address is not on the suppression list (someone may have removed it already).');
    await this.deps.audit.record(by, { action: 'newsletter.suppression.removed', subjectType: 'email', subjectId: address, summary: `Allowed mail to ${address} again` });
  }

  /** An admin stops mail to an address by hand. */
  async suppressByHand(email: string, reason: SuppressionReason, detail: string): Promise<boolean> {
    return this.deps.repo.suppress(email.trim().toLowerCase(), reason, detail, this.now().toISOString());
  }
}
