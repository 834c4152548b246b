// HTTP for logging in by link, password reset and the account changes that need a fresh
// login. Emailed links open a page with a button; only its POST uses the token.
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Invalid } from '../errors.js';
import type { App } from '../platform/http/types.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { AuditLog } from '../audit/service.js';
import type { AccountHttp } from './http.js';
import { recordAdminSignIn } from './sign-in-audit.js';
import type { RecoveryService, SignedIn } from './recovery-service.js';
import {
  AccountDeletedPage, ChangeEmailPage, ChangePasswordPage, ConfirmEmailChangePage, ConfirmPasswordPage, DeleteAccountPage, EmailChangeSentPage, EmailLinkPage, ExportPage,
  ForgottenPasswordPage, LinkLoginPage, LinkSentPage, PasswordChangedPage, ResetPasswordPage, SecurityPage,
} from './recovery-views.js';

// Generous bounds at the edge; the service checks the real limits with messages.
const text = (max: number) => Type.String({ maxLength: max, default: '' });
const EmailBody = Type.Object({ _csrf: text(200), email: text(2000) });
const TokenBody = Type.Object({ _csrf: text(200), token: text(200) });
const TokenQuery = Type.Object({ token: text(200) });
const ResetBody = Type.Object({ _csrf: text(200), token: text(200), password: text(2000) });
const ConfirmBody = Type.Object({ _csrf: text(200), password: text(2000), next: text(2000) });
const NextQuery = Type.Object({ next: text(2000) });
const ChangePasswordBody = Type.Object({ _csrf: text(200), currentPassword: text(2000), newPassword: text(2000) });
const DoneQuery = Type.Object({ done: text(40) });

/** The pages a password confirmation may continue to (no open redirect). */
const FRESH_PAGES = new Set(['/account/password', '/account/email', '/account/export', '/account/delete']);
const safeFreshNext = (next: string) => (FRESH_PAGES.has(next) ? next : '/account/security');

const NOTICES: Record<string, string> = {
  password: 'Your password has been changed. You have been logged out everywhere else.',
};

function meta(request: FastifyRequest) {
  return { ip: request.ip, userAgent: String(request.headers['user-agent'] ?? '') };
}

export interface RecoveryRouteDeps {
  recovery: RecoveryService;
  http: AccountHttp;
  page: PageContextFactory;
  /** Where editors' and admins' sign-ins are recorded. */
  audit: AuditLog;
}

export function registerRecoveryRoutes(app: App, deps: RecoveryRouteDeps): void {
  const { recovery, http, page } = deps;
  const csrf = (request: FastifyRequest, reply: FastifyReply) => http.formToken(request, reply);

  /** The signed-in person when their login is fresh; otherwise redirects (to log in, or to confirm the password). */
  async function freshViewer(request: FastifyRequest, reply: FastifyReply, path: string): Promise<SignedIn | undefined> {
    const viewer = request.viewer;
    if (viewer.kind !== 'user') {
      await reply.redirect(`/login?next=${encodeURIComponent(path)}`, 303);
      return undefined;
    }
    if (!(await recovery.isFresh(viewer))) {
      await reply.redirect(`/account/confirm-password?next=${encodeURIComponent(path)}`, 303);
      return undefined;
    }
    return viewer;
  }

  // ---- logging in by emailed link ----

  app.get('/login/email-link', async (request, reply) => {
    if (request.viewer.kind === 'user') return reply.redirect('/account', 303);
    return sendHtml(reply, <EmailLinkPage ctx={page(request)} csrf={csrf(request, reply)} email="" />);
  });

  app.post('/login/email-link', { schema: { body: EmailBody } }, async (request, reply) => {
    const email = request.body.email.trim().slice(0, 254);
    try {
      await recovery.requestLoginLink(email, meta(request));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <EmailLinkPage ctx={page(request)} csrf={csrf(request, reply)} email={email} errors={error.fields} />, 400);
    }
    return sendHtml(reply, <LinkSentPage ctx={page(request)} csrf={csrf(request, reply)} email={email.toLowerCase()} kind="login" />);
  });

  app.get('/login/link', { schema: { querystring: TokenQuery } }, async (request, reply) => {
    return sendHtml(reply, <LinkLoginPage ctx={page(request)} csrf={csrf(request, reply)} token={request.query.token} outcome="confirm" />);
  });

  app.post('/login/link', { schema: { body: TokenBody } }, async (request, reply) => {
    const previousSessionId = request.viewer.kind === 'user' ? request.viewer.sessionId : undefined;
    const result = await recovery.logInWithLink(request.body.token, meta(request), previousSessionId);
    if (!result) return sendHtml(reply, <LinkLoginPage ctx={page(request)} csrf={csrf(request, reply)} token="" outcome="failed" />, 400);
    await recordAdminSignIn(deps.audit, result.user, 'link');
    http.setSessionCookie(reply, result.sessionId);
    return reply.redirect('/account', 303);
  });

  // ---- forgotten password ----

  app.get('/login/forgotten', async (request, reply) => {
    return sendHtml(reply, <ForgottenPasswordPage ctx={page(request)} csrf={csrf(request, reply)} email="" />);
  });

  app.post('/login/forgotten', { schema: { body: EmailBody } }, async (request, reply) => {
    const email = request.body.email.trim().slice(0, 254);
    try {
      await recovery.requestPasswordReset(email, meta(request));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <ForgottenPasswordPage ctx={page(request)} csrf={csrf(request, reply)} email={email} errors={error.fields} />, 400);
    }
    return sendHtml(reply, <LinkSentPage ctx={page(request)} csrf={csrf(request, reply)} email={email.toLowerCase()} kind="reset" />);
  });

  app.get('/login/reset', { schema: { querystring: TokenQuery } }, async (request, reply) => {
    const token = request.query.token;
    const isUsable = await recovery.isResetLinkUsable(token);
    return sendHtml(reply, <ResetPasswordPage ctx={page(request)} csrf={csrf(request, reply)} token={isUsable ? token : ''} outcome={isUsable ? 'form' : 'failed'} />, isUsable ? 200 : 400);
  });

  app.post('/login/reset', { schema: { body: ResetBody } }, async (request, reply) => {
    const { token, password } = request.body;
    try {
      if (!(await recovery.resetPassword(token, password))) {
        return sendHtml(reply, <ResetPasswordPage ctx={page(request)} csrf={csrf(request, reply)} token="" outcome="failed" />, 400);
      }
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <ResetPasswordPage ctx={page(request)} csrf={csrf(request, reply)} token={token} outcome="form" errors={error.fields} />, 400);
    }
    http.clearSessionCookie(reply);
    return reply.redirect('/login/password-changed', 303);
  });

  app.get('/login/password-changed', async (request, reply) => {
    return sendHtml(reply, <PasswordChangedPage ctx={page(request)} csrf={csrf(request, reply)} />);
  });

  // ---- account changes (each needs a fresh login) ----

  app.get('/account/security', { schema: { querystring: DoneQuery } }, async (request, reply) => {
    if (request.viewer.kind !== 'user') return reply.redirect('/login?next=%2Faccount%2Fsecurity', 303);
    return sendHtml(reply, <SecurityPage ctx={page(request)} notice={NOTICES[request.query.done]} />);
  });

  app.get('/account/confirm-password', { schema: { querystring: NextQuery } }, async (request, reply) => {
    const next = safeFreshNext(request.query.next);
    if (request.viewer.kind !== 'user') return reply.redirect(`/login?next=${encodeURIComponent(next)}`, 303);
    return sendHtml(reply, <ConfirmPasswordPage ctx={page(request)} csrf={csrf(request, reply)} next={next} />);
  });

  app.post('/account/confirm-password', { schema: { body: ConfirmBody } }, async (request, reply) => {
    const next = safeFreshNext(request.body.next);
    const viewer = request.viewer;
    if (viewer.kind !== 'user') return reply.redirect(`/login?next=${encodeURIComponent(next)}`, 303);
    try {
      await recovery.confirmPassword(viewer, request.body.password, meta(request));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <ConfirmPasswordPage ctx={page(request)} csrf={csrf(request, reply)} next={next} errors={error.fields} />, 400);
    }
    return reply.redirect(next, 303);
  });

  app.get('/account/password', async (request, reply) => {
    const viewer = await freshViewer(request, reply, '/account/password');
    if (!viewer) return reply;
    const { hasPassword } = await recovery.credentialsOf(viewer);
    return sendHtml(reply, <ChangePasswordPage ctx={page(request)} csrf={csrf(request, reply)} hasPassword={hasPassword} />);
  });

  app.post('/account/password', { schema: { body: ChangePasswordBody } }, async (request, reply) => {
    const viewer = await freshViewer(request, reply, '/account/password');
    if (!viewer) return reply;
    try {
      await recovery.changePassword(viewer, request.body, meta(request));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const { hasPassword } = await recovery.credentialsOf(viewer);
      return sendHtml(reply, <ChangePasswordPage ctx={page(request)} csrf={csrf(request, reply)} hasPassword={hasPassword} errors={error.fields} />, 400);
    }
    return reply.redirect('/account/security?done=password', 303);
  });

  app.get('/account/email', async (request, reply) => {
    const viewer = await freshViewer(request, reply, '/account/email');
    if (!viewer) return reply;
    const { email } = await recovery.credentialsOf(viewer);
    return sendHtml(reply, <ChangeEmailPage ctx={page(request)} csrf={csrf(request, reply)} currentEmail={email} email="" />);
  });

  app.post('/account/email', { schema: { body: EmailBody } }, async (request, reply) => {
    const viewer = await freshViewer(request, reply, '/account/email');
    if (!viewer) return reply;
    const typed = request.body.email.trim().slice(0, 254);
    try {
      const email = await recovery.requestEmailChange(viewer, typed);
      return sendHtml(reply, <EmailChangeSentPage ctx={page(request)} email={email} />);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const { email } = await recovery.credentialsOf(viewer);
      return sendHtml(reply, <ChangeEmailPage ctx={page(request)} csrf={csrf(request, reply)} currentEmail={email} email={typed} errors={error.fields} />, 400);
    }
  });

  // The link may be opened in any browser, signed in or not: the token names the account.
  app.get('/account/email/confirm', { schema: { querystring: TokenQuery } }, async (request, reply) => {
    return sendHtml(reply, <ConfirmEmailChangePage ctx={page(request)} csrf={csrf(request, reply)} token={request.query.token} outcome="confirm" />);
  });

  app.post('/account/email/confirm', { schema: { body: TokenBody } }, async (request, reply) => {
    const outcome = await recovery.confirmEmailChange(request.body.token);
    return sendHtml(reply, <ConfirmEmailChangePage ctx={page(request)} csrf={csrf(request, reply)} token="" outcome={outcome} />, outcome === 'changed' ? 200 : 400);
  });

  app.get('/account/export', async (request, reply) => {
    const viewer = await freshViewer(request, reply, '/account/export');
    if (!viewer) return reply;
    return sendHtml(reply, <ExportPage ctx={page(request)} />);
  });

  app.get('/account/export.json', async (request, reply) => {
    const viewer = await freshViewer(request, reply, '/account/export');
    if (!viewer) return reply;
    const data = await recovery.exportData(viewer);
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="my-data.json"')
      .send(JSON.stringify(data, null, 2));
  });

  app.get('/account/delete', async (request, reply) => {
    const viewer = await freshViewer(request, reply, '/account/delete');
    if (!viewer) return reply;
    const { email } = await recovery.credentialsOf(viewer);
    return sendHtml(reply, <DeleteAccountPage ctx={page(request)} csrf={csrf(request, reply)} currentEmail={email} typed="" />);
  });

  app.post('/account/delete', { schema: { body: EmailBody } }, async (request, reply) => {
    const viewer = await freshViewer(request, reply, '/account/delete');
    if (!viewer) return reply;
    const typed = request.body.email.slice(0, 254);
    try {
      await recovery.deleteAccount(viewer, typed);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const { email } = await recovery.credentialsOf(viewer);
      return sendHtml(reply, <DeleteAccountPage ctx={page(request)} csrf={csrf(request, reply)} currentEmail={email} typed={typed} errors={error.fields} />, 400);
    }
    http.clearSessionCookie(reply);
    return reply.redirect('/account/deleted', 303);
  });

  app.get('/account/deleted', async (request, reply) => {
    return sendHtml(reply, <AccountDeletedPage ctx={page(request)} />);
  });
}
