// /admin/moderation for editors and admins (the admin guard checks the role first).
import { Type } from 'typebox';
import { Forbidden } from '../errors.js';
import type { App } from '../platform/http/types.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { CommentService } from './comments-service.js';
import { ModerationPage } from './moderation-views.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const DoneQuery = Type.Object({ done: Type.Optional(Type.Union([Type.Literal('approved'), Type.Literal('rejected'), Type.Literal('suspended'), Type.Literal('reinstated')])) });
const editors = { adminAccess: 'editor' as const };

export function registerModerationRoutes(app: App, deps: { comments: CommentService; page: PageContextFactory }): void {
  const { comments, page } = deps;

  app.get('/admin/moderation', { schema: { querystring: DoneQuery }, config: editors }, async (request, reply) => {
    const viewer = request.viewer;
    if (viewer.kind !== 'user') throw new Forbidden();
    const entries = await comments.queue();
    return sendHtml(reply, <ModerationPage ctx={page(request)} entries={entries} done={request.query.done} csrf={viewer.csrfToken} />);
  });

  app.post('/admin/moderation/:id/approve', { schema: { params: IdParams }, config: editors }, async (request, reply) => {
    await comments.approve(request.viewer, request.params.id);
    return reply.redirect('/admin/moderation?done=approved', 303);
  });

  app.post('/admin/moderation/:id/reject', { schema: { params: IdParams }, config: editors }, async (request, reply) => {
    await comments.reject(request.viewer, request.params.id);
    return reply.redirect('/admin/moderation?done=rejected', 303);
  });

  app.post('/admin/moderation/:id/suspend-author', { schema: { params: IdParams }, config: editors }, async (request, reply) => {
    await comments.setAuthorSuspended(request.viewer, request.params.id, true);
    return reply.redirect('/admin/moderation?done=suspended', 303);
  });

  app.post('/admin/moderation/:id/reinstate-author', { schema: { params: IdParams }, config: editors }, async (request, reply) => {
    await comments.setAuthorSuspended(request.viewer, request.params.id, false);
    return reply.redirect('/admin/moderation?done=reinstated', 303);
  });
}
