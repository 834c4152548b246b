// The editors' side of newsletter issues: drafting (subject, intro, items), filling from the
// month's most read, a test copy to yourself, scheduling, sending now, pausing and resuming.
// Each change of state is one conditional UPDATE, so two editors (or an editor and the
// sender) never both move an issue; the loser is told what happened instead.
import type { Viewer } from '../accounts/viewer.js';
import type { AuditLog } from '../audit/service.js';
import type { ForYouService } from '../personalisation/for-you-service.js';
import type { Mailer } from '../platform/email/mailer.js';
import { renderMarkdown } from '../platform/markdown.js';
import { londonInputToUtc } from '../platform/dates.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.js';
import { paginate, type Pagination } from '../platform/pagination.js';
import { compileIssueEmail, issueMessage, monthlyListId, type SiteForEmail } from './email/issue-email.js';
import type { IssueDeskRepo, IssueRow, PickableItem } from './issues-repo.js';
import type { IssuesService } from './issues-service.js';
import { readerKindOf } from './reader-kind.js';
import type { LinkSigner } from './signed-links.js';
import type { DeliveryCounts } from './sending/deliveries-repo.js';

export const ISSUE_LIMITS = { subject: 150, intro: 5000, items: 30 } as const;

export interface IssueInput {
  subject: string;
  introMd: string;
  itemIds: number[];
}

export interface IssueDeskDeps {
  repo: IssueDeskRepo;
  issues: IssuesService;
  audit: AuditLog;
  forYou: Pick<ForYouService, 'picksFor'>;
  mailer: Mailer;
  links: LinkSigner;
  site: () => SiteForEmail;
  returnPathDomain: string;
  counts: (issueId: number) => Promise<DeliveryCounts>;
  /** The sender looks for work at once (after "Send now" and "Resume"). */
  wakeSender: () => void;
  clock?: () => Date;
}

export class IssueDesk {
  constructor(private readonly deps: IssueDeskDeps) {}

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  async list(): Promise<{ issue: IssueRow; counts: DeliveryCounts | undefined }[]> {
    const issues = await this.deps.repo.listIssues();
    return Promise.all(issues.map(async (issue) => ({ issue, counts: ['sending', 'paused', 'sent'].includes(issue.status) ? await this.deps.counts(issue.id) : undefined })));
  }

  pickable(q: string): Promise<PickableItem[]> {
    return this.deps.repo.pickable({ q: q.slice(0, 100), limit: 40 });
  }

  pickableByIds(ids: readonly number[]): Promise<PickableItem[]> {
    return this.deps.repo.pickableByIds(ids);
  }

  /** The month's most read item in each topic (by page views over 30 days). */
  mostReadThisMonth(): Promise<number[]> {
    const since = new Date(this.now().getTime() - 30 * 86_400_000).toISOString().slice(0, 10);
    return this.deps.repo.mostReadPerTopic(since);
  }

  recipientCount(): Promise<number> {
    return this.deps.repo.recipientCount();
  }

  counts(issueId: number): Promise<DeliveryCounts> {
    return this.deps.counts(issueId);
  }

  /** Every problem with the input at once, by field; the items must be published. */
  private async validate(input: IssueInput): Promise<void> {
    const errors: Record<string, string> = {};
    if (!input.subject.trim()) errors.subject = 'Enter a subject line.';
    else if (input.subject.length > ISSUE_LIMITS.subject) errors.subject = `Keep the subject to ${ISSUE_LIMITS.subject} characters or fewer.`;
    if (input.introMd.length > ISSUE_LIMITS.intro) errors.intro = `Keep the introduction to ${ISSUE_LIMITS.intro} characters or fewer.`;
    if (input.itemIds.length > ISSUE_LIMITS.items) errors.items = `Choose at most ${ISSUE_LIMITS.items} items.`;
    else {
      const found = new Set((await this.deps.repo.pickableByIds(input.itemIds)).map((i) => i.id));
      if (input.itemIds.some((id) => !found.has(id))) errors.items = 'One of the chosen items is no longer published. Check the list and save again.';
    }
    const [field] = Object.keys(errors);
    if (field) throw new Invalid(field, errors[field]!, errors);
  }

  async create(viewer: Viewer, input: IssueInput): Promise<number> {
    await this.validate(input);
    const id = await this.deps.issues.createDraft({ subject: input.subject.trim(), introMd: input.introMd, itemIds: input.itemIds, createdBy: viewer.kind === 'user' ? viewer.id : null });
    await this.deps.audit.record(viewer, { action: 'newsletter.issue.created', subjectType: 'newsletter', subjectId: id, summary: `Started the issue “${input.subject.trim()}”` });
    return id;
  }

  async save(viewer: Viewer, id: number, version: number, input: IssueInput): Promise<void> {
    const issue = await this.deps.issues.get(id);
    if (issue.status !== 'draft' && issue.status !== 'scheduled') throw new Conflict('This issue is already being sent, so it can no longer be changed.');
    await this.validate(input);
    const now = this.now().toISOString();
    if (!(await this.deps.repo.updateDraft(id, version, { subject: input.subject.trim(), introMd: input.introMd, introHtml: renderMarkdown(input.introMd).html, now }))) {
      throw new Conflict('Someone else saved this issue after you opened it. Your text is below; copy what you need, reload the page and make your changes again.');
    }
    await this.deps.issues.setItems(id, input.itemIds);
    await this.deps.audit.record(viewer, { action: 'newsletter.issue.saved', subjectType: 'newsletter', subjectId: id, summary: `Saved the issue “${input.subject.trim()}”` });
  }

  /** A copy to the editor themself, as a reader like them gets it, subject marked [Test]. */
  async sendTest(viewer: Viewer, id: number): Promise<string> {
    if (viewer.kind !== 'user') throw new Forbidden('Please log in first.');
    const issue = await this.deps.issues.forEmail(id);
    const site = this.deps.site();
    const reader = readerKindOf(viewer);
    const picks = await this.deps.forYou.picksFor(viewer, { limit: 3, exclude: issue.items.map((i) => i.card.id) });
    const owner = { kind: 'a', id: viewer.id, version: 0 } as const;
    const token = this.deps.links.tokenFor(owner);
    await this.deps.mailer.send(issueMessage({
      compiled: compileIssueEmail(issue, reader, site),
      subject: `[Test] ${issue.subject}`,
      to: viewer.email,
      picked: picks.map((p) => ({ title: p.card.title, url: site.url + p.card.path, summary: p.card.summary, reason: p.reason })),
      links: { preferencesUrl: `${site.url}/newsletter/preferences/${token}`, unsubscribeUrl: `${site.url}/newsletter/unsubscribe/${token}` },
      unsubscribeMailto: this.deps.links.unsubscribeMailbox(owner, this.deps.returnPathDomain),
      listId: monthlyListId(site.name, this.deps.returnPathDomain),
      returnPath: this.deps.links.returnPath(`u${viewer.id}`, this.deps.returnPathDomain),
    }));
    return viewer.email;
  }

  /** Schedules for a UK date and time in the future. */
  async schedule(viewer: Viewer, id: number, londonInput: string): Promise<string> {
    const at = londonInputToUtc(londonInput);
    if (!at) throw new Invalid('send_at', 'Enter a date and time, for example 1 December at 09:00.');
    if (Date.parse(at) <= this.now().getTime()) throw new Invalid('send_at', 'Choose a time in the future.');
    await this.move(viewer, id, ['draft', 'scheduled'], 'scheduled', { scheduled_at: at }, `Scheduled for ${at}`);
    return at;
  }

  cancelSchedule(viewer: Viewer, id: number): Promise<void> {
    return this.move(viewer, id, ['scheduled'], 'draft', { scheduled_at: null }, 'Cancelled the schedule');
  }

  async sendNow(viewer: Viewer, id: number): Promise<void> {
    await this.move(viewer, id, ['draft', 'scheduled'], 'sending', { started_at: this.now().toISOString(), scheduled_at: null }, 'Started sending');
    this.deps.wakeSender();
  }

  pause(viewer: Viewer, id: number): Promise<void> {
    return this.move(viewer, id, ['sending'], 'paused', {}, 'Paused sending');
  }

  async resume(viewer: Viewer, id: number): Promise<void> {
    await this.move(viewer, id, ['paused'], 'sending', {}, 'Resumed sending');
    this.deps.wakeSender();
  }

  private async move(viewer: Viewer, id: number, from: readonly IssueRow['status'][], to: IssueRow['status'], changes: { scheduled_at?: string | null; started_at?: string }, summary: string): Promise<void> {
    const issue = await this.deps.issues.get(id);
    if (to === 'sending' && from.includes('draft') && (await this.deps.issues.forEmail(id)).items.length === 0) throw new Invalid('items', 'Choose at least one item before sending.');
    if (!(await this.deps.repo.transition(id, from, to, { ...changes, now: this.now().toISOString() }))) {
      throw new Conflict(`This issue is ${issue.status} now, so that cannot be done. Reload the page to see where it is.`);
    }
    await this.deps.audit.record(viewer, { action: `newsletter.issue.${to}`, subjectType: 'newsletter', subjectId: id, summary: `${summary}: “${issue.subject}”` });
  }
}

/** The web archive of issues that went out: what a reader sees, not the desk. */
export class IssueArchive {
  constructor(private readonly deps: { repo: IssueDeskRepo; issues: IssuesService }) {}

  async page(page: number, pageSize = 20): Promise<{ issues: IssueRow[]; pagination: Pagination }> {
    const pagination = paginate(page, await this.deps.repo.countSent(), pageSize);
    return { issues: await this.deps.repo.listSent({ limit: pagination.limit, offset: pagination.offset }), pagination };
  }

  /** An issue that went out; a draft or scheduled one is not there yet (NotFound). */
  async issue(id: number) {
    const row = await this.deps.issues.get(id);
    if (!['sending', 'paused', 'sent'].includes(row.status)) throw new NotFound('There is no newsletter issue with that number.');
    return this.deps.issues.forEmail(id);
  }
}
