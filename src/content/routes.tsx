import fs from 'node:fs';
import type { App } from "../platform/http/types.js";
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { ItemKind, ItemRow } from '../db/schema.js';
import { Forbidden, NotFound } from '../errors.js';
import { FILE_CSP } from '../platform/http/security-headers.js';
import { MAX_PAGE } from '../platform/pagination.js';
import { FileStore } from '../platform/storage.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { ContentService } from './service.js';
import type { ItemCard } from './presenters.js';
import { eventToIcs } from './ics.js';
import { itemPath } from './urls.js';
import { EventsPage, ItemPage, KindListingPage } from './views.js';

export const SlugParams = Type.Object({ slug: Type.String({ minLength: 1, maxLength: 200 }) });
export const PageQuery = Type.Object({ page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }) });
const EventsQuery = Type.Object({
  page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
  when: Type.Union([Type.Literal('upcoming'), Type.Literal('past')], { default: 'upcoming' }),
});
const AttachmentParams = Type.Object({
  slug: Type.String({ minLength: 1, maxLength: 200 }),
  id: Type.Integer({ minimum: 1, maximum: 2147483647 }),
  filename: Type.String({ maxLength: 300 }),
});
const MediaParams = Type.Object({ key: Type.String({ maxLength: 64 }) });

const MEDIA_TYPES: Record<string, string> = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif' };

export interface ContentRouteDeps {
  content: ContentService;
  files: FileStore;
  page: PageContextFactory;
  organisationName: () => string;
  publicUrl: string;
  /**
   * What goes under an item (reactions, sharing, comments), from the engagement domain.
   * canRead says whether the viewer may open the whole item.
   */
  belowItem?: (request: FastifyRequest, row: ItemRow, canRead: boolean) => Promise<JSX.Element>;
  /** Shown beside an item's topic tags: follow buttons (personalisation). */
  topicActions?: (request: FastifyRequest, row: ItemRow) => Promise<JSX.Element>;
  /**
   * "Related" and "People who read this also read" (personalisation); given the topic-based
   * related items as a fallback for an item the recommender has not reached yet.
   */
  recommendations?: (request: FastifyRequest, row: ItemRow, fallback: () => Promise<ItemCard[]>) => Promise<JSX.Element>;
}

export function registerContentRoutes(app: App, deps: ContentRouteDeps): void {
  const { content, page } = deps;
  const cached = { pageCache: true };

  for (const kind of ['news', 'report'] as const) {
    const listPath = kind === 'news' ? '/news' : '/reports';
    app.get(listPath, { schema: { querystring: PageQuery }, config: cached }, async (request, reply) => {
      const { page: pageNumber } = request.query;
      const listing = await content.listLatest({ kinds: [kind], page: pageNumber });
      return sendHtml(reply, <KindListingPage ctx={page(request)} kind={kind} listing={listing} />);
    });
  }

  const itemKinds: { kind: ItemKind; prefix: string }[] = [
    { kind: 'news', prefix: '/news' },
    { kind: 'report', prefix: '/reports' },
    { kind: 'event', prefix: '/events' },
  ];
  for (const { kind, prefix } of itemKinds) {
    app.get(`${prefix}/:slug`, { schema: { params: SlugParams }, config: cached }, async (request, reply) => {
      const { slug } = request.params;
      const lookup = await content.getItem(page(request).viewer, kind, slug);
      if (lookup.found === 'redirect') return reply.redirect(itemPath(kind, lookup.slug), 301);
      const row = lookup.row;
      const fallback = () => content.listRelated(row.id);
      const [related, below, topicActions] = await Promise.all([
        deps.recommendations ? deps.recommendations(request, row, fallback) : fallback(), deps.belowItem?.(request, row, lookup.item.access === 'full'), deps.topicActions?.(request, row),
      ]);
      return sendHtml(reply, <ItemPage ctx={page(request)} item={lookup.item} related={related} below={below} topicActions={topicActions} />);
    });
  }

  app.get('/events', { schema: { querystring: EventsQuery }, config: cached }, async (request, reply) => {
    const { page: pageNumber, when } = request.query;
    const listing = await content.listEvents(when, pageNumber);
    return sendHtml(reply, <EventsPage ctx={page(request)} when={when} listing={listing} />);
  });

  app.get('/events/:slug/calendar.ics', { schema: { params: SlugParams } }, async (request, reply) => {
    const { slug } = request.params;
    const lookup = await content.getItem(page(request).viewer, 'event', slug);
    if (lookup.found === 'redirect') return reply.redirect(`${itemPath('event', lookup.slug)}/calendar.ics`, 301);
    const url = deps.publicUrl + itemPath('event', lookup.row.slug);
    const ics = eventToIcs(lookup.row, { url, organisation: deps.organisationName(), host: new URL(deps.publicUrl).hostname, now: new Date().toISOString() });
    return reply
      .type('text/calendar; charset=utf-8')
      .header('content-disposition', `attachment; filename="${lookup.row.slug}.ics"`)
      .header('cache-control', 'no-cache')
      .send(ics);
  });

  // Report files go through this route, never a static folder, so access is checked on every download.
  app.get('/reports/:slug/files/:id/:filename', { schema: { params: AttachmentParams } }, async (request, reply) => {
    const { slug, id } = request.params;
    const result = await content.getAttachment(page(request).viewer, 'report', slug, id);
    if (!result.allowed) {
      // Visitors are asked to log in; signed-in people without access are refused outright.
      if (request.viewer.kind === 'anonymous') return reply.redirect(`/login?next=${encodeURIComponent(itemPath('report', result.item.slug))}`, 303);
      throw new Forbidden('This file is for members. Your account is not linked to a member organisation.');
    }
    const file = deps.files.pathOf(result.attachment.storage_key);
    if (!file || !fs.existsSync(file)) throw new NotFound('That file is missing. Please tell us so we can restore it.');
    return reply
      .type(result.attachment.mime)
      .header('content-disposition', `attachment; filename="${result.attachment.filename.replace(/[^\w.-]/g, '_')}"`)
      .header('content-security-policy', FILE_CSP)
      .header('cache-control', result.item.access === 'public' ? 'public, max-age=3600' : 'private, no-store')
      .send(fs.createReadStream(file));
  });

  // Hero images. Names are random and never reused, so they can be cached for good.
  app.get('/media/:key', { schema: { params: MediaParams } }, async (request, reply) => {
    const { key } = request.params;
    const file = deps.files.pathOf(key);
    const type = MEDIA_TYPES[key.split('.').pop() ?? ''];
    if (!file || !type || !fs.existsSync(file)) throw new NotFound('That image does not exist.');
    return reply
      .type(type)
      .header('content-security-policy', FILE_CSP)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(fs.createReadStream(file));
  });

  // Static pages (about, privacy, ...) live at the top level. Fastify matches every
  // fixed route first, so this only sees paths no other route claims.
  app.get('/:slug', { schema: { params: SlugParams }, config: cached }, async (request, reply) => {
    const { slug } = request.params;
    const lookup = await content.getItem(page(request).viewer, 'page', slug);
    if (lookup.found === 'redirect') return reply.redirect(itemPath('page', lookup.slug), 301);
    return sendHtml(reply, <ItemPage ctx={page(request)} item={lookup.item} related={[]} />);
  });
}
