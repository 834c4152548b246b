import type { FastifyReply, FastifyRequest } from 'fastify';
import type { PageContext } from './context.js';
import type { AssetRegistry } from '../platform/http/assets.js';
import type { SettingsService } from '../site/settings.js';
import { ANONYMOUS } from '../accounts/viewer.js';

export type PageContextFactory = (request: FastifyRequest) => PageContext;

export function createPageContextFactory(deps: { settings: SettingsService; assets: AssetRegistry; publicUrl: string }): PageContextFactory {
  const asset = (file: string) => deps.assets.url(file);
  return (request) => ({
    site: deps.settings.settings,
    asset,
    publicUrl: deps.publicUrl,
    path: request.url.split('?')[0] ?? '/',
    viewer: request.viewer ?? ANONYMOUS,
  });
}

/** Sends a rendered page. Anonymous HTML is revalidated on every use (ETag makes that cheap). */
export async function sendHtml(reply: FastifyReply, html: JSX.Element, status = 200): Promise<FastifyReply> {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(await html);
}
