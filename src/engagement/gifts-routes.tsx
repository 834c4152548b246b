// HTTP for gift links: giving (/items/:id/gift), the giver's list and revoking (/account/gifts),
// the page a gift opens (/gift/:token) with its files, and the admins' counts (/admin/gifts).
// Gift pages are never cached anywhere (no pageCache; private, no-store) and never indexed.
import fs from 'node:fs';
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Invalid, NotFound, TooMany } from '../errors.js';
import { FILE_CSP } from '../platform/http/security-headers.js';
import type { App } from '../platform/http/types.js';
import type { FileStore } from '../platform/storage.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { GiftService } from './gifts-service.js';
import { AdminGiftsPage, GiftCreatedPage, GiftFormPage, GiftPage, GiftUnavailablePage, MyGiftsPage } from './gifts-views.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const GiftBody = Type.Object({ _csrf: Type.String({ maxLength: 200, default: '' }), recipient: Type.String({ maxLength: 2000, default: '' }) });
const CsrfBody = Type.Object({ _csrf: Type.String({ maxLength: 200, default: '' }) });
// Any string up to a sane length: a malformed token gets the same "does not work" page as an unknown one.
const TokenParams = Type.Object({ token: Type.String({ maxLength: 200 }) });
const FileParams = Type.Object({ token: Type.String({ maxLength: 200 }), id: Type.Integer({ minimum: 1, maximum: 2147483647 }), filename: Type.String({ maxLength: 300 }) });

export interface GiftRouteDeps {
  gifts: GiftService;
  files: FileStore;
  page: PageContextFactory;
}

const loginFor = (request: FastifyRequest) => `/login?next=${encodeURIComponent(request.url.split('?')[0] ?? '/')}`;

/** Whatever a gift link shows is for whoever holds it: no shared cache, no index, no referrer. */
function privatePage(reply: FastifyReply): FastifyReply {
  return reply.header('x-robots-tag', 'noindex, nofollow').header('referrer-policy', 'no-referrer');
}

async function sendPrivateHtml(reply: FastifyReply, html: JSX.Element, status = 200): Promise<FastifyReply> {
  return privatePage(reply).code(status).type('text/html; charset=utf-8').header('cache-control', 'private, no-store').send(await html);
}

export function registerGiftRoutes(app: App, deps: GiftRouteDeps): void {
  const { gifts, page } = deps;

  app.get('/items/:id/gift', { schema: { params: IdParams } }, async (request, reply) => {
    const viewer = request.viewer;
    if (viewer.kind !== 'user') return reply.redirect(loginFor(request), 303);
    const item = await gifts.itemToGift(viewer, request.params.id);
    return sendHtml(reply, <GiftFormPage ctx={page(request)} item={item} recipient="" allowanceLeft={await gifts.allowanceLeft(viewer.id)} />);
  });

  app.post('/items/:id/gift', { schema: { params: IdParams, body: GiftBody } }, async (request, reply) => {
    const viewer = request.viewer;
    if (viewer.kind !== 'user') return reply.redirect(loginFor(request), 303);
    const { recipient } = request.body;
    try {
      const gift = await gifts.create(viewer, request.params.id, { recipient });
      return sendHtml(reply, <GiftCreatedPage ctx={page(request)} gift={gift} />);
    } catch (error) {
      if (!(error instanceof Invalid) && !(error instanceof TooMany)) throw error;
      const item = await gifts.itemToGift(viewer, request.params.id);
      const allowanceLeft = await gifts.allowanceLeft(viewer.id);
      if (error instanceof TooMany) {
        reply.header('retry-after', String(error.retryAfterSeconds));
        return sendHtml(reply, <GiftFormPage ctx={page(request)} item={item} recipient={recipient} problem={error.message} allowanceLeft={allowanceLeft} />, 429);
      }
      return sendHtml(reply, <GiftFormPage ctx={page(request)} item={item} recipient={recipient} errors={error.fields} allowanceLeft={allowanceLeft} />, 400);
    }
  });

  const myGifts = async (request: FastifyRequest, reply: FastifyReply, notice?: string) => {
    if (request.viewer.kind !== 'user') return reply.redirect('/login?next=%2Faccount%2Fgifts', 303);
    const [list, allowanceLeft] = await Promise.all([gifts.listMine(request.viewer.id), gifts.allowanceLeft(request.viewer.id)]);
    return sendHtml(reply, <MyGiftsPage ctx={page(request)} gifts={list} allowanceLeft={allowanceLeft} notice={notice} now={Date.now()} />);
  };

  app.get('/account/gifts', async (request, reply) => myGifts(request, reply));

  app.post('/account/gifts/:id/revoke', { schema: { params: IdParams, body: CsrfBody } }, async (request, reply) => {
    if (request.viewer.kind !== 'user') return reply.redirect('/login?next=%2Faccount%2Fgifts', 303);
    await gifts.revoke(request.viewer, request.params.id);
    return myGifts(request, reply, 'Revoked. That link no longer opens anything.');
  });

  // No pageCache here: a gift page must never be kept and served to someone else.
  app.get('/gift/:token', { schema: { params: TokenParams } }, async (request, reply) => {
    const { token } = request.params;
    const opening = await gifts.open(token);
    if (opening.state !== 'open') {
      const status = opening.state === 'unknown' ? 404 : 410;
      return sendPrivateHtml(reply, <GiftUnavailablePage ctx={page(request)} state={opening.state} giverName={'giverName' in opening ? opening.giverName : undefined} expiresAt={'expiresAt' in opening ? opening.expiresAt : undefined} />, status);
    }
    await gifts.recordOpened(opening.giftId);
    return sendPrivateHtml(reply, <GiftPage ctx={page(request)} item={opening.item} attachments={opening.attachments} token={token} giverName={opening.giverName} expiresAt={opening.expiresAt} />);
  });

  // The gifted item's own files, checked against the gift on every download.
  app.get('/gift/:token/files/:id/:filename', { schema: { params: FileParams } }, async (request, reply) => {
    const opening = await gifts.open(request.params.token);
    if (opening.state !== 'open') {
      const status = opening.state === 'unknown' ? 404 : 410;
      return sendPrivateHtml(reply, <GiftUnavailablePage ctx={page(request)} state={opening.state} giverName={'giverName' in opening ? opening.giverName : undefined} expiresAt={'expiresAt' in opening ? opening.expiresAt : undefined} />, status);
    }
    const attachment = opening.attachments.find((a) => a.id === request.params.id);
    if (!attachment) throw new NotFound('That file is not part of this gift.');
    const file = deps.files.pathOf(attachment.storage_key);
    if (!file || !fs.existsSync(file)) throw new NotFound('That file is missing. Please tell us so we can restore it.');
    return privatePage(reply)
      .type(attachment.mime)
      .header('content-disposition', `attachment; filename="${attachment.filename.replace(/[^\w.-]/g, '_')}"`)
      .header('content-security-policy', FILE_CSP)
      .header('cache-control', 'private, no-store')
      .send(fs.createReadStream(file));
  });

  app.get('/admin/gifts', async (request, reply) => {
    const { since, rows } = await gifts.countsThisMonth();
    return sendHtml(reply, <AdminGiftsPage ctx={page(request)} since={since} rows={rows} />);
  });
}
