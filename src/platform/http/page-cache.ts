// A response cache for anonymous GET pages. Anonymous readers all see the same page, so
// the rendered HTML (and its gzip/brotli forms, made once) is kept in memory until any
// content changes. A hit skips routing work, rendering, the database and compression;
// the ETag lets browsers revalidate with a 304.
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

interface Entry {
  identity: Buffer;
  gzip?: Buffer;
  br?: Buffer;
  etag: string;
  lastModified: string;
  headers: Record<string, string>;
}

const MAX_ENTRIES = 2000;
const COMPRESS_MIN_BYTES = 1024;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Opt a GET route into the anonymous page cache. */
    pageCache?: boolean;
  }
}

export class PageCache {
  private readonly entries = new Map<string, Entry>();
  private lastChange = new Date().toUTCString();

  get size(): number {
    return this.entries.size;
  }

  /** Forget every cached page: called whenever published content or settings change. */
  invalidate(): void {
    this.entries.clear();
    this.lastChange = new Date().toUTCString();
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

  store(key: string, body: string, headers: Record<string, string>, lastModified?: string): Entry {
    const identity = Buffer.from(body);
    const etag = `"${createHash('sha1').update(identity).digest('base64url')}"`;
    const entry: Entry = { identity, etag, lastModified: lastModified ?? this.lastChange, headers };
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, entry);
    return entry;
  }
}

type Encoding = 'br' | 'gzip' | 'identity';

function pickEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  if (/\bbr\b/.test(acceptEncoding)) return 'br';
  if (/\bgzip\b/.test(acceptEncoding)) return 'gzip';
  return 'identity';
}

function bodyFor(entry: Entry, encoding: Encoding): Buffer {
  if (encoding === 'identity' || entry.identity.length < COMPRESS_MIN_BYTES) return entry.identity;
  if (encoding === 'br') {
    entry.br ??= brotliCompressSync(entry.identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } });
    return entry.br;
  }
  entry.gzip ??= gzipSync(entry.identity, { level: 6 });
  return entry.gzip;
}

function isNotModified(request: FastifyRequest, entry: Entry): boolean {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) return ifNoneMatch.split(/\s*,\s*/).some((tag) => tag === entry.etag || tag === `W/${entry.etag}`);
  const ifModifiedSince = request.headers['if-modified-since'];
  if (ifModifiedSince !== undefined) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Date.parse(entry.lastModified) <= since;
  }
  return false;
}

function sendEntry(request: FastifyRequest, reply: FastifyReply, entry: Entry): FastifyReply {
  reply.headers(entry.headers);
  reply.header('etag', entry.etag).header('last-modified', entry.lastModified).header('vary', 'Accept-Encoding, Cookie');
  if (isNotModified(request, entry)) return reply.code(304).send();
  const encoding = pickEncoding(request.headers['accept-encoding']);
  const body = bodyFor(entry, encoding);
  if (body !== entry.identity) reply.header('content-encoding', encoding);
  return reply.send(body);
}

/**
 * Registers the hooks. `isAnonymous` decides whether a request may share the cache
 * (a signed-in reader's pages differ, so they bypass it).
 */
export function registerPageCache(app: FastifyInstance, cache: PageCache, isAnonymous: (request: FastifyRequest) => boolean): void {
  const CACHED_HEADERS = ['content-type', 'cache-control', 'link'];

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    if (!request.routeOptions.config.pageCache || !isAnonymous(request)) return;
    const entry = cache.lookup(request.url);
    if (entry) return sendEntry(request, reply, entry);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return payload;
    if (!request.routeOptions.config.pageCache || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    if (reply.getHeader('etag') !== undefined) return payload; // already served from the cache
    const headers: Record<string, string> = {};
    for (const name of CACHED_HEADERS) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    const lastModified = reply.getHeader('last-modified');
    const entry = isAnonymous(request)
      ? cache.store(request.url, payload, headers, typeof lastModified === 'string' ? lastModified : undefined)
      : undefined;
    if (!entry) return payload;
    reply.header('etag', entry.etag).header('last-modified', entry.lastModified).header('vary', 'Accept-Encoding, Cookie');
    if (isNotModified(request, entry)) {
      reply.code(304);
      return '';
    }
    const encoding = pickEncoding(request.headers['accept-encoding']);
    const body = bodyFor(entry, encoding);
    if (body !== entry.identity) reply.header('content-encoding', encoding);
    return body;
  });
}
