import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import { AdminLayout } from '../admin/layout.js';
import type { PageContext } from '../web/context.js';
import { CheckboxField, CsrfField, ErrorSummary, TextField, type FieldErrors } from '../web/forms.js';
import type { BenefitRow } from '../db/schema.js';
import { ORGANISATION_TYPES, TIERS } from './service.js';
import { BENEFIT_CATEGORIES, audienceOf, type BenefitInput, type BenefitsOffer } from './benefits-service.js';

// ---- view models and presenters ----

export interface BenefitCardView {
  id: number;
  title: string;
  paragraphs: string[];
  linkUrl: string | undefined;
  isChosen: boolean;
}

export type MemberBenefitsView =
  | { isMember: false }
  | { isMember: true; organisationName: string; organisationType: string; tierLabel: string; jobRole: string; groups: { heading: string; benefits: BenefitCardView[] }[] };

export interface AdminBenefitView {
  id: number;
  title: string;
  categoryLabel: string;
  audience: string;
  isActive: boolean;
  interested: number;
}

const capitalise = (word: string) => (word ? word[0]!.toUpperCase() + word.slice(1) : word);
const orList = (items: string[]) => (items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : items.join(''));
const categoryLabel = (value: string) => BENEFIT_CATEGORIES.find((c) => c.value === value)?.label ?? value;

/** Plain text to paragraphs: a blank line starts a new one. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean);
}

export function presentOffer(offer: BenefitsOffer): MemberBenefitsView {
  if (!offer.isMember) return { isMember: false };
  const groups = BENEFIT_CATEGORIES.map((category) => ({
    heading: category.label,
    benefits: offer.benefits
      .filter((b) => b.category === category.value)
      .map((b) => ({ id: b.id, title: b.title, paragraphs: paragraphsOf(b.description), linkUrl: b.link_url ?? undefined, isChosen: offer.chosenIds.has(b.id) })),
  })).filter((g) => g.benefits.length > 0);
  return { isMember: true, organisationName: offer.membership.organisationName, organisationType: offer.membership.organisationType, tierLabel: capitalise(offer.membership.tier), jobRole: offer.jobRole, groups };
}

export function presentAdminBenefit(benefit: BenefitRow, interested: number): AdminBenefitView {
  const audience = audienceOf(benefit);
  const parts = audience
    ? [
        audience.orgTypes.length > 0 ? audience.orgTypes.join(', ') : '',
        audience.tiers.length > 0 ? `${audience.tiers.map(capitalise).join(' and ')} tier` : '',
        audience.roles.length > 0 ? `roles containing ${orList(audience.roles.map((r) => `“${r}”`))}` : '',
      ].filter(Boolean)
    : ['Nobody (the audience could not be read; save the benefit again)'];
  return { id: benefit.id, title: benefit.title, categoryLabel: categoryLabel(benefit.category), audience: parts.length > 0 ? capitalise(parts.join('; ')) : 'All members', isActive: benefit.is_active === 1, interested };
}

// ---- member page ----

function csrfOf(ctx: PageContext): string {
  return ctx.viewer.kind === 'user' ? ctx.viewer.csrfToken : '';
}

function BenefitCard({ benefit }: { benefit: BenefitCardView }): JSX.Element {
  const id = `benefit-${benefit.id}`;
  return (
    <article class="benefit" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} safe>{benefit.title}</h3>
      {benefit.paragraphs.map((p) => <p safe>{p}</p>)}
      {benefit.linkUrl ? <p><a href={benefit.linkUrl}>Find out more<span class="visually-hidden" safe>{` about ${benefit.title}`}</span></a></p> : ''}
      <div class="field field--checkbox">
        <input id={id} type="checkbox" name="benefit" value={String(benefit.id)} checked={benefit.isChosen} />
        <label for={id}>Tell me about this<span class="visually-hidden" safe>{`: ${benefit.title}`}</span></label>
      </div>
    </article>
  );
}

export function MemberBenefitsPage({ ctx, view, notice }: { ctx: PageContext; view: MemberBenefitsView; notice?: string }): JSX.Element {
  return (
    <Layout ctx={ctx} title="Your member benefits" noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Your account', path: '/account' }, { label: 'Member benefits' }]}>
      <div class="form-page">
        <h1>Your member benefits</h1>
        {notice ? <p class="notice" role="status" safe>{notice}</p> : ''}
        {!view.isMember ? (
          <>
            <p>Member benefits (networks, briefings, events, discounts and services) come with membership through your organisation. Your account is not linked to a member organisation, so there are none to show you yet.</p>
            <p><a href="/account/membership">Find out how to become a member</a></p>
          </>
        ) : (
          <>
            <p>
              These benefits come with your membership through <strong safe>{view.organisationName}</strong> (<span safe>{`${view.organisationType}, ${view.tierLabel} tier`}</span>).
              {' '}
              {view.jobRole ? <>Some are for particular roles: we matched them to your job role, <span safe>{`“${view.jobRole}”`}</span>.</> : 'Some are for particular roles, and you have not told us your job role, so those are not shown.'}
            </p>
            {view.groups.length === 0 ? (
              <p>There are no benefits for your organisation at the moment. We will add them here as they open.</p>
            ) : (
              <form method="post" action="/account/benefits">
                <CsrfField token={csrfOf(ctx)} />
                <p>Tick the ones you would like us to tell you about, then save your choices.</p>
                {view.groups.map((group, index) => (
                  <section aria-labelledby={`benefits-group-${index}`}>
                    <h2 id={`benefits-group-${index}`} safe>{group.heading}</h2>
                    {group.benefits.map((benefit) => <BenefitCard benefit={benefit} />)}
                  </section>
                ))}
                <button type="submit">Save my choices</button>
              </form>
            )}
          </>
        )}
        <p><a href="/account">Back to your account</a></p>
      </div>
    </Layout>
  );
}

// ---- admin pages ----

export function BenefitsAdminPage({ ctx, benefits }: { ctx: PageContext; benefits: AdminBenefitView[] }): JSX.Element {
  return (
    <AdminLayout ctx={ctx} title="Member benefits" crumbs={[{ label: 'Member benefits' }]}>
      <h1>Member benefits</h1>
      <p>Members see the active benefits whose audience matches their organisation’s type and tier and their job role. An empty audience means everyone.</p>
      <p><a class="button" href="/admin/benefits/new">Add a benefit</a></p>
      {benefits.length === 0 ? <p>There are no benefits yet.</p> : (
        <div class="scroll-region" role="region" aria-label="Benefits" tabindex="0">
          <table class="data-table">
            <thead><tr><th scope="col">Benefit</th><th scope="col">Category</th><th scope="col">For</th><th scope="col">Status</th><th scope="col">People interested</th></tr></thead>
            <tbody>
              {benefits.map((b) => (
                <tr>
                  <td><a href={`/admin/benefits/${b.id}`} safe>{b.title}</a></td>
                  <td safe>{b.categoryLabel}</td>
                  <td safe>{b.audience}</td>
                  <td>{b.isActive ? 'Active' : 'Hidden'}</td>
                  <td>{b.interested}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}

function ErrorMessage({ id, error }: { id: string; error: string | undefined }): JSX.Element {
  return error ? <p class="field__error" id={id}><span class="visually-hidden">Error: </span><span safe>{error}</span></p> : '';
}

function CheckboxGroup({ name, legend, hint, options, checked, error }: { name: string; legend: string; hint: string; options: readonly { value: string; label: string }[]; checked: readonly string[]; error?: string }): JSX.Element {
  const id = `field-${name}`;
  return (
    <fieldset class={`field${error ? ' field--error' : ''}`} aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}>
      <legend safe>{legend}</legend>
      <p class="field__hint" id={`${id}-hint`} safe>{hint}</p>
      <ErrorMessage id={`${id}-error`} error={error} />
      {options.map((option, index) => {
        // The first box carries the group's id, so the error summary's link lands on it.
        const boxId = index === 0 ? id : `${id}-${index + 1}`;
        return (
          <div class="field field--checkbox">
            <input id={boxId} type="checkbox" name={name} value={option.value} checked={checked.includes(option.value)} />
            <label for={boxId} safe>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

const FORM_LABELS = { title: 'Title', description: 'Description', category: 'Category', org_types: 'Organisation types', tiers: 'Tiers', roles: 'Job roles', link_url: 'Link' };

export function BenefitFormPage({ ctx, values, errors = {} }: { ctx: PageContext; values: BenefitInput; errors?: FieldErrors }): JSX.Element {
  const isNew = values.id === undefined;
  const title = isNew ? 'Add a benefit' : values.title.trim() ? `Edit ${values.title}` : 'Edit a benefit';
  return (
    <AdminLayout ctx={ctx} title={Object.keys(errors).length > 0 ? `Error: ${title}` : title} crumbs={[{ label: 'Member benefits', path: '/admin/benefits' }, { label: isNew ? 'Add' : 'Edit' }]}>
      <div class="form-page">
        <h1 safe>{title}</h1>
        <ErrorSummary errors={errors} labels={FORM_LABELS} />
        <form method="post" action={isNew ? '/admin/benefits' : `/admin/benefits/${values.id}`} novalidate>
          <CsrfField token={csrfOf(ctx)} />
          <TextField name="title" label="Title" value={values.title} error={errors.title} required maxlength={200} />
          <div class={`field${errors.description ? ' field--error' : ''}`}>
            <label for="field-description">Description</label>
            <p class="field__hint" id="field-description-hint">Plain text, shown to members as written. Leave a blank line between paragraphs.</p>
            <ErrorMessage id="field-description-error" error={errors.description} />
            <textarea id="field-description" name="description" rows="8" maxlength="4000" aria-describedby={errors.description ? 'field-description-hint field-description-error' : 'field-description-hint'} aria-invalid={errors.description ? 'true' : undefined} safe>{values.description}</textarea>
          </div>
          <div class={`field${errors.category ? ' field--error' : ''}`}>
            <label for="field-category">Category</label>
            <ErrorMessage id="field-category-error" error={errors.category} />
            <select id="field-category" name="category" aria-describedby={errors.category ? 'field-category-error' : undefined} aria-invalid={errors.category ? 'true' : undefined}>
              <option value="">Choose a category</option>
              {BENEFIT_CATEGORIES.map((c) => <option value={c.value} selected={c.value === values.category} safe>{c.label}</option>)}
            </select>
          </div>
          <CheckboxGroup name="org_types" legend="Organisation types" hint="Tick none to offer it to every type of organisation." options={ORGANISATION_TYPES.map((t) => ({ value: t, label: t }))} checked={values.orgTypes} error={errors.org_types} />
          <CheckboxGroup name="tiers" legend="Membership tiers" hint="Tick none to offer it to every tier." options={TIERS.map((t) => ({ value: t, label: capitalise(t) }))} checked={values.tiers} error={errors.tiers} />
          <TextField name="roles" label="Job roles (optional)" value={values.roles} error={errors.roles} hint="Words to look for in a member’s job role, separated by commas, e.g. finance, chief executive. Leave empty to offer it whatever their role." maxlength={2000} />
          <TextField name="link_url" label="Link (optional)" value={values.linkUrl} error={errors.link_url} hint="A page where members can find out more. It must start with https://." maxlength={500} />
          <CheckboxField name="is_active" label="Show this benefit to members" checked={values.isActive} />
          <button type="submit">Save</button>
        </form>
      </div>
    </AdminLayout>
  );
}

export { Html };
