import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { App } from '../platform/http/types.js';
import { SlugParams } from '../content/routes.js';
import { NotFound } from '../errors.js';
import type { TopicService } from '../topics/service.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { DiscoveryService } from './discovery.js';
import type { HealthService } from './health.js';
import type { HomeService } from './service.js';
import { HomePage } from './views.js';

const SitemapParams = Type.Object({ file: Type.String({ pattern: '^(pages|items-[1-9][0-9]{0,5})\\.xml$' }) });

export interface SiteRouteDeps {
  home: HomeService;
  discovery: DiscoveryService;
  topics: TopicService;
  health: HealthService;
  page: PageContextFactory;
  /** "Recommended for you" for signed-in people (personalisation); visitors' home page is cached. */
  recommendedFor?: (request: FastifyRequest) => Promise<JSX.Element>;
}

export function registerSiteRoutes(app: App, deps: SiteRouteDeps): void {
  const cached = { pageCache: true };
  const xml = 'application/xml; charset=utf-8';
  const machineCache = 'public, max-age=300';

  app.get('/', { config: cached }, async (request, reply) => {
    const [home, recommended] = await Promise.all([deps.home.homePage(), request.viewer.kind === 'user' ? deps.recommendedFor?.(request) : undefined]);
    return sendHtml(reply, <HomePage ctx={deps.page(request)} home={home} recommended={recommended} />);
  });

  app.get('/feed.xml', { config: cached }, async (_request, reply) => {
    return reply.type('application/atom+xml; charset=utf-8').header('cache-control', machineCache).send(await deps.discovery.atomFeed());
  });

  app.get('/topics/:slug/feed.xml', { schema: { params: SlugParams }, config: cached }, async (request, reply) => {
    const lookup = await deps.topics.lookup(request.params.slug);
    if (lookup.found === 'redirect') return reply.redirect(`/topics/${lookup.slug}/feed.xml`, 301);
    const { topic } = lookup;
    return reply.type('application/atom+xml; charset=utf-8').header('cache-control', machineCache).send(await deps.discovery.atomFeed(topic));
  });

  app.get('/sitemap.xml', { config: cached }, async (_request, reply) => {
    return reply.type(xml).header('cache-control', machineCache).send(await deps.discovery.sitemapIndex());
  });

  app.get('/sitemaps/:file', { schema: { params: SitemapParams }, config: cached }, async (request, reply) => {
    const name = request.params.file.replace(/\.xml$/, '');
    const body = name === 'pages'
      ? deps.discovery.sitemapOfPages(await deps.topics.listTopics())
      : await deps.discovery.sitemapOfItems(Number(name.slice('items-'.length)));
    if (body === undefined) throw new NotFound('There is no sitemap with that number.');
    return reply.type(xml).header('cache-control', machineCache).send(body);
  });

  app.get('/robots.txt', async (_request, reply) => {
    return reply.type('text/plain; charset=utf-8').header('cache-control', 'public, max-age=86400').send(deps.discovery.robotsTxt());
  });

  app.get('/healthz', async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    const readiness = await deps.health.readiness();
    return reply.code(readiness.ready ? 200 : 503).header('cache-control', 'no-store').send(readiness);
  });

  app.get('/metrics', async (_request, reply) => {
    return reply.type(deps.health.metricsContentType).header('cache-control', 'no-store').send(await deps.health.metrics());
  });
}
