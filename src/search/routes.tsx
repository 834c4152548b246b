import { Type } from 'typebox';
import type { App } from '../platform/http/types.js';
import { MAX_PAGE } from '../platform/pagination.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { SearchService } from './service.js';
import { SearchPage } from './views.js';

// Generous limits: long or odd queries are cut down by the service and still get a page.
const SearchQuery = Type.Object({
  q: Type.String({ maxLength: 10_000, default: '' }),
  topic: Type.String({ maxLength: 200, default: '' }),
  kind: Type.Union([Type.Literal(''), Type.Literal('news'), Type.Literal('report'), Type.Literal('event')], { default: '' }),
  page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
});

export function registerSearchRoutes(app: App, deps: { search: SearchService; page: PageContextFactory }): void {
  app.get('/search', { schema: { querystring: SearchQuery }, config: { pageCache: true } }, async (request, reply) => {
    const { q, topic, kind, page } = request.query;
    const ctx = deps.page(request);
    const outcome = await deps.search.search(ctx.viewer, { q, topic: topic || undefined, kind: kind || undefined, page });
    return sendHtml(reply, <SearchPage ctx={ctx} outcome={outcome} />);
  });
}
