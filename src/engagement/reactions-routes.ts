// HTTP for ratings and recommends: parse → service → 303 back to the item's #reactions
// (JavaScript off) or a small JSON state when the request asks for JSON (site.js).
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../platform/http/types.js';
import type { ReactionState, ReactionsService } from './reactions-service.js';
import { ratingSummaryText, recommendCountText } from './reactions-views.js';

const ItemParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
// Stars may be missing (no radio chosen): the service then says what to do, in words.
const RatingBody = Type.Object({ _csrf: Type.Optional(Type.String()), stars: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })) });
const RecommendBody = Type.Object({ _csrf: Type.Optional(Type.String()), recommend: Type.Union([Type.Literal('yes'), Type.Literal('no')]) });

function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

function respond(request: FastifyRequest, reply: FastifyReply, state: ReactionState, message: string) {
  if (!wantsJson(request)) return reply.redirect(`${state.path}#reactions`, 303);
  return reply.header('cache-control', 'no-store').send({
    message,
    ratingSummary: ratingSummaryText(state),
    recommendCount: recommendCountText(state),
    stars: state.myStars ?? null,
    isRecommended: state.isRecommended,
  });
}

export function registerReactionRoutes(app: App, deps: { reactions: ReactionsService }): void {
  const { reactions } = deps;

  app.post('/items/:id/rating', { schema: { params: ItemParams, body: RatingBody } }, async (request, reply) => {
    const state = await reactions.rate(request.viewer, request.params.id, request.body.stars);
    return respond(request, reply, state, `Your rating of ${state.myStars} ${state.myStars === 1 ? 'star' : 'stars'} is saved.`);
  });

  app.post('/items/:id/recommend', { schema: { params: ItemParams, body: RecommendBody } }, async (request, reply) => {
    const state = await reactions.setRecommend(request.viewer, request.params.id, request.body.recommend === 'yes');
    return respond(request, reply, state, state.isRecommended ? 'You recommend this.' : 'Your recommend is taken back.');
  });
}
