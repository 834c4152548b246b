// The editor's desk pages other than the editor itself: the content list, delete
// confirmation, revision history and the comparison of two revisions.
import Html from '@kitajs/html';
import type { ItemKind, ItemRevisionRow, ItemRow, ItemStatus } from '../db/schema.js';
import { AdminLayout } from '../admin/layout.js';
import type { PageContext } from '../web/context.js';
import { Pagination } from '../web/components.js';
import { CsrfField } from '../web/forms.js';
import type { Pagination as PaginationModel } from '../platform/pagination.js';
import { formatDate, formatTime } from '../platform/dates.js';
import type { DeskRow } from './desk-repo.js';
import type { FieldDiff } from './revisions.js';

const KIND_NAMES: Record<ItemKind, string> = { news: 'News', report: 'Report', event: 'Event', page: 'Page' };
const STATUS_NAMES: Record<ItemStatus, string> = { draft: 'Draft', scheduled: 'Scheduled', published: 'Published' };
const ACCESS_NAMES = { public: 'Everyone', registered: 'Registered', members: 'Members' } as const;

function when(iso: string | null): string {
  return iso ? `${formatDate(iso)}, ${formatTime(iso)}` : '';
}

function token(ctx: PageContext): string {
  return ctx.viewer.kind === 'user' ? ctx.viewer.csrfToken : '';
}

export function DeskTable({ rows, caption }: { rows: DeskRow[]; caption: string }): JSX.Element {
  return (
    <table class="data-table">
      <caption class="visually-hidden" safe>{caption}</caption>
      <thead><tr><th scope="col">Title</th><th scope="col">Type</th><th scope="col">Status</th><th scope="col">Who can read</th><th scope="col">Updated</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <td><a href={`/admin/content/${r.id}`} safe>{r.title}</a></td>
            <td safe>{KIND_NAMES[r.kind]}</td>
            <td safe>{r.status === 'draft' ? STATUS_NAMES[r.status] : `${STATUS_NAMES[r.status]} ${when(r.published_at)}`}</td>
            <td>{ACCESS_NAMES[r.access]}</td>
            <td><time datetime={r.updated_at} safe>{when(r.updated_at)}</time></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface DeskListFilter {
  kind: string;
  status: string;
  q: string;
}

export function DeskListPage({ ctx, rows, pagination, filter, notice }: { ctx: PageContext; rows: DeskRow[]; pagination: PaginationModel; filter: DeskListFilter; notice?: string }): JSX.Element {
  const query = (page: number) => `/admin/content?${new URLSearchParams({ ...filter, page: String(page) }).toString()}`;
  return (
    <AdminLayout ctx={ctx} title="Content" crumbs={[{ label: 'Content' }]}>
      <h1>Content</h1>
      {notice ? <p class="notice" role="status" safe>{notice}</p> : ''}
      <ul class="inline-links desk-new">
        <li><a href="/admin/content/new?kind=news">New news item</a></li>
        <li><a href="/admin/content/new?kind=report">New report</a></li>
        <li><a href="/admin/content/new?kind=event">New event</a></li>
        <li><a href="/admin/content/new?kind=page">New page</a></li>
      </ul>
      <form method="get" action="/admin/content" class="search-form desk-filter">
        <div class="field"><label for="desk-q">Title contains</label><input id="desk-q" type="search" name="q" value={filter.q} maxlength="200" /></div>
        <div class="field">
          <label for="desk-kind">Type</label>
          <select id="desk-kind" name="kind">
            <option value="">All types</option>
            {(Object.keys(KIND_NAMES) as ItemKind[]).map((k) => <option value={k} selected={filter.kind === k} safe>{KIND_NAMES[k]}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="desk-status">Status</label>
          <select id="desk-status" name="status">
            <option value="">Any status</option>
            {(Object.keys(STATUS_NAMES) as ItemStatus[]).map((s) => <option value={s} selected={filter.status === s} safe>{STATUS_NAMES[s]}</option>)}
          </select>
        </div>
        <button type="submit">Show</button>
      </form>
      <p safe>{`${pagination.total.toLocaleString('en-GB')} ${pagination.total === 1 ? 'item' : 'items'}, most recently changed first.`}</p>
      {rows.length > 0 ? <DeskTable rows={rows} caption="Content items" /> : <p>Nothing matches. Try another type or status.</p>}
      <Pagination pagination={pagination} hrefFor={query} />
    </AdminLayout>
  );
}

export function DeleteConfirmPage({ ctx, item }: { ctx: PageContext; item: ItemRow }): JSX.Element {
  return (
    <AdminLayout ctx={ctx} title={`Delete ${item.title}`} crumbs={[{ label: 'Content', path: '/admin/content' }, { label: item.title, path: `/admin/content/${item.id}` }, { label: 'Delete' }]}>
      <h1 safe>{`Delete “${item.title}”?`}</h1>
      <p>This removes the item, its files, its revisions and its readership figures. It cannot be undone. To take it off the site but keep it, unpublish it instead.</p>
      <form method="post" action={`/admin/content/${item.id}/delete`} class="button-row">
        <CsrfField token={token(ctx)} />
        <button type="submit" class="button--danger">Yes, delete it</button>
        <a href={`/admin/content/${item.id}`}>No, go back</a>
      </form>
    </AdminLayout>
  );
}

export function DiffView({ fields }: { fields: FieldDiff[] }): JSX.Element {
  const changed = fields.filter((f) => f.isChanged);
  if (changed.length === 0) return <p>No differences.</p>;
  return (
    <dl class="diff">
      {changed.map((f) => (
        <>
          <dt safe>{f.label}</dt>
          <dd class={f.label === 'Body' ? 'diff__body' : undefined}>
            {f.parts.map((p) =>
              p.change === 'added' ? <ins><span class="visually-hidden">[added: </span><span safe>{p.text}</span><span class="visually-hidden">]</span></ins>
              : p.change === 'removed' ? <del><span class="visually-hidden">[removed: </span><span safe>{p.text}</span><span class="visually-hidden">]</span></del>
              : <span safe>{p.text}</span>,
            )}
          </dd>
        </>
      ))}
    </dl>
  );
}

export function RevisionsPage({ ctx, item, revisions, notice }: { ctx: PageContext; item: ItemRow; revisions: ItemRevisionRow[]; notice?: string }): JSX.Element {
  const latest = revisions[0]?.version;
  const previous = revisions[1]?.version ?? latest;
  return (
    <AdminLayout ctx={ctx} title={`Revisions of ${item.title}`} crumbs={[{ label: 'Content', path: '/admin/content' }, { label: item.title, path: `/admin/content/${item.id}` }, { label: 'Revisions' }]}>
      <h1 safe>{`Revisions of “${item.title}”`}</h1>
      {notice ? <p class="notice" role="status" safe>{notice}</p> : ''}
      {revisions.length === 0 ? <p>This item has not been edited here yet. Its first save on the desk keeps its present state as a revision.</p> : ''}
      {revisions.length < 2 ? '' : <form method="get" action={`/admin/content/${item.id}/revisions/compare`} class="search-form">
        <div class="field">
          <label for="compare-from">Compare version</label>
          <select id="compare-from" name="from">{revisions.map((r) => <option value={String(r.version)} selected={r.version === previous} safe>{`Version ${r.version}`}</option>)}</select>
        </div>
        <div class="field">
          <label for="compare-to">with version</label>
          <select id="compare-to" name="to">{revisions.map((r) => <option value={String(r.version)} selected={r.version === latest} safe>{`Version ${r.version}`}</option>)}</select>
        </div>
        <button type="submit">Compare</button>
      </form>}
      {revisions.length === 0 ? '' : <table class="data-table">
        <caption class="visually-hidden">Revisions, newest first</caption>
        <thead><tr><th scope="col">Version</th><th scope="col">Saved</th><th scope="col">By</th><th scope="col">What</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          {revisions.map((r) => (
            <tr>
              <td safe>{String(r.version)}</td>
              <td><time datetime={r.created_at} safe>{when(r.created_at)}</time></td>
              <td safe>{r.author_name}</td>
              <td safe>{r.note}</td>
              <td>
                {r.version === item.version ? 'Current' : (
                  <form method="post" action={`/admin/content/${item.id}/revisions/${r.version}/restore`}>
                    <CsrfField token={token(ctx)} />
                    <input type="hidden" name="version" value={String(item.version)} />
                    <button type="submit" class="button--secondary" aria-label={`Restore version ${r.version}`}>Restore</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>}
    </AdminLayout>
  );
}

export function ComparePage({ ctx, item, from, to, fields }: { ctx: PageContext; item: ItemRow; from: number; to: number; fields: FieldDiff[] }): JSX.Element {
  return (
    <AdminLayout ctx={ctx} title={`Compare versions ${from} and ${to}`} crumbs={[{ label: 'Content', path: '/admin/content' }, { label: item.title, path: `/admin/content/${item.id}` }, { label: 'Revisions', path: `/admin/content/${item.id}/revisions` }, { label: 'Compare' }]}>
      <h1 safe>{`“${item.title}”: version ${from} → version ${to}`}</h1>
      <p safe>{`Words added in version ${to} are underlined and marked “added”; words removed are struck through and marked “removed”.`}</p>
      <DiffView fields={fields} />
      <p><a href={`/admin/content/${item.id}/revisions`}>Back to all revisions</a></p>
    </AdminLayout>
  );
}
