// /account/newsletters: a signed-in person's monthly newsletter, topic alerts and consent history.
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Invalid } from '../errors.js';
import type { App } from '../platform/http/types.js';
import { sendHtml } from '../web/render.js';
import type { Viewer } from '../accounts/viewer.js';
import type { NewsletterRouteDeps } from './routes.js';
import { alertChoicesIn } from './choice-fields.js';
import { AccountNewslettersPage } from './account-newsletters-views.js';

const SOURCE = '/account/newsletters';
const DoneQuery = Type.Object({ done: Type.Optional(Type.String({ maxLength: 20 })) });
const SaveBody = Type.Object(
  { _csrf: Type.Optional(Type.String({ maxLength: 200 })), monthly: Type.Optional(Type.String({ maxLength: 10 })) },
  { additionalProperties: Type.String({ maxLength: 20 }), maxProperties: 500 },
);

type SignedIn = Extract<Viewer, { kind: 'user' }>;

export function registerAccountNewsletterRoutes(app: App, deps: NewsletterRouteDeps): void {
  const { container } = deps;
  const subscribers = container.newsletters.subscribers;

  const show = async (request: FastifyRequest, reply: FastifyReply, viewer: SignedIn, options: { notice?: string; errors?: Record<string, string> } = {}) => {
    const [data, topics] = await Promise.all([subscribers.forAccount(viewer), container.topics.listTopics()]);
    const topicNames = new Map(topics.map((t) => [String(t.id), t.name]));
    return sendHtml(reply, <AccountNewslettersPage ctx={deps.page(request)} data={data} topicNames={topicNames} notice={options.notice} errors={options.errors} />, options.errors ? 400 : 200);
  };

  app.get('/account/newsletters', { schema: { querystring: DoneQuery } }, async (request, reply) => {
    if (request.viewer.kind !== 'user') return reply.redirect(`/login?next=${encodeURIComponent(SOURCE)}`, 303);
    return show(request, reply, request.viewer, { notice: request.query.done === 'saved' ? 'Your choices are saved.' : undefined });
  });

  app.post('/account/newsletters', { schema: { body: SaveBody } }, async (request, reply) => {
    const viewer = request.viewer;
    if (viewer.kind !== 'user') return reply.redirect(`/login?next=${encodeURIComponent(SOURCE)}`, 303);
    const body = request.body as Record<string, unknown>;
    try {
      const alerts = alertChoicesIn(body);
      const monthly = body.monthly;
      Invalid.check({
        alerts: alerts ? undefined : 'Choose one of the options for each topic.',
        monthly: monthly === undefined || monthly === 'on' || monthly === 'off' ? undefined : 'Choose whether you want the monthly newsletter.',
      });
      if (alerts!.size > 0) await subscribers.chooseAlerts(viewer.id, alerts!, SOURCE);
      if (monthly !== undefined) await subscribers.setAccountMonthly(viewer, monthly === 'on', SOURCE);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return show(request, reply, viewer, { errors: error.fields });
    }
    return reply.redirect(`${SOURCE}?done=saved`, 303);
  });
}
