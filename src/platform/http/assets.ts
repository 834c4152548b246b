// Fingerprinted static assets: every file in web/assets is read once at start-up, named
// by its content hash (site.3f9a1c2b.css) and served with a year of immutable caching.
// A changed file gets a new name, so browsers never see a stale stylesheet.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

interface Asset {
  contentType: string;
  identity: Buffer;
  gzip: Buffer;
  br: Buffer;
}

export class AssetRegistry {
  private readonly byPublicName = new Map<string, Asset>();
  private readonly urls = new Map<string, string>();

  constructor(directory: string) {
    for (const file of fs.readdirSync(directory)) {
      const ext = path.extname(file);
      const contentType = TYPES[ext];
      if (!contentType) continue;
      const identity = fs.readFileSync(path.join(directory, file));
      const hash = createHash('sha256').update(identity).digest('hex').slice(0, 10);
      const publicName = `${path.basename(file, ext)}.${hash}${ext}`;
      this.byPublicName.set(publicName, { contentType, identity, gzip: gzipSync(identity, { level: 9 }), br: brotliCompressSync(identity) });
      this.urls.set(file, `/assets/${publicName}`);
    }
  }

  /** The fingerprinted URL of an asset by its source file name, e.g. url('site.css'). */
  url(file: string): string {
    const url = this.urls.get(file);
    if (!url) throw new Error(`No asset named ${file} in web/assets`);
    return url;
  }

  get(publicName: string): Asset | undefined {
    return this.byPublicName.get(publicName);
  }
}

export function registerAssetRoutes(app: FastifyInstance, assets: AssetRegistry): void {
  app.get('/assets/:name', { schema: { params: Type.Object({ name: Type.String({ maxLength: 200 }) }) } }, async (request, reply) => {
    const { name } = request.params as { name: string };
    const asset = assets.get(name);
    if (!asset) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    const accept = request.headers['accept-encoding'] ?? '';
    reply.header('cache-control', 'public, max-age=31536000, immutable').header('vary', 'Accept-Encoding').type(asset.contentType);
    if (/\bbr\b/.test(accept)) return reply.header('content-encoding', 'br').send(asset.br);
    if (/\bgzip\b/.test(accept)) return reply.header('content-encoding', 'gzip').send(asset.gzip);
    return reply.send(asset.identity);
  });
}
