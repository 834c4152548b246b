// Explicit wiring: every service is built here with its dependencies. Tests build the same
// container on a temporary database; nothing is imported as a module-level singleton.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.js';
import type { Viewer } from './accounts/viewer.js';
import type { UserRow } from './db/schema.js';
import type { Membership } from './members/service.js';
import { openDb, type Db } from './db/connection.js';
import { migrateToLatest } from './db/migrate.js';
import { AssetRegistry } from './platform/http/assets.js';
import { PageCache } from './platform/http/page-cache.js';
import { computeSecurityHeaders } from './platform/http/security-headers.js';
import { createMailer, type Mailer } from './platform/email/mailer.js';
import { createMetrics, type Metrics } from './platform/metrics.js';
import { FileStore } from './platform/storage.js';
import { ContentRepo } from './content/repo.js';
import { ContentService } from './content/service.js';
import { TopicRepo } from './topics/repo.js';
import { TopicService } from './topics/service.js';
import { SearchRepo } from './search/repo.js';
import { SearchService } from './search/service.js';
import { SettingsRepo, SettingsService } from './site/settings.js';
import { SettingsAdmin } from './site/settings-admin.js';
import { HomeService } from './site/service.js';
import { DiscoveryService } from './site/discovery.js';
import { HealthService } from './site/health.js';
import { AccountRepo } from './accounts/repo.js';
import { SessionService } from './accounts/sessions.js';
import { AccountService } from './accounts/service.js';
import { AccountHttp } from './accounts/http.js';
import { RecoveryService } from './accounts/recovery-service.js';
import { RateLimiter } from './platform/http/rate-limit.js';
import { MemberRepo } from './members/repo.js';
import { MembershipService } from './members/service.js';
import { createBenefitsService, type BenefitService } from './members/benefits-service.js';
import { createAdminServices, type AdminServices } from './admin/service.js';
import { AuditRepo } from './audit/repo.js';
import { DeskRepo } from './content/desk-repo.js';
import { DeskService } from './content/desk-service.js';
import { Scheduler } from './content/scheduler.js';
import { EngagementEventRepo, EngagementEvents } from './engagement/events.js';
import { EngagementPanel, type PanelSection } from './engagement/panel.js';
import { CommentRepo } from './engagement/comments-repo.js';
import { CommentService } from './engagement/comments-service.js';
import { commentsSection } from './engagement/comments-section.js';
import { ShareRepo } from './engagement/sharing-repo.js';
import { ShareService } from './engagement/sharing-service.js';
import { sharingSection } from './engagement/sharing-links.js';
import { GiftRepo } from './engagement/gifts-repo.js';
import { GiftService } from './engagement/gifts-service.js';
import { ReactionsRepo } from './engagement/reactions-repo.js';
import { ReactionsService } from './engagement/reactions-service.js';
import { reactionsSection } from './engagement/reactions-section.js';
import { CountsRepo } from './engagement/counts-repo.js';
import { CardCounts } from './engagement/counts-service.js';
import { AuditLog } from './audit/service.js';
import { PeopleService } from './people/service.js';
import { AnalyticsRepo } from './analytics/repo.js';
import { AnalyticsService } from './analytics/service.js';
import { ViewRecorder } from './analytics/recorder.js';
import { FollowsRepo } from './personalisation/follows-repo.js';
import { FollowsService } from './personalisation/follows-service.js';
import { InterestsRepo } from './personalisation/interests-repo.js';
import { InterestsService } from './personalisation/interests-service.js';
import { FeedTokensRepo } from './personalisation/feed-tokens-repo.js';
import { FeedTokens } from './personalisation/feed-tokens.js';
import { HistoryRetention } from './personalisation/history-retention.js';
import { RecsRepo } from './personalisation/recs-repo.js';
import { DbRankSource } from './personalisation/db-rank-source.js';
import { RecsJobHost } from './personalisation/recs-host.js';
import { ForYouService } from './personalisation/for-you-service.js';
import { buildNewsletters, type Newsletters } from './newsletters/wiring.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface Container {
  config: Config;
  db: Db;
  mailer: Mailer;
  metrics: Metrics;
  securityHeaders: Record<string, string>;
  pageCache: PageCache;
  files: FileStore;
  assets: AssetRegistry;
  settings: SettingsService;
  settingsAdmin: SettingsAdmin;
  content: ContentService;
  topics: TopicService;
  topicRepo: TopicRepo;
  search: SearchService;
  home: HomeService;
  discovery: DiscoveryService;
  health: HealthService;
  accountRepo: AccountRepo;
  sessions: SessionService;
  accounts: AccountService;
  accountHttp: AccountHttp;
  recovery: RecoveryService;
  rateLimiter: RateLimiter;
  members: MembershipService;
  benefits: BenefitService;
  admin: AdminServices;
  audit: AuditLog;
  /** Admins' people screens: roles, suspension, sessions. */
  people: PeopleService;
  /** Cookie-less page views and visitors; `flush()` writes what is counted in memory. */
  analytics: AnalyticsService;
  desk: DeskService;
  scheduler: Scheduler;
  engagementEvents: EngagementEvents;
  /** Ratings, recommends and the most recommended lists. */
  reactions: ReactionsService;
  /** Sharing with colleagues by email (sharing-*.ts). */
  shares: ShareService;
  /** Gift links to members-only items (gifts-*.ts). */
  gifts: GiftService;
  /** Comments under items, their moderation and reply emails (comments-*.ts, moderation-*.ts). */
  comments: CommentService;
  /** Reactions, sharing and comments under an item. */
  engagementPanel: EngagementPanel;
  /** Following topics (personalisation/follows-*). */
  follows: FollowsService;
  /** The topic picker and profile signals (personalisation/interests-*). */
  interests: InterestsService;
  /** Private feed tokens: `resolve(token)` gives the owner's user id (personalisation/feed-tokens.ts). */
  feedTokens: FeedTokens;
  /** Deletes engagement events older than the site's retention setting, daily; started by main.ts. */
  historyRetention: HistoryRetention;
  /** "For you", related items and "also read" (personalisation/for-you-*). */
  forYou: ForYouService;
  /** Builds and updates the recommender's neighbour lists and popularity; started by main.ts. */
  recsJob: RecsJobHost;
  /** A person as a viewer without a session (private feeds, emails); undefined when gone or suspended. */
  viewerOf: (userId: number) => Promise<Viewer | undefined>;
  /** The monthly newsletter, topic alerts, the sending engine and bounces (newsletters/). */
  newsletters: Newsletters;
  /** The site's logo (or the default one) as a path, for feeds. */
  iconPath: () => string;
  close(): Promise<void>;
}

export async function buildContainer(config: Config, options: { collectDefaultMetrics?: boolean } = {}): Promise<Container> {
  const db = openDb(config.database);
  await migrateToLatest(db);
  const mailer = createMailer({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, db, dkim: config.dkim });
  const metrics = createMetrics({ collectDefaults: options.collectDefaultMetrics ?? true });
  const assets = new AssetRegistry(path.join(here, 'web', 'assets'));
  const files = new FileStore(path.join(config.dataDir, 'uploads'));
  const settings = new SettingsService(new SettingsRepo(db.kysely));
  await settings.load();

  const audit = new AuditLog(new AuditRepo(db.kysely));
  const contentRepo = new ContentRepo(db.kysely, db.dialect);
  // Comment and recommend counts on every page of cards (content listings and search).
  const cardCounts = new CardCounts(new CountsRepo(db.kysely));
  const content = new ContentService(contentRepo, files, undefined, cardCounts.withCounts);
  const topicRepo = new TopicRepo(db.kysely);
  // pageCache is made further down; the topic service only drops it after a change.
  const topics = new TopicService(topicRepo, { audit, invalidatePages: () => pageCache.invalidate() });
  const search = new SearchService(new SearchRepo(db.kysely, db.dialect), contentRepo, topics, cardCounts.withCounts);

  const accountRepo = new AccountRepo(db.kysely);
  const sessions = new SessionService(accountRepo);
  const rateLimiter = new RateLimiter();
  const isHttps = config.publicUrl.startsWith('https:');
  // newsletters is made further down; a confirmation only happens once requests are served.
  const accounts = new AccountService(accountRepo, sessions, mailer, rateLimiter, settings, config.publicUrl, undefined, (user) => newsletters.subscribers.onEmailConfirmed(user));
  const members = new MembershipService(new MemberRepo(db.kysely), mailer, settings, config.publicUrl);
  const engagementEvents = new EngagementEvents(new EngagementEventRepo(db.kysely));
  // forYou is made further down: a person's cached recommendations go when their signals change.
  const forgetRecommendations = (userId: number) => forYou.forget(userId);
  engagementEvents.onChange(forgetRecommendations);
  const follows = new FollowsService({ repo: new FollowsRepo(db.kysely), onChange: forgetRecommendations });
  const interests = new InterestsService({ repo: new InterestsRepo(db.kysely), listTopics: () => topics.listTopics(), followedIds: (userId) => follows.followedIds(userId), onChange: forgetRecommendations });
  const feedTokens = new FeedTokens({ repo: new FeedTokensRepo(db.kysely), publicUrl: config.publicUrl });
  const historyRetention = new HistoryRetention({
    events: engagementEvents,
    retentionDays: () => settings.settings.engagementRetentionDays,
    onError: (error) => console.error('Deleting old engagement history failed; it will be tried again tomorrow:', error),
  });
  // pageCache is made further down; reactions only drop it after a change.
  const reactions = new ReactionsService({ repo: new ReactionsRepo(db.kysely), events: engagementEvents, invalidatePages: () => pageCache.invalidate() });
  const recovery = new RecoveryService({
    repo: accountRepo, sessions, mailer, limiter: rateLimiter, settings, publicUrl: config.publicUrl,
    // What other domains hold about a person, for their data export.
    exportSections: [
      async (user) => ['engagement', (await engagementEvents.listFor(user.id)).map((e) => ({ itemId: e.item_id, kind: e.kind, value: e.value, at: e.created_at }))],
      // comments is made further down; the export only runs on request.
      async (user) => ['comments', await comments.listForExport(user.id)],
      async (user) => ['interests', { ...(await interests.exportFor(user.id)), privateFeedMadeAt: (await feedTokens.createdAt(user.id)) ?? null }],
      async (user) => ['newsletters', await newsletters.subscribers.exportFor(user.id)],
      async (user) => {
        const [current, openRequest] = await Promise.all([members.membershipOf(user), members.openRequestOf(user.id)]);
        const request = openRequest ? { organisation: openRequest.organisation_name, message: openRequest.message, status: openRequest.status, createdAt: openRequest.created_at } : null;
        return ['membership', { organisation: current?.organisationName ?? null, openRequest: request }];
      },
    ],
    // The monthly newsletter row is kept by address, not by account: it goes with the account.
    onAccountDeleting: (user) => newsletters.subscribers.deleteForUser(user),
  });
  const accountHttp = new AccountHttp(sessions, { isHttps, sessionSecret: config.sessionSecret, publicUrl: config.publicUrl }, (user) => members.membershipOf(user));

  const analyticsRepo = new AnalyticsRepo(db.kysely, db.dialect);
  const analytics = new AnalyticsService({ repo: analyticsRepo, recorder: new ViewRecorder(analyticsRepo) });
  analytics.start();

  const securityHeaders = computeSecurityHeaders({ isHttps: config.publicUrl.startsWith('https:') });
  const pageCache = new PageCache(securityHeaders);
  const deskRepo = new DeskRepo(db.kysely);
  const scheduler = new Scheduler({
    repo: deskRepo, audit,
    onPublished: () => {
      pageCache.invalidate();
      // newsletters is made further down; publishing only happens once the scheduler runs.
      newsletters.alerts.wake();
    },
    onError: (error) => console.error('Scheduled publishing failed; it will be tried again:', error),
  });
  const desk = new DeskService({
    repo: deskRepo, files, audit,
    topicIds: async () => new Set((await topics.listTopics()).map((t) => t.id)),
    // recsJob is made further down; a change only happens once requests are served.
    onChange: () => {
      pageCache.invalidate();
      recsJob.wake();
      newsletters.alerts.wake();
    },
    onScheduleChange: () => scheduler.wake(),
  });

  // Sharing with colleagues and gift links: the email comes from the site, naming the sender.
  const site = () => ({ name: settings.settings.name, url: config.publicUrl });
  const shares = new ShareService({ repo: new ShareRepo(db.kysely), content, mailer, limiter: rateLimiter, events: engagementEvents, site });
  const gifts = new GiftService({ repo: new GiftRepo(db.kysely), content, mailer, events: engagementEvents, audit, site, secret: config.sessionSecret });

  const comments = new CommentService({
    repo: new CommentRepo(db.kysely), sitePolicy: () => settings.settings.commentPolicy, site: () => ({ name: settings.settings.name, url: config.publicUrl }),
    mailer, limiter: rateLimiter, events: engagementEvents, audit, invalidatePages: () => pageCache.invalidate(),
  });

  // Recommendations: the job writes neighbour lists and popularity; requests read and rank.
  const recsRepo = new RecsRepo(db.kysely);
  const rankSource = new DbRankSource(recsRepo);
  const recsJob = new RecsJobHost({
    database: config.database,
    onUpdated: () => {
      rankSource.forget();
      forYou.forgetShared();
    },
    onError: (message) => console.error('Updating recommendations failed; it will be tried again in a minute:', message),
    showProgress: config.logLevel !== 'silent',
  });
  const forYou = new ForYouService({
    repo: recsRepo,
    source: rankSource,
    cardsByIds: (ids) => content.cardsByIds(ids),
    topicNames: async () => new Map((await topics.listTopics()).map((t) => [t.id, t.name])),
    organisationTypeOf: async (userId) => (await accountRepo.findUserById(userId))?.organisation_type ?? null,
  });
  const home = new HomeService(content, topics, () => reactions.mostRecommended());
  pageCache.onInvalidate(() => {
    home.forget();
    rankSource.forgetItems();
  });
  // Someone reached without a session (a private feed, an email): the viewer stands for them.
  const asViewer = (user: UserRow, membership: Membership | undefined) => ({
    kind: 'user' as const, id: user.id, name: user.name, email: user.email, role: user.role, isEmailVerified: user.email_verified_at !== null,
    membership, sessionId: '', csrfToken: '',
  });
  const viewerOf = async (userId: number): Promise<Viewer | undefined> => {
    const user = await accountRepo.findUserById(userId);
    if (!user || user.suspended_at) return undefined;
    return asViewer(user, await members.membershipOf(user));
  };
  // viewerOf for a whole batch of people (a newsletter send): three queries, not three per person.
  const peopleByIds = async (userIds: readonly number[]) => {
    const users = (await accountRepo.findUsersByIds(userIds)).filter((u) => !u.suspended_at);
    const memberships = await members.membershipsOf(users);
    return new Map(users.map((user) => [user.id, { viewer: asViewer(user, memberships.get(user.id)), organisationType: user.organisation_type }]));
  };
  const newsletters = await buildNewsletters({ config, db, mailer, content, forYou, peopleByIds, limiter: rateLimiter, audit, topicNames: async () => new Map((await topics.listTopics()).map((t) => [t.id, t.name])), siteName: () => settings.settings.name });
  const iconPath = () => (settings.settings.logo ? `/media/${settings.settings.logo.key}` : assets.url('logo.svg'));

  // The sections under an item, in page order: reactions, sharing, comments.
  const engagementSections: PanelSection[] = [reactionsSection(reactions), sharingSection(config.publicUrl), commentsSection(comments)];
  const engagementPanel = new EngagementPanel(engagementSections);

  return {
    config,
    db,
    mailer,
    metrics,
    securityHeaders,
    pageCache,
    files,
    assets,
    settings,
    settingsAdmin: new SettingsAdmin({ settings, files, audit, invalidatePages: () => pageCache.invalidate() }),
    content,
    topics,
    topicRepo,
    search,
    home,
    discovery: new DiscoveryService(content, settings, config.publicUrl, iconPath),
    health: new HealthService(db, metrics),
    accountRepo,
    sessions,
    accounts,
    accountHttp,
    recovery,
    rateLimiter,
    members,
    benefits: createBenefitsService(db.kysely),
    admin: createAdminServices({ db, mailer, accountRepo, sessions, publicUrl: config.publicUrl }),
    audit,
    people: new PeopleService({ repo: accountRepo, sessions, membershipOf: (user) => members.membershipOf(user), audit }),
    analytics,
    desk,
    scheduler,
    engagementEvents,
    shares,
    gifts,
    reactions,
    comments,
    engagementPanel,
    follows,
    interests,
    feedTokens,
    historyRetention,
    forYou,
    recsJob,
    newsletters,
    viewerOf,
    iconPath,
    async close() {
      try {
        // Views counted in memory are written before the database closes.
        await analytics.close();
        await scheduler.stop();
        await historyRetention.stop();
        await recsJob.stop();
        await newsletters.stop();
        // Emails queued after a response (account links) go before the mailer closes.
        await recovery.settle();
        await comments.settle();
        await mailer.close();
      } finally {
        await db.close();
      }
    },
  };
}
