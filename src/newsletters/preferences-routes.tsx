// The signed links in emails, which work without logging in: the preference centre and
// unsubscribe. A forged or revoked token gets one 404 page that explains nothing more.
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Invalid } from '../errors.js';
import type { App } from '../platform/http/types.js';
import { sendHtml } from '../web/render.js';
import type { NewsletterRouteDeps } from './routes.js';
import { alertChoicesIn } from './choice-fields.js';
import type { LinkTarget } from './subscribers-service.js';
import { LinkInvalidPage, PreferencesPage, UnsubscribePage } from './preferences-views.js';

const TokenParams = Type.Object({ token: Type.String({ maxLength: 100 }) });
const DoneQuery = Type.Object({ done: Type.Optional(Type.String({ maxLength: 20 })) });
// Alert choices arrive as "alert-<topic id>" fields, one per followed topic.
const PreferencesBody = Type.Object(
  { _csrf: Type.Optional(Type.String({ maxLength: 200 })), monthly: Type.Optional(Type.String({ maxLength: 10 })) },
  { additionalProperties: Type.String({ maxLength: 20 }), maxProperties: 500 },
);
// RFC 8058: a mail provider POSTs "List-Unsubscribe=One-Click"; the page's own button sends nothing.
const UnsubscribeBody = Type.Object({ 'List-Unsubscribe': Type.Optional(Type.String({ maxLength: 20 })) }, { additionalProperties: Type.String({ maxLength: 200 }), maxProperties: 20 });

export function registerPreferencesRoutes(app: App, deps: NewsletterRouteDeps): void {
  const { container } = deps;
  const subscribers = container.newsletters.subscribers;
  const http = container.accountHttp;

  const invalidLink = (request: FastifyRequest, reply: FastifyReply) => sendHtml(reply, <LinkInvalidPage ctx={deps.page(request)} />, 404);

  const showPreferences = async (request: FastifyRequest, reply: FastifyReply, token: string, target: LinkTarget, options: { notice?: string; errors?: Record<string, string> } = {}) => {
    const view = await subscribers.preferences(target);
    return sendHtml(reply, <PreferencesPage ctx={deps.page(request)} csrf={http.formToken(request, reply)} token={token} view={view} notice={options.notice} errors={options.errors} />, options.errors ? 400 : 200);
  };

  app.get('/newsletter/preferences/:token', { schema: { params: TokenParams, querystring: DoneQuery } }, async (request, reply) => {
    const target = await subscribers.resolveLink(request.params.token);
    if (!target) return invalidLink(request, reply);
    return showPreferences(request, reply, request.params.token, target, { notice: request.query.done === 'saved' ? 'Your preferences are saved.' : undefined });
  });

  app.post('/newsletter/preferences/:token', { schema: { params: TokenParams, body: PreferencesBody } }, async (request, reply) => {
    const { token } = request.params;
    const target = await subscribers.resolveLink(token);
    if (!target) return invalidLink(request, reply);
    const body = request.body as Record<string, unknown>;
    try {
      const alerts = alertChoicesIn(body);
      const monthly = body.monthly;
      Invalid.check({
        alerts: alerts ? undefined : 'Choose one of the options for each topic.',
        monthly: monthly === undefined || monthly === 'on' || monthly === 'off' ? undefined : 'Choose whether you want the monthly newsletter.',
      });
      await subscribers.savePreferences(target, { isMonthly: monthly === undefined ? undefined : monthly === 'on', alerts: alerts! }, '/newsletter/preferences');
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showPreferences(request, reply, token, target, { errors: error.fields });
    }
    return reply.redirect(`/newsletter/preferences/${token}?done=saved`, 303);
  });

  // GET only shows the button: link scanners and prefetching change nothing.
  app.get('/newsletter/unsubscribe/:token', { schema: { params: TokenParams } }, async (request, reply) => {
    const target = await subscribers.resolveLink(request.params.token);
    if (!target) return invalidLink(request, reply);
    return sendHtml(reply, <UnsubscribePage ctx={deps.page(request)} token={request.params.token} kind={target.kind} outcome="confirm" />);
  });

  app.post('/newsletter/unsubscribe/:token', { schema: { params: TokenParams, body: UnsubscribeBody }, config: { csrfExempt: 'signed-link' } }, async (request, reply) => {
    const { token } = request.params;
    const target = await subscribers.resolveLink(token);
    if (!target) return invalidLink(request, reply);
    const source = request.body['List-Unsubscribe'] === 'One-Click' ? 'email-one-click' : '/newsletter/unsubscribe';
    await subscribers.unsubscribeByToken(token, source);
    return sendHtml(reply, <UnsubscribePage ctx={deps.page(request)} token={token} kind={target.kind} outcome="done" />);
  });
}
