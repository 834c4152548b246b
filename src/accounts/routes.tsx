import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { Invalid } from '../errors.js';
import type { App } from '../platform/http/types.js';
import { formatDate } from '../platform/dates.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { AuditLog } from '../audit/service.js';
import type { AccountHttp } from './http.js';
import { recordAdminSignIn } from './sign-in-audit.js';
import type { AccountService, RegistrationInput } from './service.js';
import type { SessionService } from './sessions.js';
import { AccountPage, CheckEmailPage, LoginPage, RegisterPage, VerifyEmailPage, type RegisterValues } from './views.js';

// Generous bounds at the edge; the real limits are checked by the service with messages.
const text = (max: number) => Type.String({ maxLength: max, default: '' });
const RegisterBody = Type.Object({
  _csrf: text(200), name: text(2000), email: text(2000), password: text(2000), organisation: text(2000), jobRole: text(2000),
  terms: Type.Optional(Type.String({ maxLength: 10 })), newsletter: Type.Optional(Type.String({ maxLength: 10 })),
});
const LoginBody = Type.Object({ _csrf: text(200), email: text(2000), password: text(2000), next: text(2000) });
const EmailBody = Type.Object({ _csrf: text(200), email: text(2000) });
const TokenBody = Type.Object({ _csrf: text(200), token: text(200) });
const TokenQuery = Type.Object({ token: text(200) });
const NextQuery = Type.Object({ next: text(2000) });
const EmailQuery = Type.Object({ email: text(300) });

/** Only a path on this site may be a destination after login (no open redirect). */
export function safeNext(next: string): string {
  return /^\/(?![/\\])[^\s]*$/.test(next) && !next.startsWith('/login') ? next : '/account';
}

function meta(request: FastifyRequest) {
  return { ip: request.ip, userAgent: String(request.headers['user-agent'] ?? '') };
}

function validateRegistration(input: RegistrationInput): Record<string, string | undefined> {
  const email = input.email.trim();
  return {
    name: input.name.trim() === '' ? 'Enter your name.' : input.name.length > 100 ? 'Use at most 100 characters.' : undefined,
    email: email === '' ? 'Enter your email address.' : email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? 'Enter an email address like name@example.org.' : undefined,
    password: input.password === '' ? 'Choose a password.' : undefined,
    organisation: input.organisation.length > 200 ? 'Use at most 200 characters.' : undefined,
    jobRole: input.jobRole.length > 100 ? 'Use at most 100 characters.' : undefined,
    terms: input.acceptsTerms ? undefined : 'You need to accept the terms of use to register.',
  };
}

export interface AccountRouteDeps {
  accounts: AccountService;
  sessions: SessionService;
  http: AccountHttp;
  page: PageContextFactory;
  /** Where editors' and admins' sign-ins are recorded. */
  audit: AuditLog;
  /** Where a person goes once their address is confirmed (personalisation's one-time topic picker). */
  afterConfirmation?: string;
}

export function registerAccountRoutes(app: App, deps: AccountRouteDeps): void {
  const { accounts, http, page } = deps;
  const empty: RegisterValues = { name: '', email: '', organisation: '', jobRole: '', acceptsTerms: false, wantsNewsletter: false };

  app.get('/register', async (request, reply) => {
    if (request.viewer.kind === 'user') return reply.redirect('/account', 303);
    return sendHtml(reply, <RegisterPage ctx={page(request)} csrf={http.formToken(request, reply)} values={empty} />);
  });

  app.post('/register', { schema: { body: RegisterBody } }, async (request, reply) => {
    const body = request.body;
    const input: RegistrationInput = {
      name: body.name, email: body.email, password: body.password, organisation: body.organisation, jobRole: body.jobRole,
      acceptsTerms: body.terms === 'yes', wantsNewsletter: body.newsletter === 'yes',
    };
    try {
      Invalid.check(validateRegistration(input));
      await accounts.register(input, meta(request));
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const values: RegisterValues = { name: input.name, email: input.email, organisation: input.organisation, jobRole: input.jobRole, acceptsTerms: input.acceptsTerms, wantsNewsletter: input.wantsNewsletter };
      return sendHtml(reply, <RegisterPage ctx={page(request)} csrf={http.formToken(request, reply)} values={values} errors={error.fields} />, 400);
    }
    return reply.redirect(`/register/check-email?email=${encodeURIComponent(input.email.trim().toLowerCase())}`, 303);
  });

  app.get('/register/check-email', { schema: { querystring: EmailQuery } }, async (request, reply) => {
    return sendHtml(reply, <CheckEmailPage ctx={page(request)} csrf={http.formToken(request, reply)} email={request.query.email} />);
  });

  app.post('/verify-email/resend', { schema: { body: EmailBody } }, async (request, reply) => {
    const email = request.body.email.trim().slice(0, 254);
    if (email !== '') await accounts.resendVerification(email, meta(request));
    return sendHtml(reply, <CheckEmailPage ctx={page(request)} csrf={http.formToken(request, reply)} email={email} notice="If that address is waiting to be confirmed, a new link is on its way." />);
  });

  // The emailed link opens a page with a button; only the POST uses the token, so mail
  // scanners that follow links cannot use it up.
  app.get('/verify-email', { schema: { querystring: TokenQuery } }, async (request, reply) => {
    return sendHtml(reply, <VerifyEmailPage ctx={page(request)} csrf={http.formToken(request, reply)} token={request.query.token} outcome="confirm" />);
  });

  app.post('/verify-email', { schema: { body: TokenBody } }, async (request, reply) => {
    const user = await accounts.verifyEmail(request.body.token);
    const ctx = page(request);
    if (!user) return sendHtml(reply, <VerifyEmailPage ctx={ctx} csrf={http.formToken(request, reply)} token="" outcome="failed" />, 400);
    // Signed in as the person just confirmed: straight on; otherwise their login leads there.
    const onward = deps.afterConfirmation;
    if (onward && request.viewer.kind === 'user' && request.viewer.id === user.id) return reply.redirect(onward, 303);
    return sendHtml(reply, <VerifyEmailPage ctx={ctx} csrf={http.formToken(request, reply)} token="" outcome="done" loginNext={onward} />);
  });

  app.get('/login', { schema: { querystring: NextQuery } }, async (request, reply) => {
    if (request.viewer.kind === 'user') return reply.redirect(safeNext(request.query.next), 303);
    return sendHtml(reply, <LoginPage ctx={page(request)} csrf={http.formToken(request, reply)} email="" next={safeNext(request.query.next)} />);
  });

  app.post('/login', { schema: { body: LoginBody } }, async (request, reply) => {
    const { email, password, next } = request.body;
    try {
      Invalid.check({ email: email.trim() === '' ? 'Enter your email address.' : undefined, password: password === '' ? 'Enter your password.' : undefined });
      const { sessionId, user } = await accounts.logIn(email, password, meta(request));
      await recordAdminSignIn(deps.audit, user, 'password');
      // A signed-in person's session replaces any earlier one in this browser.
      if (request.viewer.kind === 'user') await accounts.logOut(request.viewer.sessionId);
      http.setSessionCookie(reply, sessionId);
      return reply.redirect(safeNext(next), 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <LoginPage ctx={page(request)} csrf={http.formToken(request, reply)} email={email.slice(0, 254)} next={safeNext(next)} errors={error.fields} />, 400);
    }
  });

  app.post('/logout', async (request, reply) => {
    if (request.viewer.kind === 'user') await accounts.logOut(request.viewer.sessionId);
    http.clearSessionCookie(reply);
    return reply.redirect('/', 303);
  });

  app.get('/account', async (request, reply) => {
    const viewer = request.viewer;
    if (viewer.kind !== 'user') return reply.redirect('/login?next=%2Faccount', 303);
    const overview = await accounts.accountOverview(viewer.id, viewer.sessionId);
    if (!overview) return reply.redirect('/login', 303);
    const { user, sessions } = overview;
    return sendHtml(
      reply,
      <AccountPage
        ctx={page(request)}
        account={{
          name: user.name, email: user.email, isEmailVerified: user.email_verified_at !== null, organisation: user.organisation_name,
          jobRole: user.job_role, role: user.role, memberSince: formatDate(user.created_at), sessions,
        }}
      />,
    );
  });

  app.post('/account/sessions/end-others', async (request, reply) => {
    const viewer = request.viewer;
    if (viewer.kind !== 'user') return reply.redirect('/login', 303);
    await deps.sessions.endAllFor(viewer.id, viewer.sessionId);
    return reply.redirect('/account', 303);
  });
}
