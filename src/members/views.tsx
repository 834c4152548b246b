import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import { AdminLayout } from '../admin/layout.js';
import type { PageContext } from '../web/context.js';
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../web/forms.js';
import { formatDate } from '../platform/dates.js';
import type { OrganisationWithDomains } from './repo.js';
import { ORGANISATION_TYPES, TIERS, type OrganisationInput } from './service.js';

function csrfOf(ctx: PageContext): string {
  return ctx.viewer.kind === 'user' ? ctx.viewer.csrfToken : '';
}

export function MembershipPage(props: {
  ctx: PageContext;
  organisations: OrganisationWithDomains[];
  openRequest: { organisation_name: string; created_at: string } | undefined;
  errors?: FieldErrors;
  values?: { organisation: string; message: string };
  notice?: string;
}): JSX.Element {
  const { ctx } = props;
  const viewer = ctx.viewer;
  if (viewer.kind !== 'user') return '';
  const errors = props.errors ?? {};
  return (
    <Layout ctx={ctx} title="Membership" noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Your account', path: '/account' }, { label: 'Membership' }]}>
      <div class="form-page">
        <h1>Membership</h1>
        {props.notice ? <p class="notice" role="status" safe>{props.notice}</p> : ''}
        {viewer.membership ? (
          <p>You are a member through <strong safe>{viewer.membership.organisationName}</strong> (<span safe>{viewer.membership.organisationType}</span>). Member-only reports, briefings and files are open to you.</p>
        ) : !viewer.isEmailVerified ? (
          <p>Please confirm your email address first, using the link we sent you. Then you can become a member.</p>
        ) : props.openRequest ? (
          <p>You asked to join as part of <strong safe>{props.openRequest.organisation_name}</strong> on <span safe>{formatDate(props.openRequest.created_at)}</span>. We will email you when it has been decided.</p>
        ) : (
          <>
            <p>People at member organisations become members automatically when they register with their work email address. If your organisation is a member but your address is on another domain, ask to join it here and we will check with them.</p>
            <ErrorSummary errors={errors} labels={{ organisation: 'Organisation', message: 'Message' }} />
            <form method="post" action="/account/membership" novalidate>
              <CsrfField token={csrfOf(ctx)} />
              <div class={`field${errors.organisation ? ' field--error' : ''}`}>
                <label for="field-organisation">Your organisation</label>
                {errors.organisation ? <p class="field__error" id="field-organisation-error"><span class="visually-hidden">Error: </span><span safe>{errors.organisation}</span></p> : ''}
                <select id="field-organisation" name="organisation" aria-describedby={errors.organisation ? 'field-organisation-error' : undefined} aria-invalid={errors.organisation ? 'true' : undefined}>
                  <option value="">Choose your organisation</option>
                  {props.organisations.map((o) => <option value={String(o.id)} selected={props.values?.organisation === String(o.id)} safe>{o.name}</option>)}
                </select>
              </div>
              <div class={`field${errors.message ? ' field--error' : ''}`}>
                <label for="field-message">Anything we should know (optional)</label>
                <p class="field__hint" id="field-message-hint">For example your team or a colleague who can confirm you work there.</p>
                {errors.message ? <p class="field__error" id="field-message-error"><span class="visually-hidden">Error: </span><span safe>{errors.message}</span></p> : ''}
                <textarea id="field-message" name="message" rows="4" maxlength="1000" aria-describedby={errors.message ? 'field-message-hint field-message-error' : 'field-message-hint'} safe>{props.values?.message ?? ''}</textarea>
              </div>
              <button type="submit">Ask to join</button>
            </form>
          </>
        )}
        <p><a href="/account">Back to your account</a></p>
      </div>
    </Layout>
  );
}

export function OrganisationsAdminPage({ ctx, organisations, requests }: {
  ctx: PageContext;
  organisations: OrganisationWithDomains[];
  requests: { id: number; user_name: string; user_email: string; organisation_name: string; message: string; created_at: string }[];
}): JSX.Element {
  return (
    <AdminLayout ctx={ctx} title="Organisations" crumbs={[{ label: 'Organisations' }]}>
      <h1>Member organisations</h1>
      <p><a class="button" href="/admin/organisations/new">Add an organisation</a></p>
      <section aria-labelledby="requests-heading">
        <h2 id="requests-heading">Requests to join</h2>
        {requests.length === 0 ? <p>No requests are waiting.</p> : (
          <ul class="session-list">
            {requests.map((r) => (
              <li>
                <strong safe>{r.user_name}</strong> (<span safe>{r.user_email}</span>) asks to join <strong safe>{r.organisation_name}</strong>
                <span class="session-list__meta" safe>{`${formatDate(r.created_at)}${r.message ? `: “${r.message}”` : ''}`}</span>
                <form method="post" action={`/admin/membership-requests/${r.id}`} class="inline-actions">
                  <CsrfField token={csrfOf(ctx)} />
                  <button type="submit" name="decision" value="approve">Approve<span class="visually-hidden" safe>{` ${r.user_name}`}</span></button>
                  <button type="submit" name="decision" value="refuse" class="button--secondary">Refuse<span class="visually-hidden" safe>{` ${r.user_name}`}</span></button>
                </form>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="organisations-heading">
        <h2 id="organisations-heading">Organisations</h2>
        <div class="scroll-region" role="region" aria-labelledby="organisations-heading" tabindex="0">
          <table class="data-table">
            <thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Tier</th><th scope="col">Status</th><th scope="col">Email domains</th></tr></thead>
            <tbody>
              {organisations.map((o) => (
                <tr>
                  <td><a href={`/admin/organisations/${o.id}`} safe>{o.name}</a></td>
                  <td safe>{o.type}</td>
                  <td safe>{o.tier}</td>
                  <td>{o.status === 'active' ? 'Active' : 'Lapsed'}</td>
                  <td safe>{o.domains.join(', ') || 'None'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </AdminLayout>
  );
}

function Select({ name, label, options, value, error }: { name: string; label: string; options: readonly { value: string; label: string }[]; value: string; error?: string }): JSX.Element {
  const id = `field-${name}`;
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={id} safe>{label}</label>
      {error ? <p class="field__error" id={`${id}-error`}><span class="visually-hidden">Error: </span><span safe>{error}</span></p> : ''}
      <select id={id} name={name} aria-describedby={error ? `${id}-error` : undefined} aria-invalid={error ? 'true' : undefined}>
        {options.map((o) => <option value={o.value} selected={o.value === value} safe>{o.label}</option>)}
      </select>
    </div>
  );
}

export function OrganisationFormPage({ ctx, values, errors = {} }: { ctx: PageContext; values: OrganisationInput; errors?: FieldErrors }): JSX.Element {
  const isNew = values.id === undefined;
  const title = isNew ? 'Add an organisation' : `Edit ${values.name}`;
  return (
    <AdminLayout ctx={ctx} title={Object.keys(errors).length > 0 ? `Error: ${title}` : title} crumbs={[{ label: 'Organisations', path: '/admin/organisations' }, { label: isNew ? 'Add' : 'Edit' }]}>
      <div class="form-page">
        <h1 safe>{title}</h1>
        <ErrorSummary errors={errors} labels={{ name: 'Name', type: 'Type', tier: 'Tier', status: 'Status', domains: 'Email domains' }} />
        <form method="post" action={isNew ? '/admin/organisations' : `/admin/organisations/${values.id}`} novalidate>
          <CsrfField token={csrfOf(ctx)} />
          <TextField name="name" label="Name" value={values.name} error={errors.name} required maxlength={200} />
          <Select name="type" label="Type" value={values.type} error={errors.type} options={[{ value: '', label: 'Choose a type' }, ...ORGANISATION_TYPES.map((t) => ({ value: t, label: t }))]} />
          <Select name="tier" label="Tier" value={values.tier} error={errors.tier} options={TIERS.map((t) => ({ value: t, label: t[0]!.toUpperCase() + t.slice(1) }))} />
          <Select name="status" label="Membership status" value={values.status} error={errors.status} options={[{ value: 'active', label: 'Active' }, { value: 'lapsed', label: 'Lapsed (its people lose member access at once)' }]} />
          <TextField name="domains" label="Email domains" value={values.domains} error={errors.domains} hint="People who confirm an address at these domains become members automatically. Separate them with commas, e.g. riverside.example, riverside-trust.example" maxlength={2000} />
          <button type="submit">Save</button>
        </form>
      </div>
    </AdminLayout>
  );
}

export { Html };
