import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { Pagination } from '../web/components.js';
import type { Pagination as PaginationModel } from '../platform/pagination.js';
import type { OutboxMessageView } from './presenters.js';

export function AdminDashboardPage({ ctx, isAdmin }: { ctx: PageContext; isAdmin: boolean }): JSX.Element {
  return (
    <Layout ctx={ctx} title="Admin" noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Admin' }]}>
      <h1>Admin</h1>
      <p class="lede">Manage the site and the people who use it.</p>
      <section aria-labelledby="admin-now-heading">
        <h2 id="admin-now-heading">Available now</h2>
        {isAdmin ? (
          <ul>
            <li><a href="/admin/outbox">Outbox</a>: email Pulse has kept instead of sending, to read and check.</li>
            <li><a href="/admin/organisations">Organisations</a>: member organisations, their email domains and requests to join.</li>
          </ul>
        ) : (
          <p>The outbox and organisations are for administrators. Ask one if you need something there.</p>
        )}
      </section>
      <section aria-labelledby="admin-next-heading">
        <h2 id="admin-next-heading">Coming next</h2>
        <ul>
          <li>Content: write, edit and publish news, reports, events and pages.</li>
          <li>People: find registered readers, change roles and end sessions.</li>
        </ul>
      </section>
    </Layout>
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
