// Newsletter issues: drafting (subject, intro, items) and the issue as email and archive see it.
import type { ContentService } from '../content/service.js';
import { htmlToText, renderMarkdown } from '../platform/markdown.js';
import { NotFound } from '../errors.js';
import type { IssueForEmail } from './email/issue-email.js';
import type { IssueRow, IssuesRepo } from './issues-repo.js';

export interface IssuesDeps {
  repo: IssuesRepo;
  content: Pick<ContentService, 'cardsByIds'>;
  clock?: () => Date;
}

export class IssuesService {
  constructor(private readonly deps: IssuesDeps) {}

  private now(): string {
    return (this.deps.clock?.() ?? new Date()).toISOString();
  }

  /** A new draft with these items, in this order. */
  async createDraft(input: { subject: string; introMd: string; itemIds: readonly number[]; createdBy: number | null }): Promise<number> {
    const id = await this.deps.repo.create({ subject: input.subject, introMd: input.introMd, introHtml: renderMarkdown(input.introMd).html, createdBy: input.createdBy, now: this.now() });
    await this.deps.repo.setItems(id, input.itemIds);
    return id;
  }

  async get(id: number): Promise<IssueRow> {
    const issue = await this.deps.repo.findById(id);
    if (!issue) throw new NotFound('There is no newsletter issue with that number.');
    return issue;
  }

  setItems(id: number, itemIds: readonly number[]): Promise<void> {
    return this.deps.repo.setItems(id, itemIds);
  }

  /** The issue as its emails and archive page show it: items still published, in order. */
  async forEmail(id: number): Promise<IssueForEmail> {
    const issue = await this.get(id);
    const items = await this.deps.content.cardsByIds(await this.deps.repo.itemIdsOf(id));
    return { id, subject: issue.subject, introHtml: issue.intro_html, introText: htmlToText(issue.intro_html), items, sentAt: issue.started_at ?? undefined };
  }
}
