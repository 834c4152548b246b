import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Forbidden } from '../errors.js';
import type { Viewer } from '../accounts/viewer.js';
import type { App } from '../platform/http/types.js';
import { MAX_PAGE } from '../platform/pagination.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import { canUseAdmin, isAdmin, isAdminPath, mayUse } from './policy.js';
import { presentOutboxMessage } from './presenters.js';
import type { OutboxReader } from './service.js';
import { AdminDashboardPage, OutboxMessagePage, OutboxPage, type DashboardData } from './views.js';

const PageQuery = Type.Object({ page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }) });
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });

/** An email's HTML runs nothing and fetches nothing: no scripts, forms, frames or remote images, in an opaque origin. */
export const EMAIL_HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

export interface AdminRouteDeps {
  /** What the dashboard shows of the desk: drafts, scheduled and recent items. */
  deskOverview: () => Promise<DashboardData>;
  /** The readership glance, rendered by the analytics domain. */
  readershipGlance: () => Promise<JSX.Element>;
  /** The moderation queue's count and link, rendered by the engagement domain. */
  moderationGlance?: () => Promise<JSX.Element>;
  /** The recommender job's progress, rendered by the personalisation domain. */
  recommenderGlance?: () => JSX.Element;
  /** Newsletter issues scheduled or being sent, rendered by the newsletters domain. */
  newslettersGlance?: () => Promise<JSX.Element>;
  outbox: OutboxReader;
  isOutboxInUse: boolean;
  page: PageContextFactory;
}

function authorise(viewer: Viewer, allowed: (viewer: Viewer) => boolean, message: string): void {
  if (!allowed(viewer)) throw new Forbidden(message);
}

const ADMINS_ONLY = 'Only administrators can read the outbox.';

/**
 * One guard for everything under /admin, whichever domain registers the route: visitors go
 * to the login page and come back; signed-in people who are neither editors nor admins get
 * a 403 page. Routes still check their own, narrower rule.
 */
export function registerAdminGuard(app: App): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    // The route's pattern catches percent-encoded spellings of /admin that the router decoded.
    const path = request.url.split('?')[0] ?? '';
    if (!isAdminPath(path) && !isAdminPath(request.routeOptions.url ?? '')) return;
    if (request.viewer.kind === 'anonymous') return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
    authorise(request.viewer, canUseAdmin, 'The admin area is for editors and administrators.');
    // An unknown /admin path has no route config: the 404 that follows is fine for any editor.
    if (request.is404) return;
    const access = request.routeOptions.config.adminAccess ?? 'admin';
    authorise(request.viewer, (viewer) => mayUse(viewer, access), 'Only administrators can use this part of the admin area.');
  });
}

export function registerAdminRoutes(app: App, deps: AdminRouteDeps): void {
  const { outbox, page } = deps;
  registerAdminGuard(app);

  app.get('/admin', { config: { adminAccess: 'editor' } }, async (request, reply) => {
    authorise(request.viewer, canUseAdmin, 'The admin area is for editors and administrators.');
    const [data, glance, moderation, newsletters] = await Promise.all([deps.deskOverview(), deps.readershipGlance(), deps.moderationGlance?.(), deps.newslettersGlance?.()]);
    return sendHtml(reply, <AdminDashboardPage ctx={page(request)} data={data} glance={glance} moderation={moderation} recommender={deps.recommenderGlance?.()} newsletters={newsletters} />);
  });

  app.get('/admin/outbox', { schema: { querystring: PageQuery } }, async (request, reply) => {
    authorise(request.viewer, isAdmin, ADMINS_ONLY);
    const { messages, pagination } = await outbox.listMessages({ page: request.query.page });
    return sendHtml(reply, <OutboxPage ctx={page(request)} messages={messages.map(presentOutboxMessage)} pagination={pagination} isOutboxInUse={deps.isOutboxInUse} />);
  });

  app.get('/admin/outbox/:id', { schema: { params: IdParams } }, async (request, reply) => {
    authorise(request.viewer, isAdmin, ADMINS_ONLY);
    const message = await outbox.getMessage(request.params.id);
    return sendHtml(reply, <OutboxMessagePage ctx={page(request)} message={presentOutboxMessage(message)} />);
  });

  // The email's own HTML, exactly as it would be sent, under a policy that disarms it.
  app.get('/admin/outbox/:id/html', { schema: { params: IdParams } }, async (request, reply) => {
    authorise(request.viewer, isAdmin, ADMINS_ONLY);
    const message = await outbox.getMessage(request.params.id);
    return reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', EMAIL_HTML_CSP)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(message.html_body);
  });
}
