// The site settings screens (/admin/settings…): one page per group of settings, each a
// form that keeps what was typed when something is refused and links every error to its field.
import Html from '@kitajs/html';
import { AdminLayout } from '../admin/layout.js';
import type { PageContext } from '../web/context.js';
import { CheckboxField, CsrfField, ErrorSummary, TextField, type FieldErrors } from '../web/forms.js';
import { contrastRatio, ON_BRAND, PAPER } from './brand.js';
import { FileField, Notice, RadioGroup, TextAreaField, csrfTokenOf } from './form-fields.js';
import {
  LIMITS, MAX_LINKS, MAX_REASONS,
  type BrandInput, type GeneralInput, type LinkRowInput, type LinksInput, type WhyRegisterInput,
} from './settings-admin.js';
import { ACCESS_LEVELS, COMMENT_POLICIES, RETENTION_DAYS, SOCIAL_NETWORKS, type SiteLogo, type SiteSettings } from './settings.js';

export type SettingsSection = 'general' | 'brand' | 'links' | 'why-register';

const SECTIONS: readonly { id: SettingsSection; label: string; path: string }[] = [
  { id: 'general', label: 'General', path: '/admin/settings' },
  { id: 'brand', label: 'Logo and colours', path: '/admin/settings/brand' },
  { id: 'links', label: 'Links and social profiles', path: '/admin/settings/links' },
  { id: 'why-register', label: '“Why register?” panel', path: '/admin/settings/why-register' },
];

export function sectionPath(section: SettingsSection): string {
  return SECTIONS.find((s) => s.id === section)!.path;
}

function SettingsFrame({ ctx, section, errors, labels, notice, children }: { ctx: PageContext; section: SettingsSection; errors: FieldErrors; labels: Record<string, string>; notice?: string; children?: Html.Children }): JSX.Element {
  const current = SECTIONS.find((s) => s.id === section)!;
  const hasErrors = Object.keys(errors).length > 0;
  const title = `Site settings: ${current.label}`;
  return (
    <AdminLayout ctx={ctx} title={hasErrors ? `Error: ${title}` : title} crumbs={[{ label: 'Settings', path: '/admin/settings' }, { label: current.label }]}>
      <h1>Site settings</h1>
      <nav class="settings-tabs" aria-label="Settings sections">
        <ul>
          {SECTIONS.map((s) => <li><a href={s.path} aria-current={s.id === section ? 'page' : undefined} safe>{s.label}</a></li>)}
        </ul>
      </nav>
      <h2 safe>{current.label}</h2>
      <Notice message={notice} />
      <ErrorSummary errors={errors} labels={labels} />
      {children}
    </AdminLayout>
  );
}

// ---- General ------------------------------------------------------------------------------

export function generalValues(site: SiteSettings): GeneralInput {
  return { name: site.name, tagline: site.tagline, description: site.description, defaultAccess: site.defaultAccess, commentPolicy: site.commentPolicy, retentionDays: String(site.engagementRetentionDays) };
}

const GENERAL_LABELS = { name: 'Organisation name', tagline: 'Tagline', description: 'Description', default_access: 'Default access for new content', comment_policy: 'Comments', retention_days: 'Keep engagement history for (days)' };

export function GeneralSettingsPage({ ctx, values, errors = {}, notice, loaded }: { ctx: PageContext; loaded: string; values: GeneralInput; errors?: FieldErrors; notice?: string }): JSX.Element {
  return (
    <SettingsFrame ctx={ctx} section="general" errors={errors} labels={GENERAL_LABELS} notice={notice}>
      <form method="post" action="/admin/settings" class="settings-form" novalidate>
        <CsrfField token={csrfTokenOf(ctx)} />
        <input type="hidden" name="loaded" value={loaded} />
        <TextField name="name" label={GENERAL_LABELS.name} value={values.name} error={errors.name} hint="Shown in the header beside the logo, in page titles and in emails." required maxlength={LIMITS.name} />
        <TextField name="tagline" label={GENERAL_LABELS.tagline} value={values.tagline} error={errors.tagline} hint="One line about what the organisation does; part of the home page’s title." maxlength={LIMITS.tagline} />
        <TextAreaField name="description" label={GENERAL_LABELS.description} value={values.description} error={errors.description} hint="A few sentences for search engines, link previews and the footer." rows={6} maxlength={LIMITS.description} />
        <RadioGroup name="default_access" legend={GENERAL_LABELS.default_access} value={values.defaultAccess} options={ACCESS_LEVELS} error={errors.default_access} hint="Where a new item starts in the editor; each item can still be changed." />
        <RadioGroup name="comment_policy" legend={GENERAL_LABELS.comment_policy} value={values.commentPolicy} options={COMMENT_POLICIES} error={errors.comment_policy} hint="Who may comment on items that follow the site’s policy." />
        <TextField name="retention_days" label={GENERAL_LABELS.retention_days} value={values.retentionDays} error={errors.retention_days} hint={`What people read and did (the history behind recommendations) is deleted after this many days, checked daily. From ${RETENTION_DAYS.min} to ${RETENTION_DAYS.max}; ${RETENTION_DAYS.default} is two years. Comments, ratings and recommends themselves are kept.`} required maxlength={5} />
        <button type="submit">Save general settings</button>
      </form>
    </SettingsFrame>
  );
}

// ---- Logo and colours ---------------------------------------------------------------------

export function brandValues(site: SiteSettings): BrandInput {
  return { brandColour: site.colours.brand, linkColour: site.colours.link, removeLogo: false };
}

const BRAND_LABELS = { logo: 'Logo', brand_colour: 'Brand colour', link_colour: 'Link colour' };

const ratio = (a: string, b: string) => `${(Math.floor(contrastRatio(a, b) * 10) / 10).toFixed(1)}:1`;

export function BrandSettingsPage({ ctx, values, logo, errors = {}, notice, loaded }: { ctx: PageContext; loaded: string; values: BrandInput; logo: SiteLogo | null; errors?: FieldErrors; notice?: string }): JSX.Element {
  const site = ctx.site;
  return (
    <SettingsFrame ctx={ctx} section="brand" errors={errors} labels={BRAND_LABELS} notice={notice}>
      <form method="post" action="/admin/settings/brand" enctype="multipart/form-data" class="settings-form" novalidate>
        <CsrfField token={csrfTokenOf(ctx)} />
        <input type="hidden" name="loaded" value={loaded} />
        <div class="settings-logo">
          <p class="settings-logo__label">Current logo</p>
          <img src={logo ? `/media/${logo.key}` : ctx.asset('logo.svg')} alt={logo ? 'The uploaded logo' : 'The default Pulse logo'} width="80" height="80" />
        </div>
        <FileField name="logo" label="New logo (optional)" accept="image/png,image/jpeg,image/webp" error={errors.logo} hint="A PNG, JPEG or WebP image up to 2 MB, ideally square. It is shown beside the organisation’s name. Leave empty to keep the current logo." />
        {logo ? <CheckboxField name="remove_logo" label="Remove the uploaded logo and use the default" checked={values.removeLogo} /> : ''}
        <TextField name="brand_colour" label={BRAND_LABELS.brand_colour} value={values.brandColour} error={errors.brand_colour} hint={`The header and buttons, with white text on it: it needs a contrast of at least 4.5:1 with white. Six hexadecimal digits, like #0b5563. In use: ${site.colours.brand} (${ratio(ON_BRAND, site.colours.brand)}).`} maxlength={20} />
        <TextField name="link_colour" label={BRAND_LABELS.link_colour} value={values.linkColour} error={errors.link_colour} hint={`Links on the white page and tinted panels: at least 4.5:1 against white. In use: ${site.colours.link} (${ratio(site.colours.link, PAPER)}).`} maxlength={20} />
        <button type="submit">Save logo and colours</button>
      </form>
    </SettingsFrame>
  );
}

// ---- Links and social profiles ------------------------------------------------------------

const blankRow: LinkRowInput = { label: '', href: '', position: '' };

/** The saved links, then a few empty rows to add more (up to MAX_LINKS). */
function rowsFor(links: SiteSettings['nav']): LinkRowInput[] {
  const rows = links.map((l, i) => ({ label: l.label, href: l.href, position: String(i + 1) }));
  const spare = Math.max(0, Math.min(3, MAX_LINKS - rows.length));
  return [...rows, ...Array.from({ length: spare }, () => blankRow)];
}

export function linksValues(site: SiteSettings): LinksInput {
  const social = Object.fromEntries(SOCIAL_NETWORKS.map((n) => [n.id, site.social.find((s) => s.network === n.id)?.url ?? ''])) as LinksInput['social'];
  return { nav: rowsFor(site.nav), footer: rowsFor(site.footer), social };
}

function linkLabels(): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [prefix, what] of [['nav', 'Navigation link'], ['footer', 'Footer link']] as const) {
    for (let i = 0; i < MAX_LINKS; i++) {
      labels[`${prefix}_${i}_label`] = `${what} ${i + 1}, text`;
      labels[`${prefix}_${i}_href`] = `${what} ${i + 1}, address`;
      labels[`${prefix}_${i}_position`] = `${what} ${i + 1}, position`;
    }
  }
  for (const n of SOCIAL_NETWORKS) labels[`social_${n.id}`] = n.label;
  return labels;
}

const LINK_LABELS = linkLabels();

function LinkRows({ prefix, what, rows, errors }: { prefix: string; what: string; rows: LinkRowInput[]; errors: FieldErrors }): JSX.Element {
  return (
    <>
      {rows.map((row, i) => (
        <fieldset class="link-row">
          <legend safe>{`${what} ${i + 1}`}</legend>
          <TextField name={`${prefix}_${i}_label`} label="Text" value={row.label} error={errors[`${prefix}_${i}_label`]} maxlength={LIMITS.label} />
          <TextField name={`${prefix}_${i}_href`} label="Address" value={row.href} error={errors[`${prefix}_${i}_href`]} maxlength={LIMITS.href} />
          <TextField name={`${prefix}_${i}_position`} label="Position" value={row.position} error={errors[`${prefix}_${i}_position`]} maxlength={3} />
        </fieldset>
      ))}
    </>
  );
}

export function LinksSettingsPage({ ctx, values, errors = {}, notice, loaded }: { ctx: PageContext; loaded: string; values: LinksInput; errors?: FieldErrors; notice?: string }): JSX.Element {
  return (
    <SettingsFrame ctx={ctx} section="links" errors={errors} labels={LINK_LABELS} notice={notice}>
      <form method="post" action="/admin/settings/links" class="settings-form" novalidate>
        <CsrfField token={csrfTokenOf(ctx)} />
        <input type="hidden" name="loaded" value={loaded} />
        <p class="field__hint">An address is a path on this site, like /news, or a full address starting with https://. Links are shown in order of position; clear a link’s text and address to remove it.</p>
        <section aria-labelledby="nav-links-heading">
          <h3 id="nav-links-heading">Main navigation</h3>
          <LinkRows prefix="nav" what="Navigation link" rows={values.nav} errors={errors} />
        </section>
        <section aria-labelledby="footer-links-heading">
          <h3 id="footer-links-heading">Footer</h3>
          <LinkRows prefix="footer" what="Footer link" rows={values.footer} errors={errors} />
        </section>
        <section aria-labelledby="social-heading">
          <h3 id="social-heading">Social profiles</h3>
          <p class="field__hint">The full address of each profile, starting with https://. They are listed in the footer; leave a box empty to leave that network out.</p>
          {SOCIAL_NETWORKS.map((n) => <TextField name={`social_${n.id}`} label={n.label} value={values.social[n.id] ?? ''} error={errors[`social_${n.id}`]} maxlength={LIMITS.href} />)}
        </section>
        <button type="submit">Save links</button>
      </form>
    </SettingsFrame>
  );
}

// ---- Why register? ------------------------------------------------------------------------

export function whyRegisterValues(site: SiteSettings): WhyRegisterInput {
  const reasons = [...site.whyRegister.reasons];
  while (reasons.length < MAX_REASONS) reasons.push({ title: '', text: '' });
  return { heading: site.whyRegister.heading, intro: site.whyRegister.intro, reasons };
}

const WHY_LABELS: Record<string, string> = {
  why_heading: 'Heading',
  why_intro: 'Introduction',
  ...Object.fromEntries(Array.from({ length: MAX_REASONS }, (_, i) => [[`reason_${i}_title`, `Reason ${i + 1}, title`], [`reason_${i}_text`, `Reason ${i + 1}, text`]]).flat()),
};

export function WhyRegisterSettingsPage({ ctx, values, errors = {}, notice, loaded }: { ctx: PageContext; loaded: string; values: WhyRegisterInput; errors?: FieldErrors; notice?: string }): JSX.Element {
  return (
    <SettingsFrame ctx={ctx} section="why-register" errors={errors} labels={WHY_LABELS} notice={notice}>
      <form method="post" action="/admin/settings/why-register" class="settings-form" novalidate>
        <CsrfField token={csrfTokenOf(ctx)} />
        <input type="hidden" name="loaded" value={loaded} />
        <p class="field__hint">Visitors who are not signed in see this panel on the home page.</p>
        <TextField name="why_heading" label={WHY_LABELS.why_heading!} value={values.heading} error={errors.why_heading} maxlength={LIMITS.heading} />
        <TextAreaField name="why_intro" label={WHY_LABELS.why_intro!} value={values.intro} error={errors.why_intro} rows={3} maxlength={LIMITS.intro} />
        {values.reasons.map((reason, i) => (
          <fieldset class="link-row">
            <legend safe>{`Reason ${i + 1}`}</legend>
            <TextField name={`reason_${i}_title`} label="Title" value={reason.title} error={errors[`reason_${i}_title`]} maxlength={LIMITS.reasonTitle} />
            <TextAreaField name={`reason_${i}_text`} label="Text" value={reason.text} error={errors[`reason_${i}_text`]} rows={2} maxlength={LIMITS.reasonText} />
          </fieldset>
        ))}
        <p class="field__hint">Leave a reason’s title and text empty to remove it.</p>
        <button type="submit">Save the panel</button>
      </form>
    </SettingsFrame>
  );
}
