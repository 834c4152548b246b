// CSRF defence in two layers for every state-changing request (ASVS 5.0 3.5):
// 1. the browser's own signals: Sec-Fetch-Site "cross-site" or a foreign Origin/Referer is refused;
// 2. a token in every form: the session's token for signed-in people, and for visitors a
//    signed double-submit token (HMAC of a random cookie value with the server secret).
import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';
import { Forbidden } from '../../errors.js';

export const CSRF_FIELD = '_csrf';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route is authorised by a signed token in its URL, not by a session, and must accept
     * a POST from a mail provider (RFC 8058 one-click unsubscribe): no CSRF token is asked for.
     * Only for routes whose whole effect is what the token's owner asked for.
     * 'no-session': the route ignores who is signed in (a visitor's newsletter sign-up, whose
     * form sits on pages cached for everyone, so it cannot carry a per-visitor token); only
     * the browser's same-site signals are checked.
     */
    csrfExempt?: 'signed-link' | 'no-session';
  }
}

const STALE_MESSAGE = 'This form has expired or was sent from another site, so nothing was changed. Go back, reload the page and send it again.';

export interface CsrfOptions {
  secret: string;
  /** The site's own origin (from PUBLIC_URL). */
  publicOrigin: string;
  /** Name of the visitor cookie (with the __Host- prefix over HTTPS). */
  cookieName: string;
  isHttps: boolean;
}

function sign(secret: string, value: string): string {
  return createHmac('sha256', secret).update(`csrf:${value}`).digest('base64url');
}

/** The token to put in a visitor's form, setting the visitor cookie when there is none yet. */
export function visitorCsrfToken(request: FastifyRequest, reply: FastifyReply, options: CsrfOptions): string {
  let value = request.cookies[options.cookieName];
  if (!value || !/^[A-Za-z0-9_-]{22,64}$/.test(value)) {
    value = randomBytes(18).toString('base64url');
    reply.setCookie(options.cookieName, value, { path: '/', httpOnly: true, sameSite: 'lax', secure: options.isHttps });
  }
  return sign(options.secret, value);
}

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return 'invalid';
  }
}

/** Refuses a request the browser says came from another site (Sec-Fetch-Site, Origin, Referer). */
export function checkSameSite(request: FastifyRequest, options: CsrfOptions): void {
  if (request.headers['sec-fetch-site'] === 'cross-site') throw new Forbidden(STALE_MESSAGE);
  const ownOrigins = new Set([options.publicOrigin, `${options.isHttps ? 'https' : 'http'}://${request.headers.host ?? ''}`]);
  const origin = request.headers.origin ?? originOf(request.headers.referer);
  if (origin !== undefined && origin !== 'null' && !ownOrigins.has(origin)) throw new Forbidden(STALE_MESSAGE);
  if (origin === 'null') throw new Forbidden(STALE_MESSAGE);
}

/** Refuses a state-changing request that did not come from one of our own forms. */
export function checkCsrf(request: FastifyRequest, options: CsrfOptions, sessionToken: string | undefined): void {
  checkSameSite(request, options);
  const body = request.body as Record<string, unknown> | undefined;
  const sent = typeof body?.[CSRF_FIELD] === 'string' ? (body[CSRF_FIELD] as string) : (request.headers['x-csrf-token'] as string | undefined);
  if (!sent) throw new Forbidden(STALE_MESSAGE);
  const expected = sessionToken ?? (request.cookies[options.cookieName] ? sign(options.secret, request.cookies[options.cookieName]!) : undefined);
  if (!expected || sent.length !== expected.length || !timingSafeEqualStrings(sent, expected)) throw new Forbidden(STALE_MESSAGE);
}

function timingSafeEqualStrings(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}
