// Every newsletters route, registered from one place (app.ts calls this).
import type { FastifyRequest } from 'fastify';
import type { App } from '../platform/http/types.js';
import type { PageContext } from '../web/context.js';
import type { Container } from '../container.js';
import { registerSubscribeRoutes } from './subscribe-routes.js';
import { registerPreferencesRoutes } from './preferences-routes.js';
import { registerAccountNewsletterRoutes } from './account-newsletters-routes.js';
import { registerComposeRoutes } from './compose-routes.js';
import { registerSuppressionRoutes } from './suppressions-routes.js';

export interface NewsletterRouteDeps {
  container: Container;
  page: (request: FastifyRequest) => PageContext;
}

export function registerNewsletterRoutes(app: App, deps: NewsletterRouteDeps): void {
  // Each part of the domain registers its routes here.
  registerSubscribeRoutes(app, deps);
  registerPreferencesRoutes(app, deps);
  registerAccountNewsletterRoutes(app, deps);
  const { newsletters, config, settings } = deps.container;
  registerSuppressionRoutes(app, { suppressions: newsletters.suppressions, page: deps.page });
  registerComposeRoutes(app, { desk: newsletters.desk, archive: newsletters.archive, issues: newsletters.issues, site: () => ({ name: settings.settings.name, url: config.publicUrl }), page: deps.page });
}
