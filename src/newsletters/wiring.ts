// The newsletters domain's services, built together (container.ts calls this once) so the
// container lists one entry for the domain instead of one per file. Each part adds itself here.
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import type { ContentService } from '../content/service.js';
import { createMailer, type Mailer } from '../platform/email/mailer.js';
import type { ForYouService } from '../personalisation/for-you-service.js';
import { LeaseRepo } from '../platform/jobs/lease-repo.js';
import { terminalProgress } from '../platform/progress.js';
import { DeliveriesRepo } from './sending/deliveries-repo.js';
import { NewsletterPicks, type Person } from './sending/picks.js';
import { NewsletterSender } from './sending/sender.js';
import type { RateLimiter } from '../platform/http/rate-limit.js';
import { IssueDeskRepo, IssuesRepo } from './issues-repo.js';
import { IssueArchive, IssueDesk } from './issue-desk.js';
import { AlertsRepo } from './alerts-repo.js';
import { TopicAlerts } from './alerts.js';
import { AlertPreferencesRepo } from './alert-preferences-repo.js';
import { AlertPreferences } from './alert-preferences.js';
import { IssuesService } from './issues-service.js';
import { loadLinkSigner } from './link-key-repo.js';
import type { LinkSigner } from './signed-links.js';
import { SubscribersRepo } from './subscribers-repo.js';
import { SuppressionsRepo } from './suppressions-repo.js';
import { SuppressionsService } from './suppressions-service.js';
import { InboundMailServer } from './bounces/inbound-server.js';
import type { AuditLog } from '../audit/service.js';
import { SubscribersService } from './subscribers-service.js';

export interface NewsletterDeps {
  config: Config;
  db: Db;
  mailer: Mailer;
  content: ContentService;
  forYou: ForYouService;
  /** People as signed-in viewers (with membership) by id; the gone and the suspended are absent. */
  peopleByIds: (userIds: readonly number[]) => Promise<Map<number, Person>>;
  limiter: RateLimiter;
  audit: AuditLog;
  topicNames: () => Promise<Map<number, string>>;
  /** The site's name (from settings, which can change), for sign-up emails. */
  siteName: () => string;
}

export interface Newsletters {
  links: LinkSigner;
  issues: IssuesService;
  /** What people chose about topic alerts (per followed topic: none, immediate, weekly). */
  alertPreferences: AlertPreferences;
  /** The sending engine; started by main.ts (and by scripts/newsletter-sender.ts on its own). */
  sender: NewsletterSender;
  deliveries: DeliveriesRepo;
  /** Sign-up, double opt-in, signed preference/unsubscribe links, a person's own choices. */
  subscribers: SubscribersService;
  /** Composing, testing, scheduling, sending, pausing issues (the editors' desk). */
  desk: IssueDesk;
  /** Issues that went out, for /newsletter/archive. */
  archive: IssueArchive;
  /** Topic alerts (immediate and weekly digests); started by main.ts, woken after a publish. */
  alerts: TopicAlerts;
  /** Bounces, complaints and the addresses never mailed again. */
  suppressions: SuppressionsService;
  /** Starts the inbound SMTP listener (main.ts, when INBOUND_SMTP_PORT is not "off"); resolves with its port. */
  startInboundMail(port: number, host: string): Promise<number>;
  /** Stops background work (sending, alerts, the inbound listener); called by container.close(). */
  stop(): Promise<void>;
}

export async function buildNewsletters(deps: NewsletterDeps): Promise<Newsletters> {
  const links = await loadLinkSigner(deps.db.kysely, deps.config);
  const issues = new IssuesService({ repo: new IssuesRepo(deps.db.kysely), content: deps.content });
  const alertPreferences = new AlertPreferences({ repo: new AlertPreferencesRepo(deps.db.kysely) });
  const { config } = deps;
  // Newsletters go through a transport of their own: rate-limited, so a big send never
  // delays a password-reset email on the shared one.
  const bulkMailer = createMailer({ smtpUrl: config.smtpUrl, mailFrom: config.mailFrom, db: deps.db, dkim: config.dkim, maxConnections: 10, maxMessagesPerSecond: config.newsletterRate });
  const deliveries = new DeliveriesRepo(deps.db.kysely, deps.db.dialect);
  const sender = new NewsletterSender({
    repo: deliveries,
    leases: new LeaseRepo(deps.db.kysely),
    issues,
    picks: new NewsletterPicks({ forYou: deps.forYou, peopleByIds: deps.peopleByIds, publicUrl: config.publicUrl }),
    mailer: bulkMailer,
    links,
    site: () => ({ name: deps.siteName(), url: config.publicUrl }),
    returnPathDomain: config.returnPathDomain,
    onError: (error) => console.error('Sending a newsletter failed; it will be tried again in a few seconds:', error),
    progress: config.logLevel === 'silent' ? undefined : (label) => terminalProgress(label),
  });
  const stoppers: (() => Promise<void>)[] = [() => sender.stop(), () => bulkMailer.close()];
  const subscribers = new SubscribersService({
    repo: new SubscribersRepo(deps.db.kysely), links, alertPreferences, mailer: deps.mailer, limiter: deps.limiter,
    publicUrl: deps.config.publicUrl, siteName: deps.siteName,
  });
  const suppressions = new SuppressionsService({
    repo: new SuppressionsRepo(deps.db.kysely), links, returnPathDomain: config.returnPathDomain, audit: deps.audit,
    onUnsubscribe: (token, source) => subscribers.unsubscribeByToken(token, source),
  });
  const deskRepo = new IssueDeskRepo(deps.db.kysely);
  const desk = new IssueDesk({
    repo: deskRepo, issues, audit: deps.audit, forYou: deps.forYou, mailer: deps.mailer, links,
    site: () => ({ name: deps.siteName(), url: config.publicUrl }), returnPathDomain: config.returnPathDomain,
    counts: (issueId) => deliveries.counts(issueId), wakeSender: () => sender.wake(),
  });
  const archive = new IssueArchive({ repo: deskRepo, issues });
  const alerts = new TopicAlerts({
    repo: new AlertsRepo(deps.db.kysely), leases: new LeaseRepo(deps.db.kysely), content: deps.content, peopleByIds: deps.peopleByIds, topicNames: deps.topicNames,
    mailer: deps.mailer, links, site: () => ({ name: deps.siteName(), url: config.publicUrl }), returnPathDomain: config.returnPathDomain,
    onError: (error) => console.error('Sending topic alerts failed; they will be tried again in a minute:', error),
  });
  stoppers.push(() => alerts.stop());
  const inbound = new InboundMailServer({ suppressions, onError: (error) => console.error('Reading an inbound message failed:', error) });
  stoppers.push(() => inbound.stop());
  return {
    links,
    suppressions,
    desk,
    archive,
    alerts,
    startInboundMail: (port, host) => inbound.start(port, host),
    issues,
    alertPreferences,
    sender,
    deliveries,
    subscribers,
    async stop() {
      for (const stop of stoppers) await stop();
    },
  };
}
