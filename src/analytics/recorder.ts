// Counts item page views on the request path without touching the database: a few map
// operations per request. Counts are flushed in batches (upserts) every few seconds and on
// shutdown. Visitors are kept in memory only until the flush, where they become a salted
// hash; the raw IP address and user agent are never written anywhere.
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { ItemKind } from '../db/schema.js';
import { itemPath } from '../content/urls.js';
import type { AnalyticsRepo } from './repo.js';

/** What both request paths (page cache hit, Fastify response) know about a request. */
export interface ViewSignal {
  method: string;
  /** The route pattern that answered, e.g. "/news/:slug". */
  route: string;
  url: string;
  statusCode: number;
  headers: IncomingHttpHeaders;
  ip: string | undefined;
}

interface Logger {
  error(obj: unknown, message: string): void;
}

interface PendingDay {
  views: Map<string, number>;
  /** ip + NUL + user agent; hashed with the day's salt at flush time. */
  visitors: Set<string>;
}

/** Crawlers, link previewers, monitors and scripts: not readers. */
const BOT = /bot|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|monitor|headless|lighthouse|pingdom|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch|httpclient|scrapy|feed/i;
/** The item page routes, derived from content's own URL scheme ("/news/:slug", "/:slug", ...). */
const KIND_OF_ROUTE: ReadonlyMap<string, ItemKind> = new Map((['news', 'report', 'event', 'page'] as const).map((kind) => [itemPath(kind, ':slug'), kind]));

/** Bounds on memory: distinct paths and visitors held between flushes, and memoised paths. */
const MAX_PENDING_PATHS = 10_000;
const MAX_PENDING_VISITORS = 100_000;
const MAX_MEMO = 5_000;
/** Slugs can be reused after a rename, so the path → item memo is forgotten now and then. */
const MEMO_TTL_MS = 10 * 60 * 1000;

const DAY_MS = 86_400_000;

export function isBot(userAgent: string | undefined): boolean {
  return !userAgent || BOT.test(userAgent);
}

function isPrefetch(headers: IncomingHttpHeaders): boolean {
  const purpose = headers['sec-purpose'] ?? headers.purpose;
  return typeof purpose === 'string' && purpose.includes('prefetch');
}

/** Sec-GPC: 1 or DNT: 1 — the view is counted, the visitor is not. */
function optsOut(headers: IncomingHttpHeaders): boolean {
  return headers['sec-gpc'] === '1' || headers.dnt === '1';
}

export function hashVisitor(salt: string, visitor: string): string {
  return createHash('sha256').update(salt).update(visitor).digest('base64url');
}

export class ViewRecorder {
  private pending = new Map<string, PendingDay>();
  private pendingPaths = 0;
  private pendingVisitors = 0;
  private memo = new Map<string, number | null>();
  private memoSince = Date.now();
  private today = '';
  private dayEndsAt = 0;
  private flushing: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly repo: AnalyticsRepo,
    private readonly log: Logger = console,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Flushes every `ms` until stop(); the timer never keeps the process alive. */
  start(ms = 10_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.flush(), ms);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  /** The UTC day, recomputed only when the clock passes midnight. */
  private day(now: number): string {
    if (now >= this.dayEndsAt || now < this.dayEndsAt - DAY_MS) {
      this.today = new Date(now).toISOString().slice(0, 10);
      this.dayEndsAt = (Math.floor(now / DAY_MS) + 1) * DAY_MS;
    }
    return this.today;
  }

  /**
   * Called for every response; cheap and synchronous. A 304 counts like a 200: item pages are
   * revalidated on every visit (no-cache + ETag), so a returning reader's view is a 304.
   */
  record(signal: ViewSignal): void {
    if ((signal.statusCode !== 200 && signal.statusCode !== 304) || signal.method !== 'GET') return;
    if (!KIND_OF_ROUTE.has(signal.route)) return;
    const headers = signal.headers;
    const userAgent = headers['user-agent'];
    if (isBot(userAgent) || isPrefetch(headers)) return;
    const query = signal.url.indexOf('?');
    const path = query === -1 ? signal.url : signal.url.slice(0, query);
    const key = `${signal.route}\n${path}`;
    const day = this.day(this.clock());
    let pending = this.pending.get(day);
    if (!pending) {
      pending = { views: new Map(), visitors: new Set() };
      this.pending.set(day, pending);
    }
    const views = pending.views.get(key);
    if (views !== undefined) pending.views.set(key, views + 1);
    else if (this.pendingPaths < MAX_PENDING_PATHS) {
      pending.views.set(key, 1);
      this.pendingPaths++;
    }
    if (signal.ip && !optsOut(headers) && this.pendingVisitors < MAX_PENDING_VISITORS) {
      const before = pending.visitors.size;
      pending.visitors.add(`${signal.ip}\u0000${userAgent}`);
      if (pending.visitors.size > before) this.pendingVisitors++;
    }
  }

  /** Writes what has been counted so far. Concurrent calls run one after another. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write()).catch((error: unknown) => this.log.error({ err: error }, 'analytics flush failed'));
    return this.flushing;
  }

  private async write(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    this.pendingPaths = 0;
    this.pendingVisitors = 0;
    const today = this.day(this.clock());
    try {
      for (const [day, pending] of [...batch].sort(([a], [b]) => a.localeCompare(b))) {
        const byItem = new Map<number, number>();
        for (const [key, views] of pending.views) {
          const itemId = await this.itemIdOf(key);
          if (itemId !== null) byItem.set(itemId, (byItem.get(itemId) ?? 0) + views);
        }
        if (byItem.size > 0) await this.repo.addViews([...byItem].map(([itemId, views]) => ({ day, itemId, views })));
        if (pending.visitors.size > 0) {
          // Today's salt is made if missing; a past day's is only read, never made again.
          const salt = day >= today ? await this.repo.saltFor(day, randomBytes(32).toString('base64url')) : await this.repo.existingSalt(day);
          if (salt) await this.repo.addVisitors(day, [...pending.visitors].map((visitor) => hashVisitor(salt, visitor)));
        }
        pending.visitors.clear();
      }
    } finally {
      await this.repo.deleteSaltsBefore(today);
    }
  }

  /** The item a counted path names, memoised (null: not an item, ignored). */
  private async itemIdOf(key: string): Promise<number | null> {
    const now = this.clock();
    if (now - this.memoSince > MEMO_TTL_MS || this.memo.size >= MAX_MEMO) {
      this.memo.clear();
      this.memoSince = now;
    }
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const [route = '', path = ''] = key.split('\n');
    const kind = KIND_OF_ROUTE.get(route);
    const prefix = kind ? itemPath(kind, '') : '';
    let itemId: number | null = null;
    if (kind && path.startsWith(prefix)) {
      let slug = path.slice(prefix.length);
      if (slug.endsWith('/')) slug = slug.slice(0, -1);
      try {
        slug = decodeURIComponent(slug);
      } catch {
        slug = '';
      }
      if (slug && !slug.includes('/')) itemId = (await this.repo.findItemId(kind, slug)) ?? null;
    }
    this.memo.set(key, itemId);
    return itemId;
  }
}
