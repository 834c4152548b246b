// HTTP for sharing with colleagues: the form at /items/:id/share (linked from the sharing
// section under every item) and its POST. Works without JavaScript; refusals keep the form.
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { Invalid, TooMany } from '../errors.js';
import type { App } from '../platform/http/types.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { ShareService } from './sharing-service.js';
import { SharePage, ShareSentPage } from './sharing-views.js';

// Generous on purpose: the service, not the schema, reports a long note or too many
// addresses, so the form comes back with everything typed.
const ShareBody = Type.Object({
  _csrf: Type.String({ maxLength: 200, default: '' }),
  recipients: Type.String({ maxLength: 20_000, default: '' }),
  note: Type.String({ maxLength: 20_000, default: '' }),
});
const ItemParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });

export interface SharingRouteDeps {
  shares: ShareService;
  page: PageContextFactory;
}

const loginFor = (request: FastifyRequest) => `/login?next=${encodeURIComponent(request.url.split('?')[0] ?? '/')}`;

export function registerSharingRoutes(app: App, deps: SharingRouteDeps): void {
  const { shares, page } = deps;

  app.get('/items/:id/share', { schema: { params: ItemParams } }, async (request, reply) => {
    const viewer = request.viewer;
    if (viewer.kind !== 'user') return reply.redirect(loginFor(request), 303);
    const item = await shares.itemToShare(viewer, request.params.id);
    const allowanceLeft = await shares.allowanceLeft(viewer.id);
    return sendHtml(reply, <SharePage ctx={page(request)} item={item} values={{ recipients: '', note: '' }} allowanceLeft={allowanceLeft} />);
  });

  app.post('/items/:id/share', { schema: { params: ItemParams, body: ShareBody } }, async (request, reply) => {
    const viewer = request.viewer;
    if (viewer.kind !== 'user') return reply.redirect(loginFor(request), 303);
    const values = { recipients: request.body.recipients, note: request.body.note };
    try {
      const { item, sent } = await shares.share(viewer, request.params.id, values);
      return sendHtml(reply, <ShareSentPage ctx={page(request)} item={item} sent={sent} />);
    } catch (error) {
      if (!(error instanceof Invalid) && !(error instanceof TooMany)) throw error;
      // Only reached once the person may share this item, so the form can be shown again.
      const item = await shares.itemToShare(viewer, request.params.id);
      const allowanceLeft = await shares.allowanceLeft(viewer.id);
      if (error instanceof TooMany) {
        reply.header('retry-after', String(error.retryAfterSeconds));
        return sendHtml(reply, <SharePage ctx={page(request)} item={item} values={values} problem={error.message} allowanceLeft={allowanceLeft} />, 429);
      }
      return sendHtml(reply, <SharePage ctx={page(request)} item={item} values={values} errors={error.fields} allowanceLeft={allowanceLeft} />, 400);
    }
  });
}
