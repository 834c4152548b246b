// /admin/newsletters/suppressions (admins: these are people's addresses): the addresses never
// mailed again and why, recent bounces and complaints, and letting an address be mailed again.
import Html from '@kitajs/html';
import { Type } from 'typebox';
import { AdminLayout } from '../admin/layout.js';
import type { App } from '../platform/http/types.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { PageContext } from '../web/context.js';
import { CsrfField, TextField } from '../web/forms.js';
import { Notice, csrfTokenOf } from '../site/form-fields.js';
import { Pagination } from '../web/components.js';
import type { Pagination as PaginationModel } from '../platform/pagination.js';
import { formatDate, formatTime } from '../platform/dates.js';
import type { BounceRow, SuppressionRow } from './suppressions-repo.js';
import type { SuppressionsService } from './suppressions-service.js';

const ListQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 254 })), page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })), done: Type.Optional(Type.Literal('removed')) });
const RemoveBody = Type.Object({ _csrf: Type.String({ maxLength: 200, default: '' }), email: Type.String({ minLength: 3, maxLength: 254 }) });
const REASONS: Record<SuppressionRow['reason'], string> = { 'hard-bounce': 'Bounced (address does not exist)', complaint: 'Marked as spam', 'soft-bounces': 'Kept bouncing', manual: 'Stopped by hand' };
const when = (iso: string) => `${formatDate(iso)} ${formatTime(iso)}`;

export function registerSuppressionRoutes(app: App, deps: { suppressions: SuppressionsService; page: PageContextFactory }): void {
  app.get('/admin/newsletters/suppressions', { schema: { querystring: ListQuery } }, async (request, reply) => {
    const q = request.query.q ?? '';
    const data = await deps.suppressions.list({ page: request.query.page ?? 1, q });
    return sendHtml(reply, <SuppressionsPage ctx={deps.page(request)} q={q} {...data} notice={request.query.done ? 'The address can be mailed again.' : undefined} />);
  });

  app.post('/admin/newsletters/suppressions/remove', { schema: { body: RemoveBody } }, async (request, reply) => {
    await deps.suppressions.remove(request.body.email, request.viewer);
    return reply.redirect('/admin/newsletters/suppressions?done=removed', 303);
  });
}

function SuppressionsPage(props: { ctx: PageContext; q: string; rows: SuppressionRow[]; pagination: PaginationModel; recent: BounceRow[]; notice?: string }): JSX.Element {
  const { ctx, q, rows, pagination, recent } = props;
  const token = csrfTokenOf(ctx);
  return (
    <AdminLayout ctx={ctx} title="Suppressed addresses" crumbs={[{ label: 'Newsletters', path: '/admin/newsletters' }, { label: 'Suppressed addresses' }]}>
      <h1>Suppressed addresses</h1>
      <Notice message={props.notice} />
      <p>No email from Pulse goes to these addresses: they bounced, kept bouncing, or their owner marked a message as spam.</p>
      <form method="get" action="/admin/newsletters/suppressions" role="search" aria-label="Suppressed addresses">
        <TextField name="q" label="Find an address" value={q} />
        <button type="submit" class="button--secondary">Find</button>
      </form>
      {rows.length === 0 ? <p>{q ? 'No suppressed address matches.' : 'No address is suppressed.'}</p> : (
        <table class="data-table">
          <caption class="visually-hidden">Suppressed addresses, newest first</caption>
          <thead><tr><th scope="col">Address</th><th scope="col">Why</th><th scope="col">Since</th><th scope="col">Action</th></tr></thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <td safe>{row.email}</td>
                <td><span safe>{REASONS[row.reason]}</span>{row.detail ? <><br /><span class="meta" safe>{row.detail}</span></> : ''}</td>
                <td safe>{when(row.created_at)}</td>
                <td>
                  <form method="post" action="/admin/newsletters/suppressions/remove">
                    <CsrfField token={token} />
                    <input type="hidden" name="email" value={row.email} />
                    <button type="submit" class="button--secondary">Mail again<span class="visually-hidden" safe>{` ${row.email}`}</span></button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pagination pagination={pagination} hrefFor={(n) => `/admin/newsletters/suppressions?page=${n}${q ? `&q=${encodeURIComponent(q)}` : ''}`} />
      <h2>Recent bounces and complaints</h2>
      {recent.length === 0 ? <p>None yet.</p> : (
        <table class="data-table">
          <caption class="visually-hidden">The latest reports received</caption>
          <thead><tr><th scope="col">Address</th><th scope="col">Kind</th><th scope="col">Status</th><th scope="col">When</th></tr></thead>
          <tbody>
            {recent.map((b) => <tr><td safe>{b.email}</td><td>{b.kind}</td><td safe>{`${b.status_code} ${b.diagnostic}`.trim()}</td><td safe>{when(b.created_at)}</td></tr>)}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}
