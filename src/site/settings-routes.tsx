// /admin/settings (admins only: these routes declare no adminAccess, which means admins) and
// /brand.css, the organisation's colours as custom properties for site.css.
import { Type, type TSchema } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Forbidden, Invalid } from '../errors.js';
import { isAdmin } from '../admin/policy.js';
import type { App } from '../platform/http/types.js';
import { chosenFile } from '../platform/http/uploads.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import { brandCss, brandVersion } from './brand.js';
import { MAX_LINKS, MAX_REASONS, type LinkRowInput, type LinksInput, type SettingsAdmin } from './settings-admin.js';
import { SOCIAL_NETWORKS } from './settings.js';
import {
  BrandSettingsPage, GeneralSettingsPage, LinksSettingsPage, WhyRegisterSettingsPage,
  brandValues, generalValues, linksValues, sectionPath, whyRegisterValues, type SettingsSection,
} from './settings-views.js';

// Lengths are checked by the service, so a long entry comes back on the form with a message;
// the schema only refuses what no form would send.
const text = () => Type.String({ maxLength: 20000, default: '' });
const optionalText = () => Type.Optional(Type.String({ maxLength: 20000 }));
const SavedQuery = Type.Object({ saved: Type.Optional(Type.String({ maxLength: 10 })) });

const GeneralBody = Type.Object({ _csrf: text(), loaded: text(), name: text(), tagline: text(), description: text(), default_access: text(), comment_policy: text(), retention_days: optionalText() });

const BrandBody = Type.Object({ _csrf: text(), loaded: text(), brand_colour: text(), link_colour: text(), remove_logo: optionalText(), logo: Type.Optional(Type.Unknown()) });

function fieldsFor(names: string[]): Record<string, TSchema> {
  return Object.fromEntries(names.map((n) => [n, optionalText()]));
}

const linkFieldNames = (prefix: string) => Array.from({ length: MAX_LINKS }, (_, i) => [`${prefix}_${i}_label`, `${prefix}_${i}_href`, `${prefix}_${i}_position`]).flat();
const LinksBody = Type.Object({
  _csrf: text(),
  loaded: text(),
  ...fieldsFor([...linkFieldNames('nav'), ...linkFieldNames('footer'), ...SOCIAL_NETWORKS.map((n) => `social_${n.id}`)]),
});

const WhyBody = Type.Object({
  _csrf: text(),
  loaded: text(),
  why_heading: text(),
  why_intro: text(),
  ...fieldsFor(Array.from({ length: MAX_REASONS }, (_, i) => [`reason_${i}_title`, `reason_${i}_text`]).flat()),
});

type Fields = Record<string, unknown>;
const loadedOf = (body: unknown): string => str(body as Fields, 'loaded') ?? '';
const str = (body: Fields, name: string): string | undefined => (typeof body[name] === 'string' ? (body[name] as string) : undefined);

/** The rows the form sent, in order: a row is there when its text field was sent. */
function linkRows(body: Fields, prefix: string): LinkRowInput[] {
  const rows: LinkRowInput[] = [];
  for (let i = 0; i < MAX_LINKS; i++) {
    const label = str(body, `${prefix}_${i}_label`);
    if (label === undefined) break;
    rows.push({ label, href: str(body, `${prefix}_${i}_href`) ?? '', position: str(body, `${prefix}_${i}_position`) ?? '' });
  }
  return rows;
}

export interface SettingsRouteDeps {
  settingsAdmin: SettingsAdmin;
  page: PageContextFactory;
}

function requireAdmin(request: FastifyRequest): void {
  if (!isAdmin(request.viewer)) throw new Forbidden('Only administrators can change the site settings.');
}

const savedNotice = (saved: string | undefined) => (saved === '1' ? 'Saved. The change is live on the site now.' : saved === '0' ? 'Nothing had changed, so nothing was saved.' : undefined);

export function registerSettingsRoutes(app: App, deps: SettingsRouteDeps): void {
  const { settingsAdmin, page } = deps;

  const done = (reply: FastifyReply, section: SettingsSection, changed: string[]) => reply.redirect(`${sectionPath(section)}?saved=${changed.length > 0 ? 1 : 0}`, 303);

  app.get('/admin/settings', { schema: { querystring: SavedQuery } }, async (request, reply) => {
    requireAdmin(request);
    return sendHtml(reply, <GeneralSettingsPage ctx={page(request)} values={generalValues(settingsAdmin.current)} loaded={settingsAdmin.fingerprint('general')} notice={savedNotice(request.query.saved)} />);
  });

  app.post('/admin/settings', { schema: { body: GeneralBody } }, async (request, reply) => {
    requireAdmin(request);
    const b = request.body;
    // A form from before the retention setting existed leaves it as it is.
    const values = { name: b.name, tagline: b.tagline, description: b.description, defaultAccess: b.default_access, commentPolicy: b.comment_policy, retentionDays: b.retention_days ?? String(settingsAdmin.current.engagementRetentionDays) };
    try {
      settingsAdmin.checkNotStale('general', loadedOf(request.body));
      return done(reply, 'general', await settingsAdmin.saveGeneral(request.viewer, values));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <GeneralSettingsPage ctx={page(request)} values={values} loaded={loadedOf(request.body)} errors={error.fields} />, 400);
    }
  });

  app.get('/admin/settings/brand', { schema: { querystring: SavedQuery } }, async (request, reply) => {
    requireAdmin(request);
    const current = settingsAdmin.current;
    return sendHtml(reply, <BrandSettingsPage ctx={page(request)} values={brandValues(current)} loaded={settingsAdmin.fingerprint('brand')} logo={current.logo} notice={savedNotice(request.query.saved)} />);
  });

  app.post('/admin/settings/brand', { schema: { body: BrandBody } }, async (request, reply) => {
    requireAdmin(request);
    const b = request.body;
    const values = { brandColour: b.brand_colour, linkColour: b.link_colour, removeLogo: b.remove_logo === 'yes' };
    try {
      settingsAdmin.checkNotStale('brand', loadedOf(request.body));
      return done(reply, 'brand', await settingsAdmin.saveBrand(request.viewer, values, chosenFile(b.logo)));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <BrandSettingsPage ctx={page(request)} values={values} loaded={loadedOf(request.body)} logo={settingsAdmin.current.logo} errors={error.fields} />, 400);
    }
  });

  app.get('/admin/settings/links', { schema: { querystring: SavedQuery } }, async (request, reply) => {
    requireAdmin(request);
    return sendHtml(reply, <LinksSettingsPage ctx={page(request)} values={linksValues(settingsAdmin.current)} loaded={settingsAdmin.fingerprint('links')} notice={savedNotice(request.query.saved)} />);
  });

  app.post('/admin/settings/links', { schema: { body: LinksBody } }, async (request, reply) => {
    requireAdmin(request);
    const body = request.body as Fields;
    const social = Object.fromEntries(SOCIAL_NETWORKS.map((n) => [n.id, str(body, `social_${n.id}`) ?? ''])) as LinksInput['social'];
    const values: LinksInput = { nav: linkRows(body, 'nav'), footer: linkRows(body, 'footer'), social };
    try {
      settingsAdmin.checkNotStale('links', loadedOf(request.body));
      return done(reply, 'links', await settingsAdmin.saveLinks(request.viewer, values));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <LinksSettingsPage ctx={page(request)} values={values} loaded={loadedOf(request.body)} errors={error.fields} />, 400);
    }
  });

  app.get('/admin/settings/why-register', { schema: { querystring: SavedQuery } }, async (request, reply) => {
    requireAdmin(request);
    return sendHtml(reply, <WhyRegisterSettingsPage ctx={page(request)} values={whyRegisterValues(settingsAdmin.current)} loaded={settingsAdmin.fingerprint('why-register')} notice={savedNotice(request.query.saved)} />);
  });

  app.post('/admin/settings/why-register', { schema: { body: WhyBody } }, async (request, reply) => {
    requireAdmin(request);
    const body = request.body as Fields;
    const reasons = Array.from({ length: MAX_REASONS }, (_, i) => ({ title: str(body, `reason_${i}_title`) ?? '', text: str(body, `reason_${i}_text`) ?? '' }));
    const values = { heading: request.body.why_heading, intro: request.body.why_intro, reasons };
    try {
      settingsAdmin.checkNotStale('why-register', loadedOf(request.body));
      return done(reply, 'why-register', await settingsAdmin.saveWhyRegister(request.viewer, values));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <WhyRegisterSettingsPage ctx={page(request)} values={values} loaded={loadedOf(request.body)} errors={error.fields} />, 400);
    }
  });

  // The version in the URL is the colours themselves: the current one is cached for good.
  app.get('/brand.css', { schema: { querystring: Type.Object({ v: Type.Optional(Type.String({ maxLength: 40 })) }) } }, async (request, reply) => {
    const site = settingsAdmin.current;
    const isCurrent = request.query.v === brandVersion(site);
    return reply
      .type('text/css; charset=utf-8')
      .header('cache-control', isCurrent ? 'public, max-age=31536000, immutable' : 'no-cache')
      .send(brandCss(site));
  });
}
