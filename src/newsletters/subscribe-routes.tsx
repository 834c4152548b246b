// /newsletter, sign-up (POST /newsletter/subscribe) and the double opt-in confirmation.
// Sign-up treats every sender as a visitor: it never reads the session, and its forms on
// cached pages carry no CSRF token (`csrfExempt: 'no-session'`: same-site checks only).
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { Invalid } from '../errors.js';
import type { App } from '../platform/http/types.js';
import { sendHtml } from '../web/render.js';
import { ANONYMOUS } from '../accounts/viewer.js';
import type { NewsletterRouteDeps } from './routes.js';
import { ConfirmSubscriptionPage, NewsletterPage, SubscribeCheckEmailPage, type SignupValues } from './subscribe-views.js';

const text = (max: number) => Type.String({ maxLength: max, default: '' });
const SubscribeBody = Type.Object({ _csrf: Type.Optional(text(200)), email: text(2000), consent: Type.Optional(text(10)), source: text(2000) });
const TokenQuery = Type.Object({ token: text(200) });
const TokenBody = Type.Object({ _csrf: Type.Optional(text(200)), token: text(200) });

export function registerSubscribeRoutes(app: App, deps: NewsletterRouteDeps): void {
  const { container } = deps;
  const subscribers = container.newsletters.subscribers;
  const http = container.accountHttp;
  // The page as any visitor sees it: sign-up answers must not depend on who is signed in.
  const anonymousPage = (request: FastifyRequest) => ({ ...deps.page(request), viewer: ANONYMOUS });

  app.get('/newsletter', async (request, reply) => {
    return sendHtml(reply, <NewsletterPage ctx={deps.page(request)} values={{ email: '', hasConsented: false, source: '/newsletter' }} />);
  });

  app.post('/newsletter/subscribe', { schema: { body: SubscribeBody }, config: { csrfExempt: 'no-session' } }, async (request, reply) => {
    const values: SignupValues = { email: request.body.email.slice(0, 254), hasConsented: request.body.consent === 'yes', source: request.body.source.slice(0, 200) };
    try {
      await subscribers.subscribe({ email: request.body.email, hasConsented: values.hasConsented, source: request.body.source }, { ip: request.ip });
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      // Errors are shown on /newsletter's full form, whichever page the compact form was on.
      return sendHtml(reply, <NewsletterPage ctx={{ ...anonymousPage(request), path: '/newsletter' }} values={values} errors={error.fields} />, 400);
    }
    return reply.redirect('/newsletter/check-email', 303);
  });

  app.get('/newsletter/check-email', async (request, reply) => {
    return sendHtml(reply, <SubscribeCheckEmailPage ctx={deps.page(request)} />);
  });

  // The emailed link opens a page with a button; only the POST uses the token, so mail
  // scanners that follow links cannot confirm (or use up) a subscription.
  app.get('/newsletter/confirm', { schema: { querystring: TokenQuery } }, async (request, reply) => {
    return sendHtml(reply, <ConfirmSubscriptionPage ctx={deps.page(request)} csrf={http.formToken(request, reply)} token={request.query.token} outcome="confirm" />);
  });

  app.post('/newsletter/confirm', { schema: { body: TokenBody } }, async (request, reply) => {
    const isConfirmed = await subscribers.confirm(request.body.token);
    return sendHtml(reply, <ConfirmSubscriptionPage ctx={deps.page(request)} csrf="" token="" outcome={isConfirmed ? 'done' : 'failed'} />, isConfirmed ? 200 : 400);
  });
}
