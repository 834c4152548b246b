// The HTTP side of accounts: reads the session cookie into request.viewer, refuses
// state-changing requests without a valid CSRF token, and keeps signed-in pages private.
import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingHttpHeaders } from 'node:http';
import { checkCsrf, checkSameSite, visitorCsrfToken, type CsrfOptions } from '../platform/http/csrf.js';
import { ANONYMOUS, type Viewer, type ViewerMembership } from './viewer.js';
import type { UserRow } from '../db/schema.js';
import type { SessionService } from './sessions.js';

declare module 'fastify' {
  interface FastifyRequest {
    viewer: Viewer;
  }
}

export interface AccountHttpOptions {
  isHttps: boolean;
  sessionSecret: string;
  publicUrl: string;
}

export class AccountHttp {
  readonly sessionCookie: string;
  readonly csrf: CsrfOptions;
  private readonly sessionCookiePattern: RegExp;

  constructor(
    private readonly sessions: SessionService,
    private readonly options: AccountHttpOptions,
    /** Looks up a person's membership (members domain); injected to keep the domains apart. */
    private readonly membershipOf: (user: UserRow) => Promise<ViewerMembership | undefined> = async () => undefined,
  ) {
    // __Host- cookies must be Secure, which browsers only keep over HTTPS.
    const prefix = options.isHttps ? '__Host-' : '';
    this.sessionCookie = `${prefix}pulse_session`;
    this.sessionCookiePattern = new RegExp(`(?:^|;\\s*)${this.sessionCookie}=`);
    this.csrf = { secret: options.sessionSecret, publicOrigin: new URL(options.publicUrl).origin, cookieName: `${prefix}pulse_csrf`, isHttps: options.isHttps };
  }

  /** Whether a request carries no session cookie, and so may share anonymous cached pages. */
  isAnonymous(headers: IncomingHttpHeaders): boolean {
    return headers.cookie === undefined || !this.sessionCookiePattern.test(headers.cookie);
  }

  setSessionCookie(reply: FastifyReply, sessionId: string): void {
    reply.setCookie(this.sessionCookie, sessionId, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.options.isHttps });
  }

  clearSessionCookie(reply: FastifyReply): void {
    reply.clearCookie(this.sessionCookie, { path: '/', httpOnly: true, sameSite: 'lax', secure: this.options.isHttps });
  }

  /** The CSRF token for a form on this page: the session's, or a visitor token. */
  formToken(request: FastifyRequest, reply: FastifyReply): string {
    return request.viewer.kind === 'user' ? request.viewer.csrfToken : visitorCsrfToken(request, reply, this.csrf);
  }

  async register(app: FastifyInstance): Promise<void> {
    await app.register(cookie);
    // Set by the hook below on every request; null is only the placeholder Fastify needs.
    app.decorateRequest('viewer', null as never);

    app.addHook('onRequest', async (request, reply) => {
      request.viewer = ANONYMOUS;
      const id = request.cookies[this.sessionCookie];
      if (id === undefined) return;
      const active = await this.sessions.resume(id);
      if (!active) {
        // Unknown, tampered or expired: forget it, and carry on as a visitor.
        this.clearSessionCookie(reply);
        return;
      }
      const { user, session } = active;
      request.viewer = {
        kind: 'user',
        id: user.id,
        name: user.name,
        email: user.email,
        role: user.role,
        isEmailVerified: user.email_verified_at !== null,
        membership: await this.membershipOf(user),
        sessionId: id,
        csrfToken: session.csrf_token,
      };
    });

    // preValidation: after the body is parsed (the token is in it) but before schema
    // validation, so a forged request is refused as forged, never answered with form errors.
    app.addHook('preValidation', async (request) => {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
      if (request.routeOptions.config.csrfExempt === 'signed-link') return;
      if (request.routeOptions.config.csrfExempt === 'no-session') return checkSameSite(request, this.csrf);
      checkCsrf(request, this.csrf, request.viewer.kind === 'user' ? request.viewer.csrfToken : undefined);
    });

    // What a signed-in person sees is theirs alone: never stored by browsers or proxies.
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.viewer?.kind === 'user') reply.header('cache-control', 'private, no-store');
      return payload;
    });
  }
}
