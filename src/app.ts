// Builds the Fastify app from a container. main.ts and the tests both call this.
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import formbody from '@fastify/formbody';
import compress from '@fastify/compress';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { randomUUID } from 'node:crypto';
import type { Container } from './container.js';
import { loggerOptions } from './platform/logger.js';
import { computeSecurityHeaders } from './platform/http/security-headers.js';
import { registerPageCache } from './platform/http/page-cache.js';
import { registerAssetRoutes } from './platform/http/assets.js';
import { registerErrorHandling, sendError } from './platform/http/errors.js';
import { createPageContextFactory } from './web/render.js';
import { registerContentRoutes } from './content/routes.js';
import { registerTopicRoutes } from './topics/routes.js';
import { registerSearchRoutes } from './search/routes.js';
import { registerSiteRoutes } from './site/routes.js';

const REQUEST_ID = /^[\w.-]{8,64}$/;

export async function buildApp(container: Container): Promise<FastifyInstance> {
  const { config } = container;
  const page = createPageContextFactory({ settings: container.settings, assets: container.assets, publicUrl: config.publicUrl });
  const app = Fastify({
    logger: loggerOptions(config),
    // One log line per request, written in onResponse below, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // A proxy's request id is kept so one id follows a request through every log.
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    routerOptions: { maxParamLength: 300, ignoreTrailingSlash: true },
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    // Malformed URLs (bad percent-encoding) never reach a route: answer them with our own page.
    frameworkErrors: (error, request, reply) => void sendError(request, reply, page, 400, 'There is a problem with that request', 'That address is not valid. Please check it and try again.'),
  }).withTypeProvider<TypeBoxTypeProvider>();

  const securityHeaders = computeSecurityHeaders({ isHttps: config.publicUrl.startsWith('https:') });
  const isAnonymous = (_request: FastifyRequest) => true;

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(securityHeaders);
    reply.header('x-request-id', request.id);
  });

  const { httpDuration } = container.metrics;
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'not_found';
    httpDuration.observe({ method: request.method, route, status_code: String(reply.statusCode) }, reply.elapsedTime / 1000);
    request.log.info({ method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10 }, 'request');
  });

  // The page cache's onSend must see uncompressed HTML, so it is registered before compression.
  registerPageCache(app, container.pageCache, isAnonymous);
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(formbody);

  registerErrorHandling(app, page);
  registerAssetRoutes(app, container.assets);
  registerSiteRoutes(app, { home: container.home, discovery: container.discovery, topics: container.topics, health: container.health, page });
  registerTopicRoutes(app, { topics: container.topics, content: container.content, page });
  registerSearchRoutes(app, { search: container.search, page });
  registerContentRoutes(app, { content: container.content, files: container.files, page, organisationName: () => container.settings.settings.name, publicUrl: config.publicUrl });

  return app;
}
