// The sending engine. One sender at a time holds the lease (platform/jobs/lease-repo.ts) and
// sends every issue that is 'sending', in batches: claim (pending → sending, written before
// any SMTP conversation starts) → render each copy → hand it to the pooled SMTP transport
// (rate-limited) → sent, or failed when the server refused it, or unknown when the
// conversation broke. A copy left 'sending' by a killed sender becomes unknown and is never
// sent again: a person may miss an issue, but never gets it twice.
import type { Mailer } from '../../platform/email/mailer.js';
import { sendFailureKind } from '../../platform/email/mailer.js';
import { newHolderName, type LeaseRepo } from '../../platform/jobs/lease-repo.js';
import { silentProgress, type Progress } from '../../platform/progress.js';
import { compileIssueEmail, issueMessage, monthlyListId, type CompiledIssueEmail, type IssueForEmail, type SiteForEmail } from '../email/issue-email.js';
import type { ReaderKind } from '../reader-kind.js';
import type { LinkSigner } from '../signed-links.js';
import type { IssuesService } from '../issues-service.js';
import type { ClaimedDelivery, DeliveriesRepo } from './deliveries-repo.js';
import type { NewsletterPicks, RecipientCopy } from './picks.js';

export interface SenderDeps {
  repo: DeliveriesRepo;
  leases: LeaseRepo;
  issues: Pick<IssuesService, 'forEmail'>;
  picks: NewsletterPicks;
  /** The bulk transport: pooled, rate-limited, DKIM-signing (or the outbox without SMTP_URL). */
  mailer: Mailer;
  links: LinkSigner;
  site: () => SiteForEmail;
  returnPathDomain: string;
  onError: (error: unknown) => void;
  /** A progress display per issue (the terminal for `npm start` and the sender script). */
  progress?: (label: string) => Progress;
  clock?: () => Date;
  batchSize?: number;
  pollMs?: number;
}

const LEASE = 'newsletters.sender';
/** A lease not renewed for this long is taken over (a batch renews it). */
const LEASE_STALE_MS = 60_000;
/** Sent copies are written down this often, so a kill loses at most this much to "unknown". */
const FLUSH_MS = 200;

export class NewsletterSender {
  readonly holder = newHolderName();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopping = false;
  private started = false;
  private wakeAgain = false;

  constructor(private readonly deps: SenderDeps) {}

  private now(): string {
    return (this.deps.clock?.() ?? new Date()).toISOString();
  }

  /** Polls for issues to send (scheduled ones falling due, or "send now"). */
  start(): void {
    this.stopping = false;
    this.started = true;
    this.schedule(0);
  }

  /** Looks for work now (an editor pressed "Send now" or "Resume"). */
  wake(): void {
    // Only a started sender polls; the sender script and tests drive runUntilIdle themselves.
    if (this.stopping || !this.started) return;
    if (this.running) this.wakeAgain = true;
    else this.schedule(0);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.runOnce().then(() => undefined, this.deps.onError).finally(() => {
        this.running = undefined;
        if (this.stopping) return;
        const again = this.wakeAgain;
        this.wakeAgain = false;
        this.schedule(again ? 0 : this.deps.pollMs ?? 5_000);
      });
    }, ms);
    this.timer.unref();
  }

  /** Finishes the batch in hand (so nothing is left 'sending' needlessly), then lets go of the lease. */
  async stop(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.timer);
    await this.running?.catch(() => undefined);
    await this.deps.leases.release(LEASE, this.holder).catch(() => undefined);
  }

  /**
   * Sends until no issue is left 'sending' (or every one left is paused): the sender script.
   * 'busy' when another sender holds the lease (it is doing the work).
   */
  async runUntilIdle(): Promise<'done' | 'busy'> {
    let outcome: 'idle' | 'worked' | 'busy';
    do outcome = await this.runOnce();
    while (!this.stopping && outcome === 'worked');
    await this.deps.leases.release(LEASE, this.holder);
    return outcome === 'busy' ? 'busy' : 'done';
  }

  /** One pass over the issues to send. 'idle': nothing to do, or another sender has the lease. */
  async runOnce(): Promise<'idle' | 'worked' | 'busy'> {
    if (!(await this.renewLease())) return 'busy';
    const issues = await this.deps.repo.issuesToSend(this.now());
    for (const issueId of issues) {
      if (this.stopping) break;
      await this.sendIssue(issueId);
    }
    return issues.length > 0 ? 'worked' : 'idle';
  }

  private renewLease(): Promise<boolean> {
    const now = this.deps.clock?.() ?? new Date();
    return this.deps.leases.take(LEASE, this.holder, now.toISOString(), new Date(now.getTime() - LEASE_STALE_MS).toISOString());
  }

  private async sendIssue(issueId: number): Promise<void> {
    const { repo } = this.deps;
    const issue = await this.deps.issues.forEmail(issueId);
    if (!(await repo.hasDeliveries(issueId))) await repo.createDeliveries(issueId, this.now());
    await repo.orphanedToUnknown(issueId, this.now());
    const counts = await repo.counts(issueId);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    let done = total - counts.pending;
    const progress = this.deps.progress?.(`Sending “${issue.subject}”`) ?? silentProgress;
    progress.start(total);
    progress.tick(done);
    const compiled = new Map<ReaderKind, CompiledIssueEmail>();
    const compiledFor = (reader: ReaderKind) => {
      let email = compiled.get(reader);
      if (!email) compiled.set(reader, (email = compileIssueEmail(issue, reader, this.deps.site())));
      return email;
    };
    const exclude = issue.items.map((i) => i.card.id);
    this.deps.picks.reset();

    const sent = new SentLog(repo, () => this.now());
    // The next batch is claimed and ranked while this one is on the wire, so the CPU work of
    // personalising overlaps the wait for the SMTP server.
    const prepare = async (): Promise<Prepared | undefined> => {
      if (this.stopping || (await repo.statusOf(issueId)) !== 'sending' || !(await this.renewLease())) return undefined;
      let batch: ClaimedDelivery[];
      for (;;) {
        const { claimed, deliveries } = await repo.claim(issueId, this.holder, this.deps.batchSize ?? 100, this.now());
        batch = deliveries;
        // A claim whose every row was dropped (unsubscribed or bounced meanwhile) is not the end.
        if (batch.length > 0 || claimed === 0) break;
      }
      if (batch.length === 0) return { batch, copies: [] };
      try {
        return { batch, copies: await this.deps.picks.forRecipients(batch.map((d) => d.userId), exclude) };
      } catch (error) {
        // Nothing of this batch was sent: it goes back to the queue.
        await repo.unclaim(batch.map((d) => d.id), this.holder, this.now());
        throw error;
      }
    };
    let next = prepare();
    try {
      for (;;) {
        const prepared = await next;
        if (!prepared) break;
        if (prepared.batch.length === 0) {
          await sent.flush();
          if (await repo.finishIfDone(issueId, this.now())) progress.finish(`${total} recipients`);
          break;
        }
        next = prepare();
        await Promise.all(prepared.batch.map((delivery, i) => this.sendOne(issue, delivery, prepared.copies[i]!, compiledFor, sent)));
        done += prepared.batch.length;
        progress.tick(done);
      }
    } finally {
      await sent.close();
      // A batch prepared but not sent (paused, stopping, lease lost) goes back to pending:
      // none of it reached the SMTP server, so sending it later is not sending it twice.
      const unsent = await next.catch(() => undefined);
      if (unsent && unsent.batch.length > 0) await repo.unclaim(unsent.batch.map((d) => d.id), this.holder, this.now());
    }
  }

  private async sendOne(issue: IssueForEmail, delivery: ClaimedDelivery, copy: RecipientCopy, compiledFor: (reader: ReaderKind) => CompiledIssueEmail, sent: SentLog): Promise<void> {
    const { links, returnPathDomain } = this.deps;
    const site = this.deps.site();
    let message;
    try {
      const owner = { kind: 's', id: delivery.subscriberId, version: delivery.tokenVersion } as const;
      const token = links.tokenFor(owner);
      message = issueMessage({
        compiled: compiledFor(copy.reader),
        subject: issue.subject,
        to: delivery.email,
        picked: copy.picked,
        links: { preferencesUrl: `${site.url}/newsletter/preferences/${token}`, unsubscribeUrl: `${site.url}/newsletter/unsubscribe/${token}` },
        unsubscribeMailto: links.unsubscribeMailbox(owner, returnPathDomain),
        listId: monthlyListId(site.name, returnPathDomain),
        returnPath: links.returnPath(`n${delivery.id}`, returnPathDomain),
      });
    } catch (error) {
      // Nothing reached the server: the copy could not be made. Failed, with the reason.
      await this.deps.repo.markEnded(delivery.id, 'failed', `Could not prepare this copy: ${messageOf(error)}`, this.now());
      return;
    }
    try {
      await this.deps.mailer.send(message);
      sent.add(delivery.id);
    } catch (error) {
      const status = sendFailureKind(error) === 'refused' ? 'failed' : 'unknown';
      await this.deps.repo.markEnded(delivery.id, status, messageOf(error), this.now());
    }
  }
}

interface Prepared {
  batch: ClaimedDelivery[];
  copies: RecipientCopy[];
}

/** Copies the server took, written down in groups (one UPDATE per group, not per message). */
class SentLog {
  private ids: number[] = [];
  private readonly timer: NodeJS.Timeout;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly repo: DeliveriesRepo, private readonly now: () => string) {
    this.timer = setInterval(() => void this.flush().catch(() => undefined), FLUSH_MS);
    this.timer.unref();
  }

  add(id: number): void {
    this.ids.push(id);
  }

  flush(): Promise<void> {
    const ids = this.ids;
    this.ids = [];
    this.writing = this.writing.catch(() => undefined).then(() => (ids.length > 0 ? this.repo.markSent(ids, this.now()) : undefined));
    return this.writing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
