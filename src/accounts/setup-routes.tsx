import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Invalid } from '../errors.js';
import type { App } from '../platform/http/types.js';
import type { PageContextFactory } from '../web/render.js';
import type { AuditLog } from '../audit/service.js';
import type { AccountHttp } from './http.js';
import { recordAdminSignIn } from './sign-in-audit.js';
import type { SessionService } from './sessions.js';
import type { SetupLinkState, SetupService } from './setup.js';
import { SetupPage, SetupProblemPage } from './setup-views.js';

const text = (max: number) => Type.String({ maxLength: max, default: '' });
const TokenQuery = Type.Object({ token: text(200) });
const SetupBody = Type.Object({ _csrf: text(200), token: text(200), name: text(2000), email: text(2000), password: text(2000) });

export interface SetupRouteDeps {
  setup: SetupService;
  sessions: SessionService;
  http: AccountHttp;
  page: PageContextFactory;
  /** Where the new administrator's first sign-in is recorded. */
  audit: AuditLog;
}

function meta(request: FastifyRequest) {
  return { ip: request.ip, userAgent: String(request.headers['user-agent'] ?? '') };
}

/** Setup pages carry a live token: never stored by browsers or proxies. */
async function sendPrivateHtml(reply: FastifyReply, html: JSX.Element, status = 200): Promise<FastifyReply> {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(await html);
}

const STATUS: Record<Exclude<SetupLinkState['kind'], 'usable'>, number> = { missing: 400, invalid: 400, 'already-set-up': 404 };

export function registerSetupRoutes(app: App, deps: SetupRouteDeps): void {
  const { setup, http, page } = deps;

  // The printed link opens a form; only its POST uses the token (like email confirmation).
  app.get('/setup', { schema: { querystring: TokenQuery } }, async (request, reply) => {
    const token = request.query.token;
    const link = await setup.checkLink(token);
    if (link.kind !== 'usable') return sendPrivateHtml(reply, <SetupProblemPage ctx={page(request)} problem={link.kind} />, STATUS[link.kind]);
    const values = { name: '', email: link.lockedEmail ?? '' };
    return sendPrivateHtml(reply, <SetupPage ctx={page(request)} csrf={http.formToken(request, reply)} token={token} lockedEmail={link.lockedEmail} values={values} />);
  });

  app.post('/setup', { schema: { body: SetupBody } }, async (request, reply) => {
    const { token, name, email, password } = request.body;
    try {
      const outcome = await setup.completeSetup(token, { name, email, password }, meta(request));
      if (outcome.kind !== 'done') return sendPrivateHtml(reply, <SetupProblemPage ctx={page(request)} problem={outcome.kind} />, STATUS[outcome.kind]);
      // The new admin's session replaces any earlier one in this browser.
      if (request.viewer.kind === 'user') await deps.sessions.end(request.viewer.sessionId);
      await recordAdminSignIn(deps.audit, { id: outcome.userId, name: name.trim(), email: outcome.email, role: 'admin' }, 'setup');
      http.setSessionCookie(reply, outcome.sessionId);
      return reply.redirect('/admin', 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const link = await setup.checkLink(token);
      const lockedEmail = link.kind === 'usable' ? link.lockedEmail : undefined;
      const values = { name: name.slice(0, 100), email: lockedEmail ?? email.slice(0, 254) };
      return sendPrivateHtml(reply, <SetupPage ctx={page(request)} csrf={http.formToken(request, reply)} token={token} lockedEmail={lockedEmail} values={values} errors={error.fields} />, 400);
    }
  });
}
