// The newsletter archive: issues that went out, as web pages. A reader sees the items they
// could open (a visitor the public ones, a member everything), with a note about the rest.
import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import { CardGrid, Pagination } from '../web/components.js';
import type { PageContext } from '../web/context.js';
import type { Pagination as PaginationModel } from '../platform/pagination.js';
import { formatLongDate } from '../platform/dates.js';
import type { ItemCard } from '../content/presenters.js';
import type { IssueRow } from './issues-repo.js';

export function ArchiveListPage({ ctx, issues, pagination }: { ctx: PageContext; issues: IssueRow[]; pagination: PaginationModel }): JSX.Element {
  return (
    <Layout ctx={ctx} title="Newsletter archive" breadcrumbs={[{ label: 'Newsletter', path: '/newsletter' }, { label: 'Archive' }]}>
      <h1>Newsletter archive</h1>
      <p>Every monthly newsletter we have sent. <a href="/newsletter">Sign up</a> to get the next one.</p>
      {issues.length === 0 ? <p>No issues have been sent yet.</p> : (
        <ul class="archive-list">
          {issues.map((issue) => (
            <li><a href={`/newsletter/archive/${issue.id}`} safe>{issue.subject}</a> <span class="meta">{issue.started_at ? formatLongDate(issue.started_at) : ''}</span></li>
          ))}
        </ul>
      )}
      <Pagination pagination={pagination} hrefFor={(page) => (page === 1 ? '/newsletter/archive' : `/newsletter/archive?page=${page}`)} />
    </Layout>
  );
}

export interface IssuePageModel {
  subject: string;
  sentAt: string | undefined;
  /** Sanitised at save time. */
  introHtml: string;
  cards: ItemCard[];
  /** Items in the issue this reader cannot open. */
  hidden: number;
  /** Shown on the editors' preview of an issue not sent yet. */
  isPreview?: boolean;
}

export function ArchiveIssuePage({ ctx, model }: { ctx: PageContext; model: IssuePageModel }): JSX.Element {
  // Sanitised when the editor saved it (platform/markdown.ts).
  const safeIntroHtml = model.introHtml;
  return (
    <Layout ctx={ctx} title={model.subject} breadcrumbs={[{ label: 'Newsletter', path: '/newsletter' }, { label: 'Archive', path: '/newsletter/archive' }, { label: model.subject }]}>
      <article class="newsletter-issue">
        <h1 safe>{model.subject}</h1>
        {model.isPreview ? <p class="notice" role="status">Preview: this issue has not been sent. Visitors see only the public items.</p> : ''}
        {model.sentAt ? <p class="meta" safe>{`Sent on ${formatLongDate(model.sentAt)}`}</p> : ''}
        <div class="prose">{safeIntroHtml}</div>
        <h2>In this issue</h2>
        {model.cards.length > 0 ? <CardGrid cards={model.cards} headingLevel={3} label="Items in this issue" /> : <p>Nothing in this issue is open to you.</p>}
        {model.hidden > 0 ? <p><span safe>{`${model.hidden} more ${model.hidden === 1 ? 'item is' : 'items are'} for members or registered readers. `}</span><a href="/login">Log in</a> or <a href="/register">register</a> to see {model.hidden === 1 ? 'it' : 'them'}.</p> : ''}
      </article>
    </Layout>
  );
}
