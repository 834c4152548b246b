// Feeds, sitemaps and robots.txt. Only public items appear in any of them: they are read
// by machines that never sign in.
import type { ContentService } from '../content/service.js';
import { itemPath } from '../content/urls.js';
import type { TopicRow } from '../db/schema.js';
import type { SettingsService } from './settings.js';
import { escapeXml, renderAtom } from './atom.js';

const FEED_LENGTH = 30;

export class DiscoveryService {
  constructor(
    private readonly content: ContentService,
    private readonly settings: SettingsService,
    private readonly publicUrl: string,
    private readonly iconPath: () => string,
  ) {}

  async atomFeed(topic?: TopicRow): Promise<string> {
    const site = this.settings.settings;
    const entries = await this.content.listFeedEntries({ topicId: topic?.id, limit: FEED_LENGTH });
    const feedPath = topic ? `/topics/${topic.slug}/feed.xml` : '/feed.xml';
    const absolutise = (html: string) => html.replace(/(src|href)="\/(?!\/)/g, `$1="${this.publicUrl}/`);
    return renderAtom({
      id: this.publicUrl + feedPath,
      title: topic ? `${site.name}: ${topic.name}` : site.name,
      subtitle: topic ? topic.description : site.tagline,
      selfUrl: this.publicUrl + feedPath,
      siteUrl: this.publicUrl + (topic ? `/topics/${topic.slug}` : ''),
      updated: entries[0]?.row.updated_at ?? new Date(0).toISOString(),
      authorName: site.name,
      iconUrl: this.publicUrl + this.iconPath(),
      entries: entries.map(({ row, topics, authors }) => {
        const url = this.publicUrl + itemPath(row.kind, row.slug);
        const hero = row.hero_image ? `<p><img src="/media/${row.hero_image}" alt="${escapeXml(row.hero_alt ?? '')}"></p>` : '';
        return {
          id: url,
          title: row.title,
          url,
          published: row.published_at ?? row.created_at,
          updated: row.updated_at,
          summary: row.summary,
          contentHtml: absolutise(hero + row.body_html),
          authors: authors.map((a) => a.name),
          categories: topics.map((t) => ({ term: t.slug, label: t.name })),
        };
      }),
    });
  }

  async sitemapIndex(): Promise<string> {
    const chunks = await this.content.sitemapChunkCount();
    const names = ['pages', ...Array.from({ length: chunks }, (_, i) => `items-${i + 1}`)];
    const sitemaps = names.map((name) => `  <sitemap><loc>${escapeXml(`${this.publicUrl}/sitemaps/${name}.xml`)}</loc></sitemap>`);
    return `<?xml version="1.0" encoding="utf-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${sitemaps.join('\n')}\n</sitemapindex>\n`;
  }

  sitemapOfPages(topics: readonly TopicRow[]): string {
    const paths = ['/', '/news', '/reports', '/events', '/topics', ...topics.map((t) => `/topics/${t.slug}`)];
    return urlset(paths.map((p) => ({ loc: this.publicUrl + p })));
  }

  /** One chunk of item URLs, or undefined for a chunk number past the end. */
  async sitemapOfItems(chunk: number): Promise<string | undefined> {
    if (chunk > (await this.content.sitemapChunkCount())) return undefined;
    const rows = await this.content.listSitemapChunk(chunk);
    return urlset(rows.map((r) => ({ loc: this.publicUrl + itemPath(r.kind, r.slug), lastmod: r.updated_at })));
  }

  robotsTxt(): string {
    return ['User-agent: *', 'Disallow: /admin', 'Disallow: /account', 'Disallow: /search', '', `Sitemap: ${this.publicUrl}/sitemap.xml`, ''].join('\n');
  }
}

function urlset(urls: { loc: string; lastmod?: string }[]): string {
  const body = urls.map((u) => `  <url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${escapeXml(u.lastmod)}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body.join('\n')}\n</urlset>\n`;
}
