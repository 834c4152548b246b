// /for-you and its private Atom feed. Thin: the ranking is ForYouService's; the feed reader
// is identified by a token (feed-tokens.ts), not a session, and sees only items its owner
// can open, as summaries (never bodies), with the reason each was picked.
import { Type } from 'typebox';
import type { Viewer } from '../accounts/viewer.js';
import type { App } from '../platform/http/types.js';
import { renderAtom } from '../site/atom.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { FeedTokens } from './feed-tokens.js';
import type { ForYouService } from './for-you-service.js';
import { ForYouPage } from './for-you-views.js';

const FeedParams = Type.Object({ file: Type.String({ minLength: 1, maxLength: 100 }) });

export interface ForYouRouteDeps {
  forYou: ForYouService;
  feedTokens: FeedTokens;
  page: PageContextFactory;
  /** The person a feed token belongs to, as a viewer (their membership looked up now). */
  viewerFor: (userId: number) => Promise<Viewer | undefined>;
  followsCount: (userId: number) => Promise<number>;
  siteName: () => string;
  /** The site's icon or logo, as an absolute URL, for feed readers. */
  iconUrl: () => string;
  publicUrl: string;
}

export function registerForYouRoutes(app: App, deps: ForYouRouteDeps): void {
  app.get('/for-you', async (request, reply) => {
    const viewer = request.viewer;
    const [entries, followsCount] = await Promise.all([deps.forYou.forViewer(viewer, 24), viewer.kind === 'user' ? deps.followsCount(viewer.id) : Promise.resolve(0)]);
    return sendHtml(reply, <ForYouPage ctx={deps.page(request)} entries={entries} followsCount={followsCount} />);
  });

  app.get('/for-you/feed/:file', { schema: { params: FeedParams } }, async (request, reply) => {
    const token = request.params.file.replace(/\.xml$/, '');
    const userId = await deps.feedTokens.resolve(token);
    const viewer = userId === undefined ? undefined : await deps.viewerFor(userId);
    // One answer for malformed, unknown and revoked tokens: nothing to learn by guessing.
    if (!viewer) return reply.code(404).header('cache-control', 'no-store').type('text/plain; charset=utf-8').send('There is no feed at this address. Make a new one on your interests page.');
    const entries = (await deps.forYou.forViewer(viewer, 30)).filter((e) => !e.isInvitation);
    const now = new Date().toISOString();
    const base = deps.publicUrl;
    const body = renderAtom({
      id: `${base}/for-you/feed/${viewer.kind === 'user' ? viewer.id : 0}`,
      title: `${deps.siteName()}: for you`,
      subtitle: 'Recommended for you, with the reason for each',
      selfUrl: `${base}/for-you/feed/${token}.xml`,
      siteUrl: base,
      updated: entries[0]?.card.publishedIso ?? now,
      authorName: deps.siteName(),
      iconUrl: deps.iconUrl(),
      entries: entries.map((e) => ({
        id: `${base}${e.card.path}`,
        title: e.card.title,
        url: `${base}${e.card.path}`,
        published: e.card.publishedIso,
        updated: e.card.publishedIso,
        summary: `${e.reason}. ${e.card.summary}`,
        contentHtml: '',
        authors: [],
        categories: e.card.topics.map((t) => ({ term: t.slug, label: t.name })),
      })),
    });
    return reply
      .type('application/atom+xml; charset=utf-8')
      .header('cache-control', 'private, max-age=300')
      .header('x-robots-tag', 'noindex')
      .header('referrer-policy', 'no-referrer')
      .send(body);
  });
}
