// The newsletters domain's services, built together (container.ts calls this once) so the
// container lists one entry for the domain instead of one per file. Each part adds itself here.
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import type { ContentService } from '../content/service.js';
import type { Mailer } from '../platform/email/mailer.js';
import { IssuesRepo } from './issues-repo.js';
import { AlertPreferencesRepo } from './alert-preferences-repo.js';
import { AlertPreferences } from './alert-preferences.js';
import { IssuesService } from './issues-service.js';
import { loadLinkSigner } from './link-key-repo.js';
import type { LinkSigner } from './signed-links.js';

export interface NewsletterDeps {
  config: Config;
  db: Db;
  mailer: Mailer;
  content: ContentService;
}

export interface Newsletters {
  links: LinkSigner;
  issues: IssuesService;
  /** What people chose about topic alerts (per followed topic: none, immediate, weekly). */
  alertPreferences: AlertPreferences;
  /** Stops background work (sending, alerts, the inbound listener); called by container.close(). */
  stop(): Promise<void>;
}

export async function buildNewsletters(deps: NewsletterDeps): Promise<Newsletters> {
  const links = await loadLinkSigner(deps.db.kysely, deps.config);
  const issues = new IssuesService({ repo: new IssuesRepo(deps.db.kysely), content: deps.content });
  const alertPreferences = new AlertPreferences({ repo: new AlertPreferencesRepo(deps.db.kysely) });
  const stoppers: (() => Promise<void>)[] = [];
  return {
    links,
    issues,
    alertPreferences,
    async stop() {
      for (const stop of stoppers) await stop();
    },
  };
}
