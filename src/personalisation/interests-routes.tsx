// /account/interests: topics, profile signals, the private feed address and the reading
// history; /account/interests/welcome: the topic picker offered once after confirmation.
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Invalid } from '../errors.js';
import type { App } from '../platform/http/types.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import { safeNext } from '../accounts/routes.js';
import type { Viewer } from '../accounts/viewer.js';
import type { EngagementEvents } from '../engagement/events.js';
import type { FeedTokens } from './feed-tokens.js';
import type { InterestsInput, InterestsService } from './interests-service.js';
import { InterestsPage, WelcomeInterestsPage, type FeedTokenView } from './interests-views.js';

// Generous at the edge, so the service can say what is wrong and the form comes back as sent;
// the body limit bounds the rest. A single ticked box arrives as a string and is made a list.
const InterestsBody = {
  _csrf: Type.Optional(Type.String()),
  topics: Type.Array(Type.String({ maxLength: 50 }), { maxItems: 5000, default: [] }),
  profession: Type.String({ maxLength: 200, default: '' }),
  organisation_type: Type.String({ maxLength: 200, default: '' }),
};
const SaveBody = Type.Object(InterestsBody);
const WelcomeBody = Type.Object({ ...InterestsBody, action: Type.Union([Type.Literal('save'), Type.Literal('skip')], { default: 'save' }), next: Type.String({ maxLength: 2000, default: '/account' }) });
const NextQuery = Type.Object({ next: Type.String({ maxLength: 2000, default: '/account' }) });
const DoneQuery = Type.Object({ done: Type.Optional(Type.String({ maxLength: 20 })) });
const CsrfOnly = Type.Object({ _csrf: Type.Optional(Type.String()) });

const NOTICES: Record<string, string> = {
  saved: 'Your interests are saved.',
  'feed-off': 'Your private feed is turned off. Its address no longer works.',
  cleared: 'Your reading history is cleared.',
};

export interface InterestsRouteDeps {
  interests: InterestsService;
  feedTokens: FeedTokens;
  events: EngagementEvents;
  /** The site's "keep engagement history for N days" setting. */
  retentionDays: () => number;
  page: PageContextFactory;
}

type SignedIn = Extract<Viewer, { kind: 'user' }>;

function signedIn(request: FastifyRequest, reply: FastifyReply, back: string): SignedIn | undefined {
  if (request.viewer.kind === 'user') return request.viewer;
  void reply.redirect(`/login?next=${encodeURIComponent(back)}`, 303);
  return undefined;
}

const inputOf = (body: { topics: string[]; profession: string; organisation_type: string }): InterestsInput => ({
  topics: body.topics, profession: body.profession, organisationType: body.organisation_type,
});

export function registerInterestRoutes(app: App, deps: InterestsRouteDeps): void {
  const { interests, feedTokens, events, page } = deps;

  const showPage = async (request: FastifyRequest, reply: FastifyReply, viewer: SignedIn, options: { sent?: InterestsInput; errors?: Record<string, string>; notice?: string; newUrl?: string } = {}) => {
    const [form, createdAt, historyCount] = await Promise.all([interests.form(viewer, options.sent), feedTokens.createdAt(viewer.id), events.countFor(viewer.id)]);
    const feed: FeedTokenView = { createdAt, newUrl: options.newUrl };
    return sendHtml(
      reply,
      <InterestsPage ctx={page(request)} form={form} errors={options.errors} notice={options.notice} feed={feed} historyCount={historyCount} retentionDays={deps.retentionDays()} />,
      options.errors ? 400 : 200,
    );
  };

  app.get('/account/interests', { schema: { querystring: DoneQuery } }, async (request, reply) => {
    const viewer = signedIn(request, reply, '/account/interests');
    if (!viewer) return reply;
    return showPage(request, reply, viewer, { notice: NOTICES[request.query.done ?? ''] });
  });

  app.post('/account/interests', { schema: { body: SaveBody } }, async (request, reply) => {
    const viewer = signedIn(request, reply, '/account/interests');
    if (!viewer) return reply;
    const sent = inputOf(request.body);
    try {
      await interests.save(viewer, sent);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return showPage(request, reply, viewer, { sent, errors: error.fields });
    }
    return reply.redirect('/account/interests?done=saved', 303);
  });

  app.get('/account/interests/welcome', { schema: { querystring: NextQuery } }, async (request, reply) => {
    const next = safeNext(request.query.next);
    const viewer = signedIn(request, reply, `/account/interests/welcome?next=${encodeURIComponent(next)}`);
    if (!viewer) return reply;
    // Offered once: anyone who has seen it (or has not confirmed yet) goes straight on.
    if (!(await interests.shouldOffer(viewer))) return reply.redirect(next, 303);
    return sendHtml(reply, <WelcomeInterestsPage ctx={page(request)} form={await interests.form(viewer)} next={next} />);
  });

  app.post('/account/interests/welcome', { schema: { body: WelcomeBody } }, async (request, reply) => {
    const next = safeNext(request.body.next);
    const viewer = signedIn(request, reply, next);
    if (!viewer) return reply;
    if (request.body.action === 'skip') {
      await interests.skip(viewer);
      return reply.redirect(next, 303);
    }
    const sent = inputOf(request.body);
    try {
      await interests.save(viewer, sent);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <WelcomeInterestsPage ctx={page(request)} form={await interests.form(viewer, sent)} next={next} errors={error.fields} />, 400);
    }
    return reply.redirect(next, 303);
  });

  // The address is shown on the page this POST answers, once; only its hash is kept.
  app.post('/account/feed-token', { schema: { body: CsrfOnly } }, async (request, reply) => {
    const viewer = signedIn(request, reply, '/account/interests');
    if (!viewer) return reply;
    await interests.requireConfirmed(viewer);
    const token = await feedTokens.create(viewer.id);
    return showPage(request, reply, viewer, { newUrl: feedTokens.urlFor(token), notice: 'Your new private feed address is below.' });
  });

  app.post('/account/feed-token/revoke', { schema: { body: CsrfOnly } }, async (request, reply) => {
    const viewer = signedIn(request, reply, '/account/interests');
    if (!viewer) return reply;
    await feedTokens.revoke(viewer.id);
    return reply.redirect('/account/interests?done=feed-off#feed', 303);
  });

  app.post('/account/history/clear', { schema: { body: CsrfOnly } }, async (request, reply) => {
    const viewer = signedIn(request, reply, '/account/interests');
    if (!viewer) return reply;
    await events.clearFor(viewer.id);
    return reply.redirect('/account/interests?done=cleared#history', 303);
  });
}
