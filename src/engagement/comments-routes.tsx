// Comment forms: post, reply, edit, delete, report, and the reply-email setting. Each POST
// ends in a 303 back to the item (at the comment), so everything works without JavaScript; a
// form with a problem comes back as the item page (or the edit page) with the text kept.
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ItemRow } from '../db/schema.js';
import { Invalid, NotFound } from '../errors.js';
import type { ContentService } from '../content/service.js';
import { itemPath } from '../content/urls.js';
import { ItemPage } from '../content/views.js';
import type { App } from '../platform/http/types.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import { keepCommentForm } from './comments-section.js';
import type { CommentService } from './comments-service.js';
import { EditCommentPage, ReplyEmailsPage, type CommentFormState } from './comments-views.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
// Generous limits: the service, not the schema, explains an over-long comment and keeps the text.
const CommentBody = Type.Object({
  body: Type.String({ maxLength: 200_000 }),
  parentId: Type.Optional(Type.Integer({ minimum: 1, maximum: 2147483647 })),
});
const EditBody = Type.Object({ body: Type.String({ maxLength: 200_000 }) });
const ReportBody = Type.Object({ reason: Type.Optional(Type.String({ maxLength: 10_000 })) });
const SettingsBody = Type.Object({ replyEmails: Type.Optional(Type.Literal('yes')) });
const SavedQuery = Type.Object({ saved: Type.Optional(Type.Literal('1')) });

export interface CommentRouteDeps {
  comments: CommentService;
  content: ContentService;
  page: PageContextFactory;
  /** The panel under an item, as the item page renders it. */
  belowItem: (request: FastifyRequest, row: ItemRow, canRead: boolean) => Promise<JSX.Element>;
}

export function registerCommentRoutes(app: App, deps: CommentRouteDeps): void {
  const { comments, page } = deps;

  /** The item page again, with the comment form showing its problem and the text as typed. */
  async function itemPageWithForm(request: FastifyRequest, reply: FastifyReply, itemId: number, state: CommentFormState) {
    const item = await comments.findItem(itemId);
    const lookup = await deps.content.getItem(request.viewer, item.kind, item.slug);
    if (lookup.found !== 'item') throw new NotFound();
    keepCommentForm(request, state);
    const [related, below] = await Promise.all([deps.content.listRelated(lookup.row.id), deps.belowItem(request, lookup.row, lookup.item.access === 'full')]);
    const ctx = { ...page(request), path: itemPath(item.kind, item.slug) };
    return sendHtml(reply, <ItemPage ctx={ctx} item={lookup.item} related={related} below={below} />, 400);
  }

  app.post('/items/:id/comments', { schema: { params: IdParams, body: CommentBody } }, async (request, reply) => {
    const { body, parentId } = request.body;
    try {
      const posted = await comments.post(request.viewer, request.params.id, { body, parentId });
      return reply.redirect(posted.location, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return itemPageWithForm(request, reply, request.params.id, { parentId, body, error: error.message });
    }
  });

  app.get('/comments/:id/edit', { schema: { params: IdParams } }, async (request, reply) => {
    const viewer = request.viewer;
    if (viewer.kind !== 'user') return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
    const { comment, location } = await comments.findEditable(viewer, request.params.id);
    return sendHtml(reply, <EditCommentPage ctx={page(request)} commentId={comment.id} body={comment.body_md} backTo={location} csrf={viewer.csrfToken} />);
  });

  app.post('/comments/:id/edit', { schema: { params: IdParams, body: EditBody } }, async (request, reply) => {
    const viewer = request.viewer;
    try {
      return reply.redirect(await comments.edit(viewer, request.params.id, request.body.body), 303);
    } catch (error) {
      if (!(error instanceof Invalid) || viewer.kind !== 'user') throw error;
      const { location } = await comments.findEditable(viewer, request.params.id);
      return sendHtml(reply, <EditCommentPage ctx={page(request)} commentId={request.params.id} body={request.body.body} error={error.message} backTo={location} csrf={viewer.csrfToken} />, 400);
    }
  });

  app.post('/comments/:id/delete', { schema: { params: IdParams } }, async (request, reply) => {
    return reply.redirect(await comments.delete(request.viewer, request.params.id), 303);
  });

  app.post('/comments/:id/report', { schema: { params: IdParams, body: ReportBody } }, async (request, reply) => {
    return reply.redirect(await comments.report(request.viewer, request.params.id, request.body.reason ?? ''), 303);
  });

  app.get('/account/comments', { schema: { querystring: SavedQuery } }, async (request, reply) => {
    const viewer = request.viewer;
    if (viewer.kind !== 'user') return reply.redirect('/login?next=%2Faccount%2Fcomments', 303);
    const isOn = await comments.replyEmailsOn(viewer);
    return sendHtml(reply, <ReplyEmailsPage ctx={page(request)} isOn={isOn} isSaved={request.query.saved === '1'} csrf={viewer.csrfToken} />);
  });

  app.post('/account/comments', { schema: { body: SettingsBody } }, async (request, reply) => {
    const viewer = request.viewer;
    if (viewer.kind !== 'user') return reply.redirect('/login?next=%2Faccount%2Fcomments', 303);
    await comments.setReplyEmails(viewer, request.body.replyEmails === 'yes');
    return reply.redirect('/account/comments?saved=1', 303);
  });
}
