import Html from '@kitajs/html';
import type { FastifyRequest } from 'fastify';
import type { TopicRow } from '../db/schema.js';
import type { App } from '../platform/http/types.js';
import type { ContentService } from '../content/service.js';
import { PageQuery, SlugParams } from '../content/routes.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { TopicService } from './service.js';
import type { RecommendedItem } from '../engagement/reactions-service.js';
import { TopicPage, TopicsIndexPage } from './views.js';

export interface TopicRouteDeps {
  topics: TopicService;
  content: ContentService;
  page: PageContextFactory;
  /** A topic's most recommended items (engagement); none when not given. */
  mostRecommended?: (topicId: number) => Promise<RecommendedItem[]>;
  /** The follow control for the topic (personalisation); none when not given. */
  followControl?: (request: FastifyRequest, topic: TopicRow) => Promise<JSX.Element>;
}

export function registerTopicRoutes(app: App, deps: TopicRouteDeps): void {
  const cached = { pageCache: true };

  app.get('/topics', { config: cached }, async (request, reply) => {
    const topics = await deps.topics.listTopicsWithCounts();
    return sendHtml(reply, <TopicsIndexPage ctx={deps.page(request)} topics={topics} />);
  });

  app.get('/topics/:slug', { schema: { params: SlugParams, querystring: PageQuery }, config: cached }, async (request, reply) => {
    const lookup = await deps.topics.lookup(request.params.slug);
    // A renamed or merged topic's old address leads to its page, keeping the page number.
    if (lookup.found === 'redirect') return reply.redirect(`/topics/${lookup.slug}${request.query.page > 1 ? `?page=${request.query.page}` : ''}`, 301);
    const { topic } = lookup;
    const [listing, mostRecommended, follow] = await Promise.all([
      deps.content.listTopic(topic.id, request.query.page),
      request.query.page === 1 && deps.mostRecommended ? deps.mostRecommended(topic.id) : Promise.resolve([]),
      deps.followControl?.(request, topic),
    ]);
    return sendHtml(reply, <TopicPage ctx={deps.page(request)} topic={topic} listing={listing} mostRecommended={mostRecommended} follow={follow} />);
  });
}
