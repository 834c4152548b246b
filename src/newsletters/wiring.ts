// The newsletters domain's services, built together (container.ts calls this once) so the
// container lists one entry for the domain instead of one per file. Each part adds itself here.
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import type { ContentService } from '../content/service.js';
import type { Mailer } from '../platform/email/mailer.js';
import type { RateLimiter } from '../platform/http/rate-limit.js';
import { IssuesRepo } from './issues-repo.js';
import { AlertPreferencesRepo } from './alert-preferences-repo.js';
import { AlertPreferences } from './alert-preferences.js';
import { IssuesService } from './issues-service.js';
import { loadLinkSigner } from './link-key-repo.js';
import type { LinkSigner } from './signed-links.js';
import { SubscribersRepo } from './subscribers-repo.js';
import { SubscribersService } from './subscribers-service.js';

export interface NewsletterDeps {
  config: Config;
  db: Db;
  mailer: Mailer;
  content: ContentService;
  limiter: RateLimiter;
  /** The site's name (from settings, which can change), for sign-up emails. */
  siteName: () => string;
}

export interface Newsletters {
  links: LinkSigner;
  issues: IssuesService;
  /** What people chose about topic alerts (per followed topic: none, immediate, weekly). */
  alertPreferences: AlertPreferences;
  /** Sign-up, double opt-in, signed preference/unsubscribe links, a person's own choices. */
  subscribers: SubscribersService;
  /** Stops background work (sending, alerts, the inbound listener); called by container.close(). */
  stop(): Promise<void>;
}

export async function buildNewsletters(deps: NewsletterDeps): Promise<Newsletters> {
  const links = await loadLinkSigner(deps.db.kysely, deps.config);
  const issues = new IssuesService({ repo: new IssuesRepo(deps.db.kysely), content: deps.content });
  const alertPreferences = new AlertPreferences({ repo: new AlertPreferencesRepo(deps.db.kysely) });
  const subscribers = new SubscribersService({
    repo: new SubscribersRepo(deps.db.kysely), links, alertPreferences, mailer: deps.mailer, limiter: deps.limiter,
    publicUrl: deps.config.publicUrl, siteName: deps.siteName,
  });
  const stoppers: (() => Promise<void>)[] = [];
  return {
    links,
    issues,
    alertPreferences,
    subscribers,
    async stop() {
      for (const stop of stoppers) await stop();
    },
  };
}
