// HTTP for following topics: parse → service → 303 back to the page's #follow-topics
// (JavaScript off) or a small JSON state when the request asks for JSON (site.js).
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { App } from '../platform/http/types.js';
import type { FollowsService } from './follows-service.js';
import { FOLLOW_ANCHOR } from './follows-views.js';

const FollowBody = Type.Object({
  _csrf: Type.Optional(Type.String()),
  topic: Type.Integer({ minimum: 1, maximum: 2147483647 }),
  follow: Type.Union([Type.Literal('yes'), Type.Literal('no')]),
  back: Type.String({ maxLength: 2000, default: '/topics' }),
});

/** Only a path on this site may be returned to (no open redirect). */
export function samePath(back: string): string {
  return /^\/(?![/\\])[^\s#]*$/.test(back) ? back : '/topics';
}

function wantsJson(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('application/json') && !accept.includes('text/html');
}

export function registerFollowRoutes(app: App, deps: { follows: FollowsService }): void {
  app.post('/follows', { schema: { body: FollowBody } }, async (request, reply) => {
    const { topic, follow } = request.body;
    const back = samePath(request.body.back);
    // A visitor's form (say, from a page opened before their session ended) leads to login.
    if (request.viewer.kind !== 'user' && !wantsJson(request)) return reply.redirect(`/login?next=${encodeURIComponent(back)}`, 303);
    const state = await deps.follows.setFollow(request.viewer, topic, follow === 'yes');
    if (!wantsJson(request)) return reply.redirect(`${back}#${FOLLOW_ANCHOR}`, 303);
    const name = state.topic.name;
    return reply.header('cache-control', 'no-store').send({
      message: state.isFollowing ? `You follow ${name}.` : `You no longer follow ${name}.`,
      topicId: state.topic.id,
      isFollowing: state.isFollowing,
    });
  });
}
