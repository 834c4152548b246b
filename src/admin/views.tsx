import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import { AdminLayout } from './layout.js';
import type { DeskRow } from '../content/desk-repo.js';
import { formatDate, formatTime } from '../platform/dates.js';
import type { PageContext } from '../web/context.js';
import { Pagination } from '../web/components.js';
import type { Pagination as PaginationModel } from '../platform/pagination.js';
import type { OutboxMessageView } from './presenters.js';

export interface DashboardData {
  drafts: DeskRow[];
  draftCount: number;
  scheduled: DeskRow[];
  published: DeskRow[];
}

function DeskList({ rows, empty, showWhen }: { rows: DeskRow[]; empty: string; showWhen: boolean }): JSX.Element {
  if (rows.length === 0) return <p safe>{empty}</p>;
  return (
    <ul class="compact-list">
      {rows.map((r) => (
        <li>
          <a href={`/admin/content/${r.id}`} safe>{r.title}</a>{' '}
          <span class="compact-list__meta" safe>{showWhen && r.published_at ? `${formatDate(r.published_at)}, ${formatTime(r.published_at)}` : `changed ${formatDate(r.updated_at)}`}</span>
        </li>
      ))}
    </ul>
  );
}

export function AdminDashboardPage({ ctx, data, glance, moderation, recommender, newsletters }: { ctx: PageContext; data: DashboardData; glance: JSX.Element; moderation?: JSX.Element; recommender?: JSX.Element; newsletters?: JSX.Element }): JSX.Element {
  // Rendered by the newsletters domain (compose-views.tsx), which escapes its own text.
  const safeNewsletters = newsletters ?? '';
  // Rendered by the engagement domain (moderation-views.tsx), which escapes its own text.
  const safeModeration = moderation ?? '';
  // Rendered by the personalisation domain (for-you-views.tsx), which escapes its own text.
  const safeRecommender = recommender ?? '';
  return (
    <AdminLayout ctx={ctx} title="Admin">
      <h1>Admin</h1>
      <p class="lede">What is waiting, what is coming up, and how the site is being read.</p>
      <p class="button-row">
        <a class="button" href="/admin/content/new?kind=news">Write a news item</a>
        <a href="/admin/content/new?kind=report">New report</a>
        <a href="/admin/content/new?kind=event">New event</a>
      </p>
      <div class="dashboard-grid">
        <section aria-labelledby="dash-drafts">
          <h2 id="dash-drafts" safe>{`Drafts (${data.draftCount.toLocaleString('en-GB')})`}</h2>
          <DeskList rows={data.drafts} empty="No drafts." showWhen={false} />
          {data.draftCount > data.drafts.length ? <p><a href="/admin/content?status=draft">All drafts</a></p> : ''}
        </section>
        <section aria-labelledby="dash-scheduled">
          <h2 id="dash-scheduled">Scheduled</h2>
          <DeskList rows={data.scheduled} empty="Nothing is scheduled." showWhen />
        </section>
        <section aria-labelledby="dash-published">
          <h2 id="dash-published">Recently published</h2>
          <DeskList rows={data.published} empty="Nothing has been published yet." showWhen />
        </section>
        {safeModeration}
        {safeRecommender}
        {safeNewsletters}
        {glance}
      </div>
    </AdminLayout>
  );
}

export function OutboxPage({ ctx, messages, pagination, isOutboxInUse }: { ctx: PageContext; messages: OutboxMessageView[]; pagination: PaginationModel; isOutboxInUse: boolean }): JSX.Element {
  return (
    <Layout ctx={ctx} title={pagination.page > 1 ? `Outbox, page ${pagination.page}` : 'Outbox'} noindex breadcrumbs={[{ label: 'Admin', path: '/admin' }, { label: 'Outbox' }]}>
      <h1>Outbox</h1>
      {isOutboxInUse ? (
        <p class="lede">No mail server is set (SMTP_URL), so Pulse keeps every email here instead of sending it. Newest first.</p>
      ) : (
        <p class="notice">Email is sent through the mail server set in SMTP_URL. Only messages kept before it was set are listed here.</p>
      )}
      {messages.length === 0 ? (
        <p>There are no messages in the outbox.</p>
      ) : (
        <table class="data-table">
          <caption class="visually-hidden" safe>{`Messages ${pagination.offset + 1} to ${pagination.offset + messages.length} of ${pagination.total}`}</caption>
          <thead>
            <tr><th scope="col">To</th><th scope="col">Subject</th><th scope="col">Kept</th></tr>
          </thead>
          <tbody>
            {messages.map((m) => (
              <tr>
                <td safe>{m.to}</td>
                <td><a href={m.path} safe>{m.subject}</a></td>
                <td><time datetime={m.keptAtIso} safe>{m.keptAt}</time></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination pagination={pagination} hrefFor={(page) => (page === 1 ? '/admin/outbox' : `/admin/outbox?page=${page}`)} />
    </Layout>
  );
}

export function OutboxMessagePage({ ctx, message }: { ctx: PageContext; message: OutboxMessageView }): JSX.Element {
  return (
    <Layout ctx={ctx} title={`Email: ${message.subject}`} noindex breadcrumbs={[{ label: 'Admin', path: '/admin' }, { label: 'Outbox', path: '/admin/outbox' }, { label: 'Message' }]}>
      <h1 safe>{message.subject}</h1>
      <dl class="summary-list">
        <dt>To</dt><dd safe>{message.to}</dd>
        <dt>Kept</dt><dd><time datetime={message.keptAtIso} safe>{message.keptAt}</time></dd>
      </dl>
      <h2 id="text-heading">Plain text</h2>
      {/* Scrolls sideways inside its own box, so long lines never widen a phone screen. */}
      <div class="data-table" role="region" aria-labelledby="text-heading" tabindex="0">
        <pre safe>{message.text}</pre>
      </div>
      <h2>HTML version</h2>
      <p><a href={message.htmlPath}>Open the HTML version</a> (it opens with scripts, forms and remote images blocked).</p>
      <p><a href="/admin/outbox">Back to the outbox</a></p>
    </Layout>
  );
}

export { Html };
