// Builds the Fastify app from a container. main.ts and the tests both call this.
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from 'fastify';
import formbody from '@fastify/formbody';
import compress from '@fastify/compress';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import http from 'node:http';
import type { Container } from './container.js';
import { loggerOptions } from './platform/logger.js';
import { answerFromCache, registerPageCacheStore, requestIdFrom, type CacheHit } from './platform/http/page-cache.js';
import { registerAssetRoutes } from './platform/http/assets.js';
import { registerUploads } from './platform/http/uploads.js';
import { registerErrorHandling, sendError } from './platform/http/errors.js';
import { createPageContextFactory } from './web/render.js';
import { registerContentRoutes } from './content/routes.js';
import { itemPath } from './content/urls.js';
import type { ItemRow } from './db/schema.js';
import { registerTopicRoutes } from './topics/routes.js';
import { registerSearchRoutes } from './search/routes.js';
import { registerSiteRoutes } from './site/routes.js';
import { registerSettingsRoutes } from './site/settings-routes.js';
import { registerTopicAdminRoutes } from './topics/admin-routes.js';
import { registerAccountRoutes } from './accounts/routes.js';
import { registerRecoveryRoutes } from './accounts/recovery-routes.js';
import { registerMemberRoutes } from './members/routes.js';
import { registerBenefitRoutes } from './members/benefits-routes.js';
import { registerSetupRoutes } from './accounts/setup-routes.js';
import { registerAdminRoutes } from './admin/routes.js';
import { registerPeopleRoutes } from './people/routes.js';
import { registerAuditRoutes } from './audit/routes.js';
import { registerDeskRoutes } from './content/desk-routes.js';
import { registerAnalyticsRoutes } from './analytics/routes.js';
import { ReadershipGlance } from './analytics/views.js';
import { registerCommentRoutes } from './engagement/comments-routes.js';
import { registerModerationRoutes } from './engagement/moderation-routes.js';
import { ModerationGlance } from './engagement/moderation-views.js';
import { registerSharingRoutes } from './engagement/sharing-routes.js';
import { registerGiftRoutes } from './engagement/gifts-routes.js';
import { registerReactionRoutes } from './engagement/reactions-routes.js';
import { registerReadCompleteRoutes } from './engagement/read-complete-routes.js';
import { registerFollowRoutes } from './personalisation/follows-routes.js';
import { followSlots } from './personalisation/follows-slots.js';
import { registerInterestRoutes } from './personalisation/interests-routes.js';
import { registerForYouRoutes } from './personalisation/for-you-routes.js';
import { registerNewsletterRoutes } from './newsletters/routes.js';
import { NewslettersGlance } from './newsletters/compose-views.js';
import { ItemRecommendations, RecommendedModule, RecommenderGlance } from './personalisation/for-you-views.js';

export interface RouteEntry {
  method: string;
  url: string;
  adminAccess: 'editor' | 'admin' | undefined;
}

const routeTables = new WeakMap<FastifyInstance, RouteEntry[]>();

/** Every route the app registered: the permission tests walk this to cover every admin route. */
export function routesOf(app: FastifyInstance): readonly RouteEntry[] {
  return routeTables.get(app) ?? [];
}

export async function buildApp(container: Container): Promise<FastifyInstance> {
  const { config } = container;
  // Only requests without a session cookie share the anonymous page cache.
  const isAnonymousRequest = (headers: http.IncomingHttpHeaders) => container.accountHttp.isAnonymous(headers);
  // Set once the app exists; the raw server only calls it after listen().
  let onCacheHit: (hit: CacheHit) => void = () => undefined;
  const page = createPageContextFactory({ settings: container.settings, assets: container.assets, publicUrl: config.publicUrl });
  const app = Fastify({
    logger: loggerOptions(config),
    // One log line per request, written in onResponse below, instead of Fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    // A proxy's request id is kept so one id follows a request through every log.
    genReqId: (req) => requestIdFrom(req.headers),
    // Cached anonymous pages are answered here, before Fastify: see page-cache.ts.
    serverFactory: (handler) =>
      http.createServer((req, res) => {
        if (!answerFromCache(container.pageCache, req, res, { isAnonymous: isAnonymousRequest, onHit: (hit) => onCacheHit(hit) })) handler(req, res);
      }),
    routerOptions: { maxParamLength: 300, ignoreTrailingSlash: true },
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    // Malformed URLs (bad percent-encoding) never reach a route: answer them with our own page.
    frameworkErrors: (error, request, reply) => void sendError(request, reply, page, 400, 'There is a problem with that request', 'That address is not valid. Please check it and try again.'),
  }).withTypeProvider<TypeBoxTypeProvider>();

  const routeTable: RouteEntry[] = [];
  routeTables.set(app, routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routeTable.push({ method, url: route.url, adminAccess: route.config?.adminAccess });
  });

  const { securityHeaders } = container;
  const { httpDuration } = container.metrics;
  const { analytics } = container;
  const record = (entry: { method: string; route: string; statusCode: number; ms: number; url: string; headers: http.IncomingHttpHeaders; ip: string | undefined }) => {
    httpDuration.observe({ method: entry.method, route: entry.route, status_code: String(entry.statusCode) }, entry.ms / 1000);
    // Item page views, from the cache and from Fastify alike: counted in memory, written in batches.
    analytics.record(entry);
  };
  onCacheHit = (hit: CacheHit) => {
    const ms = performance.now() - hit.startedAt;
    record({ ...hit, ms });
    app.log.info({ reqId: hit.requestId, method: hit.method, url: hit.url, statusCode: hit.statusCode, ms: Math.round(ms * 10) / 10, cache: 'hit' }, 'request');
  };

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(securityHeaders);
    reply.header('x-request-id', request.id);
  });
  app.addHook('onResponse', async (request, reply) => {
    const ms = reply.elapsedTime;
    record({ method: request.method, route: request.routeOptions.url ?? 'not_found', statusCode: reply.statusCode, ms, url: request.url, headers: request.headers, ip: request.socket.remoteAddress });
    request.log.info({ method: request.method, url: request.url, statusCode: reply.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
  });

  // The cache's onSend must see uncompressed HTML, so it is registered before compression.
  registerPageCacheStore(app, container.pageCache, (request) => isAnonymousRequest(request.headers));
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip'] });
  await app.register(formbody);
  await registerUploads(app);
  await container.accountHttp.register(app);

  registerErrorHandling(app, page);
  registerAssetRoutes(app, container.assets);
  registerSiteRoutes(app, {
    home: container.home, discovery: container.discovery, topics: container.topics, health: container.health, page,
    recommendedFor: async (request) => RecommendedModule({ entries: await container.forYou.forViewer(request.viewer, 4) }),
  });
  const follow = followSlots(container.follows);
  registerTopicRoutes(app, { topics: container.topics, content: container.content, page, mostRecommended: (topicId) => container.reactions.mostRecommended({ topicId }), followControl: follow.topicPage });
  registerTopicAdminRoutes(app, { topics: container.topics, page });
  registerSettingsRoutes(app, { settingsAdmin: container.settingsAdmin, page });
  registerSearchRoutes(app, { search: container.search, page });
  registerAccountRoutes(app, { accounts: container.accounts, sessions: container.sessions, http: container.accountHttp, page, audit: container.audit, afterConfirmation: '/account/interests/welcome' });
  registerRecoveryRoutes(app, { recovery: container.recovery, http: container.accountHttp, page, audit: container.audit });
  registerMemberRoutes(app, { members: container.members, findUser: (id) => container.accountRepo.findUserById(id), page, audit: container.audit });
  registerBenefitRoutes(app, { benefits: container.benefits, page, audit: container.audit });
  registerSetupRoutes(app, { setup: container.admin.setup, sessions: container.sessions, http: container.accountHttp, page, audit: container.audit });
  registerAdminRoutes(app, {
    deskOverview: () => container.desk.overview(),
    readershipGlance: async () => ReadershipGlance({ glance: await container.analytics.weekGlance() }),
    moderationGlance: async () => ModerationGlance({ waiting: await container.comments.waitingCount() }),
    recommenderGlance: () => RecommenderGlance({ status: container.recsJob.status() }),
    newslettersGlance: async () => NewslettersGlance({ issues: await container.newsletters.desk.list() }),
    outbox: container.admin.outbox, isOutboxInUse: container.admin.isOutboxInUse, page,
  });
  registerPeopleRoutes(app, { people: container.people, page });
  registerAuditRoutes(app, { audit: container.audit, page });
  registerAnalyticsRoutes(app, { analytics: container.analytics, page, publicUrl: config.publicUrl });
  registerDeskRoutes(app, { desk: container.desk, listTopics: () => container.topics.listTopics(), page });
  registerReactionRoutes(app, { reactions: container.reactions });
  registerReadCompleteRoutes(app, { events: container.engagementEvents, accessOf: async (id) => (await container.content.getPublishedWhole(id))?.row.access });
  registerFollowRoutes(app, { follows: container.follows });
  registerInterestRoutes(app, {
    interests: container.interests, feedTokens: container.feedTokens, events: container.engagementEvents,
    retentionDays: () => container.settings.settings.engagementRetentionDays, page,
  });
  registerSharingRoutes(app, { shares: container.shares, page });
  registerGiftRoutes(app, { gifts: container.gifts, files: container.files, page });
  // What goes under an item: on its page, and on the page again when a comment form comes back.
  const belowItem = async (request: FastifyRequest, row: ItemRow, canRead: boolean) => {
    const viewer = request.viewer;
    // A signed-in person's read, once a day per item, for recommendations (issue 6).
    if (viewer.kind === 'user' && canRead) await container.engagementEvents.recordRead(viewer.id, row.id);
    const item = { id: row.id, kind: row.kind, slug: row.slug, title: row.title, access: row.access, comments: row.comments, path: itemPath(row.kind, row.slug) };
    return container.engagementPanel.render({ ctx: page(request), request, viewer, item, canRead });
  };
  registerCommentRoutes(app, { comments: container.comments, content: container.content, page, belowItem });
  registerModerationRoutes(app, { comments: container.comments, page });
  registerContentRoutes(app, {
    content: container.content, files: container.files, page, organisationName: () => container.settings.settings.name, publicUrl: config.publicUrl,
    belowItem, topicActions: follow.itemPage,
    recommendations: async (request, row, fallback) => {
      const [related, alsoRead] = await Promise.all([container.forYou.related(request.viewer, row.id), container.forYou.alsoRead(request.viewer, row.id)]);
      return ItemRecommendations({ related: related.length > 0 ? related : await fallback(), alsoRead });
    },
  });
  registerForYouRoutes(app, {
    forYou: container.forYou, feedTokens: container.feedTokens, page, publicUrl: config.publicUrl,
    siteName: () => container.settings.settings.name,
    iconUrl: () => config.publicUrl + container.iconPath(),
    followsCount: async (userId) => (await container.follows.followedIds(userId)).length,
    viewerFor: container.viewerOf,
  });
  registerNewsletterRoutes(app, { container, page });

  return app;
}
