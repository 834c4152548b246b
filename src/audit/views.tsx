import Html from '@kitajs/html';
import { AdminLayout } from '../admin/layout.js';
import type { PageContext } from '../web/context.js';
import { Pagination } from '../web/components.js';
import { ErrorSummary, TextField, type FieldErrors } from '../web/forms.js';
import type { Pagination as PaginationModel } from '../platform/pagination.js';
import { formatDate, formatTime } from '../platform/dates.js';
import type { AuditLogRow } from '../db/schema.js';
import type { AuditQueryValues } from './query.js';

export interface AuditEntryView {
  atIso: string;
  at: string;
  actor: string;
  actorPath: string | undefined;
  action: string;
  subject: string;
  summary: string;
}

export function presentEntry(entry: AuditLogRow): AuditEntryView {
  return {
    atIso: entry.at,
    at: `${formatDate(entry.at)}, ${formatTime(entry.at)}`,
    actor: entry.actor_name,
    actorPath: entry.actor_id !== null ? `/admin/people/${entry.actor_id}` : undefined,
    action: entry.action,
    subject: entry.subject_id ? `${entry.subject_type} ${entry.subject_id}` : entry.subject_type,
    summary: entry.summary,
  };
}

/** A day, typed as YYYY-MM-DD (browsers show their own date picker for it). */
function DateField({ name, label, value, error }: { name: string; label: string; value: string; error?: string }): JSX.Element {
  const id = `field-${name}`;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id} safe>{label}</label>
      <p class="field__hint" id={`${id}-hint`}>For example 2026-03-31</p>
      {error ? <p class="field__error" id={`${id}-error`}><span class="visually-hidden">Error: </span><span safe>{error}</span></p> : ''}
      {/* A date picker cannot show an impossible date, so a refused one comes back as text to correct. */}
      <input id={id} name={name} type={error ? 'text' : 'date'} value={value} aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`} aria-invalid={error ? 'true' : undefined} />
    </div>
  );
}

/** The query string for a filter (and page), leaving out what is empty. */
export function auditSearch(values: AuditQueryValues, page = 1): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value.trim()) params.set(key, value.trim());
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `?${search}` : '';
}

export function AuditLogPage(props: {
  ctx: PageContext;
  values: AuditQueryValues;
  choices: { families: string[]; actions: string[] };
  entries: AuditEntryView[];
  pagination: PaginationModel | undefined;
  errors?: FieldErrors;
}): JSX.Element {
  const { ctx, values, choices, entries, pagination } = props;
  const errors = props.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0;
  const isFiltered = Object.values(values).some((v) => v.trim() !== '');
  const actionId = 'field-action';
  const knownAction = values.action === '' || choices.families.includes(values.action) || choices.actions.includes(values.action);
  const title = `${hasErrors ? 'Error: ' : ''}Audit log${pagination && pagination.page > 1 ? `, page ${pagination.page}` : ''}`;
  return (
    <AdminLayout ctx={ctx} title={title} crumbs={[{ label: 'Audit log' }]}>
      <h1>Audit log</h1>
      <p class="lede">Who did what, and when: publishing, deletions, roles, suspensions, organisations, settings and sign-ins to the admin area. Times are in UK time.</p>
      <ErrorSummary errors={errors} labels={{ action: 'Action', person: 'Person', from: 'From', to: 'To' }} />
      <form method="get" action="/admin/audit" class="filter-form" role="search" aria-label="Filter the audit log" novalidate>
        <div class={`field${errors.action ? ' field--error' : ''}`}>
          <label for={actionId}>Action</label>
          {errors.action ? <p class="field__error" id={`${actionId}-error`}><span class="visually-hidden">Error: </span><span safe>{errors.action}</span></p> : ''}
          <select id={actionId} name="action" aria-describedby={errors.action ? `${actionId}-error` : undefined} aria-invalid={errors.action ? 'true' : undefined}>
            <option value="">Any action</option>
            {knownAction ? '' : <option value={values.action} selected safe>{values.action}</option>}
            <optgroup label="Every action of a kind">
              {choices.families.map((f) => <option value={f} selected={values.action === f} safe>{`${f}* (all ${f.slice(0, -1)} actions)`}</option>)}
            </optgroup>
            <optgroup label="One action">
              {choices.actions.map((a) => <option value={a} selected={values.action === a} safe>{a}</option>)}
            </optgroup>
          </select>
        </div>
        <TextField name="person" label="Person" value={values.person} hint="Part of their name or email address, or their account number." error={errors.person} maxlength={200} />
        <DateField name="from" label="From" value={values.from} error={errors.from} />
        <DateField name="to" label="To" value={values.to} error={errors.to} />
        <div class="filter-form__actions">
          <button type="submit">Filter</button>
          {isFiltered ? <a href="/admin/audit">Clear</a> : ''}
        </div>
      </form>
      {pagination ? (
        <>
          <p role="status">
            <span safe>{pagination.total === 0 ? 'No entries match.' : `${pagination.total} ${pagination.total === 1 ? 'entry' : 'entries'}${isFiltered ? ' match' : ''}, newest first.`}</span>
            {pagination.total > 0 ? <> <a href={`/admin/audit.csv${auditSearch(values)}`}>Download {isFiltered ? 'these entries' : 'the whole log'} as CSV</a></> : ''}
          </p>
          {entries.length > 0 ? (
            <div class="scroll-region" role="region" aria-labelledby="audit-caption" tabindex="0">
              <table class="data-table audit-table">
                <caption id="audit-caption" class="visually-hidden" safe>{`Audit entries ${pagination.offset + 1} to ${pagination.offset + entries.length} of ${pagination.total}`}</caption>
                <thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">Action</th><th scope="col">What happened</th></tr></thead>
                <tbody>
                  {entries.map((e) => (
                    <tr>
                      <td><time datetime={e.atIso} safe>{e.at}</time></td>
                      <td>{e.actorPath ? <a href={e.actorPath} safe>{e.actor}</a> : <span safe>{e.actor}</span>}</td>
                      <td><code safe>{e.action}</code></td>
                      <td safe>{e.summary}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : ''}
          <Pagination pagination={pagination} hrefFor={(page) => `/admin/audit${auditSearch(values, page)}`} />
        </>
      ) : ''}
    </AdminLayout>
  );
}

export { Html };
