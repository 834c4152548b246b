// A response cache for anonymous GET pages. Anonymous readers all see the same page, so
// the rendered HTML (and its gzip/brotli forms, made once) is kept in memory until any
// content changes. Hits are answered by the raw HTTP server before Fastify sees the
// request (see answerFromCache), so a cached page costs little more than a bare
// node:http response; the ETag lets browsers revalidate with a 304.
import { createHash, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { FastifyInstance, FastifyRequest } from 'fastify';

type Encoding = 'br' | 'gzip' | 'identity';

interface Entry {
  /** The route pattern that rendered it, for metrics. */
  route: string;
  identity: Buffer;
  compressed: Partial<Record<Encoding, Buffer>>;
  etag: string;
  lastModified: string;
  /** Response headers without the per-request id, prepared once per encoding. */
  headers: Partial<Record<Encoding, Record<string, string | number>>>;
  storedHeaders: Record<string, string>;
}

const MAX_ENTRIES = 2000;
const COMPRESS_MIN_BYTES = 1024;
const VARY = 'Accept-Encoding, Cookie';
const REQUEST_ID = /^[\w.-]{8,64}$/;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Opt a GET route into the anonymous page cache. */
    pageCache?: boolean;
  }
}

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private lastChange = new Date().toUTCString();

  constructor(private readonly baseHeaders: Record<string, string> = {}) {}

  get size(): number {
    return this.entries.size;
  }

  private readonly listeners: (() => void)[] = [];

  /** Also told on every invalidation (in-memory models of pages signed-in people see). */
  onInvalidate(listener: () => void): void {
    this.listeners.push(listener);
  }

  /** Forget every cached page: called whenever published content or settings change. */
  invalidate(): void {
    this.entries.clear();
    this.lastChange = new Date().toUTCString();
    for (const listener of this.listeners) listener();
  }

  lookup(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (entry) {
      // Keep recently used keys at the end of the Map so eviction drops the oldest.
      this.entries.delete(key);
      this.entries.set(key, entry);
    }
    return entry;
  }

  store(key: string, entry: { route: string; body: string; headers: Record<string, string>; lastModified?: string }): Entry {
    const identity = Buffer.from(entry.body);
    const stored: Entry = {
      route: entry.route,
      identity,
      compressed: {},
      etag: `"${createHash('sha1').update(identity).digest('base64url')}"`,
      lastModified: entry.lastModified ?? this.lastChange,
      headers: {},
      storedHeaders: entry.headers,
    };
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, stored);
    return stored;
  }

  body(entry: Entry, encoding: Encoding): { body: Buffer; encoding: Encoding } {
    if (encoding === 'identity' || entry.identity.length < COMPRESS_MIN_BYTES) return { body: entry.identity, encoding: 'identity' };
    let body = entry.compressed[encoding];
    if (!body) {
      body = encoding === 'br' ? brotliCompressSync(entry.identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(entry.identity, { level: 6 });
      entry.compressed[encoding] = body;
    }
    return { body, encoding };
  }

  /** The full header set for a 200 in this encoding, built once and reused. */
  headersFor(entry: Entry, encoding: Encoding, body: Buffer): Record<string, string | number> {
    let headers = entry.headers[encoding];
    if (!headers) {
      headers = { ...this.baseHeaders, ...entry.storedHeaders, etag: entry.etag, 'last-modified': entry.lastModified, vary: VARY, 'content-length': body.length };
      if (encoding !== 'identity') headers['content-encoding'] = encoding;
      entry.headers[encoding] = headers;
    }
    return headers;
  }

  notModifiedHeaders(entry: Entry): Record<string, string> {
    return { ...this.baseHeaders, etag: entry.etag, 'last-modified': entry.lastModified, vary: VARY, ...(entry.storedHeaders['cache-control'] ? { 'cache-control': entry.storedHeaders['cache-control'] } : {}) };
  }
}

export function pickEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return 'identity';
}

function isNotModified(headers: IncomingHttpHeaders, entry: Entry): boolean {
  const ifNoneMatch = headers['if-none-match'];
  if (ifNoneMatch !== undefined) return ifNoneMatch.split(/\s*,\s*/).some((tag) => tag === entry.etag || tag === `W/${entry.etag}`);
  const ifModifiedSince = headers['if-modified-since'];
  if (ifModifiedSince !== undefined) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Date.parse(entry.lastModified) <= since;
  }
  return false;
}

export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const incoming = headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export interface CacheHit {
  requestId: string;
  method: string;
  url: string;
  route: string;
  statusCode: number;
  startedAt: number;
  /** The request's headers and socket address, for analytics (never stored as they are). */
  headers: IncomingHttpHeaders;
  ip: string | undefined;
}

/**
 * Answers a request from the cache if it can, straight on the raw response: no routing,
 * hooks, rendering or compression. Only URLs that a cache-enabled route stored can hit, so
 * route opt-in still holds. Returns false to hand the request to Fastify.
 */
export function answerFromCache(
  cache: PageCache,
  req: IncomingMessage,
  res: ServerResponse,
  options: { isAnonymous: (headers: IncomingHttpHeaders) => boolean; onHit: (hit: CacheHit) => void },
): boolean {
  const method = req.method;
  if ((method !== 'GET' && method !== 'HEAD') || req.url === undefined || !options.isAnonymous(req.headers)) return false;
  const entry = cache.lookup(req.url);
  if (!entry) return false;
  const startedAt = performance.now();
  const requestId = requestIdFrom(req.headers);
  let statusCode = 200;
  if (isNotModified(req.headers, entry)) {
    statusCode = 304;
    res.writeHead(304, { ...cache.notModifiedHeaders(entry), 'x-request-id': requestId });
    res.end();
  } else {
    const { body, encoding } = cache.body(entry, pickEncoding(req.headers['accept-encoding']));
    res.writeHead(200, { ...cache.headersFor(entry, encoding, body), 'x-request-id': requestId });
    res.end(method === 'HEAD' ? undefined : body);
  }
  options.onHit({ requestId, method, url: req.url, route: entry.route, statusCode, startedAt, headers: req.headers, ip: req.socket.remoteAddress });
  return true;
}

/** Stores what cache-enabled routes render for anonymous readers, and serves it compressed. */
export function registerPageCacheStore(app: FastifyInstance, cache: PageCache, isAnonymous: (request: FastifyRequest) => boolean): void {
  const CACHED_HEADERS = ['content-type', 'cache-control', 'link'];
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    if (!request.routeOptions.config.pageCache || reply.statusCode !== 200 || typeof payload !== 'string' || !isAnonymous(request)) return payload;
    const headers: Record<string, string> = {};
    for (const name of CACHED_HEADERS) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    const lastModified = reply.getHeader('last-modified');
    const entry = cache.store(request.url, { route: request.routeOptions.url ?? request.url, body: payload, headers, lastModified: typeof lastModified === 'string' ? lastModified : undefined });
    reply.header('etag', entry.etag).header('last-modified', entry.lastModified).header('vary', VARY);
    if (isNotModified(request.headers, entry)) {
      reply.code(304);
      return '';
    }
    const { body, encoding } = cache.body(entry, pickEncoding(request.headers['accept-encoding']));
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return body;
  });
}
