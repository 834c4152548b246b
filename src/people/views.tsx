import Html from '@kitajs/html';
import { AdminLayout } from '../admin/layout.js';
import type { PageContext } from '../web/context.js';
import { Pagination } from '../web/components.js';
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../web/forms.js';
import type { Pagination as PaginationModel } from '../platform/pagination.js';
import type { PersonRowView, PersonView } from './presenters.js';
import { STATUS_LABELS } from './presenters.js';
import { ROLE_LABELS, ROLES, STATUSES, type PeopleQuery } from './service.js';

function csrfOf(ctx: PageContext): string {
  return ctx.viewer.kind === 'user' ? ctx.viewer.csrfToken : '';
}

interface Choice {
  value: string;
  label: string;
}

function SelectBox({ name, label, choices, value, error, hint }: { name: string; label: string; choices: readonly Choice[]; value: string; error?: string; hint?: string }): JSX.Element {
  const id = `field-${name}`;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id} safe>{label}</label>
      {hint ? <p class="field__hint" id={`${id}-hint`} safe>{hint}</p> : ''}
      {error ? <p class="field__error" id={`${id}-error`}><span class="visually-hidden">Error: </span><span safe>{error}</span></p> : ''}
      <select id={id} name={name} aria-describedby={described} aria-invalid={error ? 'true' : undefined}>
        {choices.map((c) => <option value={c.value} selected={c.value === value} safe>{c.label}</option>)}
      </select>
    </div>
  );
}

/** The list's address for a page, keeping the search and filters. */
export function peopleHref(query: PeopleQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.text) params.set('q', query.text);
  if (query.role) params.set('role', query.role);
  if (query.status) params.set('status', query.status);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/admin/people?${search}` : '/admin/people';
}

export function PeopleListPage({ ctx, people, pagination, query }: { ctx: PageContext; people: PersonRowView[]; pagination: PaginationModel; query: PeopleQuery }): JSX.Element {
  const isFiltered = query.text !== '' || query.role !== '' || query.status !== '';
  const title = pagination.page > 1 ? `People, page ${pagination.page}` : 'People';
  return (
    <AdminLayout ctx={ctx} title={title} crumbs={[{ label: 'People' }]}>
      <h1>People</h1>
      <p class="lede">Everyone with an account: change a role, suspend or reinstate someone, or end their sessions from their page.</p>
      <form method="get" action="/admin/people" class="filter-form" role="search" aria-label="Find people">
        <TextField name="q" label="Name or email contains" value={query.text} maxlength={200} />
        <SelectBox name="role" label="Role" value={query.role} choices={[{ value: '', label: 'Any role' }, ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))]} />
        <SelectBox name="status" label="Status" value={query.status} choices={[{ value: '', label: 'Any status' }, ...STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))]} />
        <div class="filter-form__actions">
          <button type="submit">Find people</button>
          {isFiltered ? <a href="/admin/people">Clear</a> : ''}
        </div>
      </form>
      <p role="status" safe>{pagination.total === 0 ? 'Nobody matches.' : `${pagination.total} ${pagination.total === 1 ? 'person' : 'people'}${isFiltered ? ' match' : ''}.`}</p>
      {people.length > 0 ? (
        <div class="scroll-region" role="region" aria-labelledby="people-caption" tabindex="0">
          <table class="data-table">
            <caption id="people-caption" class="visually-hidden" safe>{`People ${pagination.offset + 1} to ${pagination.offset + people.length} of ${pagination.total}`}</caption>
            <thead>
              <tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Organisation</th><th scope="col">Status</th><th scope="col">Joined</th></tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr>
                  <td><a href={p.path} safe>{p.name}</a></td>
                  <td class="people-email" safe>{p.email}</td>
                  <td safe>{p.roleLabel}</td>
                  <td safe>{p.organisation}</td>
                  <td><span class={`status status--${p.status}`} safe>{p.statusLabel}</span></td>
                  <td><time datetime={p.joinedIso} safe>{p.joined}</time></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : ''}
      <Pagination pagination={pagination} hrefFor={(page) => peopleHref(query, page)} />
    </AdminLayout>
  );
}

export interface PersonPageState {
  /** A done-message after a change (from ?done=). */
  notice?: string;
  /** Why the last form did nothing (stale, or refused), shown at the top. */
  problem?: string;
  errors?: FieldErrors;
  /** What the admin had typed or chosen, kept when a form is sent back. */
  values?: { role?: string; reason?: string };
}

export function PersonPage({ ctx, person, isYou, state = {} }: { ctx: PageContext; person: PersonView; isYou: boolean; state?: PersonPageState }): JSX.Element {
  const errors = state.errors ?? {};
  const hasErrors = Object.keys(errors).length > 0 || state.problem !== undefined;
  const csrf = csrfOf(ctx);
  const base = person.path;
  return (
    <AdminLayout ctx={ctx} title={`${hasErrors ? 'Error: ' : ''}${person.name}`} crumbs={[{ label: 'People', path: '/admin/people' }, { label: person.name }]}>
      <h1 safe>{person.name}</h1>
      {state.notice ? <p class="notice" role="status" safe>{state.notice}</p> : ''}
      {state.problem ? (
        <div class="error-summary" role="alert" aria-labelledby="problem-title" tabindex="-1">
          <h2 id="problem-title">Nothing was changed</h2>
          <p safe>{state.problem}</p>
        </div>
      ) : ''}
      <ErrorSummary errors={errors} labels={{ role: 'Role', reason: 'Reason for suspending' }} />

      <section aria-labelledby="details-heading">
        <h2 id="details-heading">Details</h2>
        <dl class="summary-list person-details">
          <dt>Email</dt><dd safe>{person.email}</dd>
          <dt>Address confirmed</dt><dd safe>{person.emailConfirmed}</dd>
          <dt>Role</dt><dd safe>{person.roleLabel}</dd>
          <dt>Status</dt><dd safe>{person.suspendedSince ? `Suspended since ${person.suspendedSince}` : person.statusLabel}</dd>
          <dt>Membership</dt><dd safe>{person.membership}</dd>
          <dt>Organisation given</dt><dd safe>{person.typedOrganisation}</dd>
          <dt>Job role</dt><dd safe>{person.jobRole}</dd>
          <dt>Joined</dt><dd><time datetime={person.joinedIso} safe>{person.joined}</time></dd>
        </dl>
      </section>

      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Sessions</h2>
        {person.sessions.length === 0 ? <p>Not logged in anywhere.</p> : (
          <>
            <div class="scroll-region" role="region" aria-labelledby="sessions-heading" tabindex="0">
              <table class="data-table">
                <thead><tr><th scope="col">Device</th><th scope="col">IP address</th><th scope="col">Started</th><th scope="col">Last seen</th></tr></thead>
                <tbody>
                  {person.sessions.map((s) => (
                    <tr>
                      <td><span safe>{s.device}</span>{s.isYours ? <strong> (this browser)</strong> : ''}</td>
                      <td safe>{s.ip}</td>
                      <td safe>{s.started}</td>
                      <td><time datetime={s.lastSeenIso} safe>{s.lastSeen}</time></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <form method="post" action={`${base}/sessions/end`}>
              <CsrfField token={csrf} />
              <button type="submit" class="button--secondary">{isYou ? 'End all my other sessions' : 'End all sessions'}</button>
            </form>
          </>
        )}
      </section>

      <section aria-labelledby="role-heading">
        <h2 id="role-heading">Role</h2>
        <p>Editors write and publish content; administrators also manage people, organisations and settings. A change logs {isYou ? 'you out everywhere else' : 'them out everywhere'}, so it takes effect at once.</p>
        <form method="post" action={`${base}/role`} class="stacked-form" novalidate>
          <CsrfField token={csrf} />
          <input type="hidden" name="currentRole" value={person.role} />
          <SelectBox name="role" label="Role" value={state.values?.role ?? person.role} error={errors.role} choices={ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
          <button type="submit">Change role</button>
        </form>
      </section>

      <section aria-labelledby="suspension-heading">
        <h2 id="suspension-heading">Suspension</h2>
        {person.suspendedSince ? (
          <>
            <p safe>{`${person.name} is suspended and cannot log in by password, emailed link or password reset.`}</p>
            <form method="post" action={`${base}/reinstate`}>
              <CsrfField token={csrf} />
              <button type="submit">Reinstate</button>
            </form>
          </>
        ) : isYou ? (
          <p>You cannot suspend your own account.</p>
        ) : (
          <>
            <p>A suspended person is logged out everywhere at once and cannot log in again, by any means, until reinstated. Their account and content are kept.</p>
            <form method="post" action={`${base}/suspend`} class="stacked-form" novalidate>
              <CsrfField token={csrf} />
              <div class={`field${errors.reason ? ' field--error' : ''}`}>
                <label for="field-reason">Reason for suspending (optional)</label>
                <p class="field__hint" id="field-reason-hint">Kept in the audit log, not shown to them. At most 500 characters.</p>
                {errors.reason ? <p class="field__error" id="field-reason-error"><span class="visually-hidden">Error: </span><span safe>{errors.reason}</span></p> : ''}
                <textarea id="field-reason" name="reason" rows="3" aria-describedby={errors.reason ? 'field-reason-hint field-reason-error' : 'field-reason-hint'} aria-invalid={errors.reason ? 'true' : undefined} safe>{state.values?.reason ?? ''}</textarea>
              </div>
              <button type="submit" class="button--danger">Suspend</button>
            </form>
          </>
        )}
      </section>
      <p><a href="/admin/people">Back to people</a></p>
    </AdminLayout>
  );
}

export { Html };
