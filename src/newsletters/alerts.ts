// Topic alerts: an email when something is published in a topic a person asked to hear about
// at once, or one weekly digest (Monday morning, UK time) for the topics they chose weekly.
// One process at a time does the work (a lease); an item goes to a person at most once
// through alerts, because alert_deliveries is written before the email is sent.
import type { Mailer } from '../platform/email/mailer.js';
import { newHolderName, type LeaseRepo } from '../platform/jobs/lease-repo.js';
import type { ContentService } from '../content/service.js';
import { canRead } from '../content/policy.js';
import { compileIssueEmail, issueMessage, type IssueItem, type SiteForEmail } from './email/issue-email.js';
import { readerKindOf } from './reader-kind.js';
import { escapeHtml } from '../platform/email/templates.js';
import type { LinkSigner } from './signed-links.js';
import type { Person } from './sending/picks.js';
import type { AlertsRepo } from './alerts-repo.js';

const IMMEDIATE_THROUGH = 'alerts.immediate.through';
const WEEKLY_DONE = 'alerts.weekly.done';
const LEASE = 'alerts.lease';
const LEASE_STALE_MS = 120_000;
/** The digest goes out on Monday from this hour, UK time. */
export const DIGEST_DAY = 1;
export const DIGEST_HOUR = 7;

export interface AlertsDeps {
  repo: AlertsRepo;
  leases: LeaseRepo;
  content: Pick<ContentService, 'cardsByIds'>;
  peopleByIds: (userIds: readonly number[]) => Promise<Map<number, Person>>;
  topicNames: () => Promise<Map<number, string>>;
  mailer: Mailer;
  links: LinkSigner;
  site: () => SiteForEmail;
  returnPathDomain: string;
  onError: (error: unknown) => void;
  clock?: () => Date;
}

/** The Monday (YYYY-MM-DD, London) of the latest digest time at or before `now`. */
export function digestWeek(now: Date): string {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', weekday: 'short', hour12: false })
    .formatToParts(now).map((p) => [p.type, p.value]));
  const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday!);
  let sinceMonday = (weekday - DIGEST_DAY + 7) % 7;
  // Monday before the hour still belongs to last week's digest.
  if (sinceMonday === 0 && Number(parts.hour) % 24 < DIGEST_HOUR) sinceMonday = 7;
  const londonDate = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
  return new Date(londonDate - sinceMonday * 86_400_000).toISOString().slice(0, 10);
}

export class TopicAlerts {
  private readonly holder = newHolderName();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(private readonly deps: AlertsDeps) {}

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  /** Checks each minute (and when woken after a publish). */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  wake(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  private schedule(ms: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.running = this.runOnce().catch(this.deps.onError).finally(() => {
        this.running = undefined;
        if (!this.stopped) this.schedule(60_000);
      });
    }, ms);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    await this.deps.leases.release(LEASE, this.holder).catch(() => undefined);
  }

  /** One pass: immediate alerts for what was published since the last pass, then the digest if its time has come. */
  async runOnce(): Promise<void> {
    const now = this.now();
    if (!(await this.deps.leases.take(LEASE, this.holder, now.toISOString(), new Date(now.getTime() - LEASE_STALE_MS).toISOString()))) return;
    await this.runImmediate(now);
    await this.runWeekly(now);
  }

  private async runImmediate(now: Date): Promise<void> {
    const { repo } = this.deps;
    const through = await repo.state(IMMEDIATE_THROUGH);
    // The first pass only starts the clock: items published before alerts existed are not news.
    if (through === undefined) return repo.setState(IMMEDIATE_THROUGH, now.toISOString(), now.toISOString());
    const items = await repo.publishedBetween(through, now.toISOString());
    for (const item of items) {
      const recipients = await repo.recipients(item.topicIds, 'immediate');
      const people = await this.deps.peopleByIds([...recipients.keys()]);
      const [found] = await this.deps.content.cardsByIds([item.id]);
      for (const [userId, topicIds] of recipients) {
        const person = people.get(userId);
        if (!found || !person || !canRead(person.viewer, item.access)) continue;
        if ((await repo.claim(userId, [item.id], 'immediate', now.toISOString())).length === 0) continue;
        const topics = await this.deps.topicNames();
        const topic = topics.get(topicIds[0]!) ?? 'a topic you follow';
        await this.send(person, [found], { subject: `New in ${topic}: ${found.card.title}`, edition: `Topic alert · ${topic}`, why: `You get this email because you asked for alerts about ${topic} as soon as something is published.`, intro: `Just published in ${topic}.` });
      }
      await repo.setState(IMMEDIATE_THROUGH, item.publishedAt, now.toISOString());
    }
    if (items.length < 500) await repo.setState(IMMEDIATE_THROUGH, now.toISOString(), now.toISOString());
  }

  private async runWeekly(now: Date): Promise<void> {
    const { repo } = this.deps;
    const week = digestWeek(now);
    const done = await repo.state(WEEKLY_DONE);
    // The first pass marks the current week done: people get their first digest next Monday.
    if (done === undefined) {
      await repo.compareAndSet(WEEKLY_DONE, undefined, week, now.toISOString());
      return;
    }
    if (done >= week) return;
    // Exactly one process claims the week; a restart after Monday still sends that week's digest.
    if (!(await repo.compareAndSet(WEEKLY_DONE, done, week, now.toISOString()))) return;
    const since = new Date(now.getTime() - 7 * 86_400_000).toISOString();
    const items = await repo.publishedBetween(since, now.toISOString());
    if (items.length === 0) return;
    const byPerson = await repo.weeklyTopicsByPerson();
    const people = await this.deps.peopleByIds([...byPerson.keys()]);
    const eligible = await repo.recipients([...new Set([...byPerson.values()].flat())], 'weekly');
    const cards = new Map((await this.deps.content.cardsByIds(items.map((i) => i.id))).map((c) => [c.card.id, c]));
    const topics = await this.deps.topicNames();
    for (const [userId, topicIds] of eligible) {
      const person = people.get(userId);
      if (!person) continue;
      const wanted = items.filter((i) => i.topicIds.some((t) => topicIds.includes(t)) && canRead(person.viewer, i.access) && cards.has(i.id));
      const claimed = new Set(await repo.claim(userId, wanted.map((i) => i.id), 'weekly', now.toISOString()));
      const chosen = wanted.filter((i) => claimed.has(i.id)).map((i) => cards.get(i.id)!);
      if (chosen.length === 0) continue;
      const names = topicIds.map((t) => topics.get(t)).filter(Boolean).join(', ');
      await this.send(person, chosen, { subject: `This week in ${names}`, edition: `Weekly digest · ${names}`, why: `You get this email because you asked for a weekly digest of ${names}.`, intro: `${chosen.length} new ${chosen.length === 1 ? 'item' : 'items'} this week in the topics you chose.` });
    }
  }

  private async send(person: Person, items: IssueItem[], text: { subject: string; edition: string; why: string; intro: string }): Promise<void> {
    const site = this.deps.site();
    const { links, returnPathDomain } = this.deps;
    const owner = { kind: 'a', id: person.viewer.id, version: 0 } as const;
    const token = links.tokenFor(owner);
    const issue = { id: 0, subject: text.subject, introHtml: `<p>${escapeHtml(text.intro)}</p>`, introText: text.intro, items, sentAt: this.now().toISOString() };
    const compiled = compileIssueEmail(issue, readerKindOf(person.viewer), site, { edition: text.edition, why: text.why, itemsHeading: items.length === 1 ? 'The item' : 'New items' });
    try {
      await this.deps.mailer.send(issueMessage({
        compiled, subject: text.subject, to: person.viewer.email, picked: [],
        links: { preferencesUrl: `${site.url}/newsletter/preferences/${token}`, unsubscribeUrl: `${site.url}/newsletter/unsubscribe/${token}` },
        unsubscribeMailto: links.unsubscribeMailbox(owner, returnPathDomain),
        listId: `${site.name.replace(/[<>\r\n"]/g, '')} topic alerts <alerts.${returnPathDomain}>`,
        returnPath: links.returnPath(`u${person.viewer.id}`, returnPathDomain),
      }));
    } catch (error) {
      // Recorded as alerted already: at most once means a failed alert is not retried.
      this.deps.onError(error);
    }
  }
}

