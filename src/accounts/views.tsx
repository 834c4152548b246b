import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { CheckboxField, CsrfField, ErrorSummary, TextField, type FieldErrors } from '../web/forms.js';
import type { SessionRow } from '../db/schema.js';
import { formatDate, formatTime } from '../platform/dates.js';
import { ManageAccountLinks } from './recovery-views.js';

export interface RegisterValues {
  name: string;
  email: string;
  organisation: string;
  jobRole: string;
  acceptsTerms: boolean;
  wantsNewsletter: boolean;
}

const REGISTER_LABELS = { name: 'Full name', email: 'Email address', password: 'Password', organisation: 'Organisation', jobRole: 'Job role', terms: 'Terms of use' };

export function RegisterPage({ ctx, csrf, values, errors = {} }: { ctx: PageContext; csrf: string; values: RegisterValues; errors?: FieldErrors }): JSX.Element {
  return (
    <Layout ctx={ctx} title={Object.keys(errors).length > 0 ? 'Error: Register' : 'Register'} noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Register' }]}>
      <div class="form-page">
        <h1>Create your account</h1>
        <p class="lede">Registration is free. Already registered? <a href="/login">Log in</a>.</p>
        <ErrorSummary errors={errors} labels={REGISTER_LABELS} />
        <form method="post" action="/register" novalidate>
          <CsrfField token={csrf} />
          <TextField name="name" label={REGISTER_LABELS.name} value={values.name} error={errors.name} autocomplete="name" required maxlength={100} />
          <TextField name="email" type="email" label={REGISTER_LABELS.email} value={values.email} error={errors.email} autocomplete="email" required maxlength={254} hint="We will send you a link to confirm it." />
          <TextField name="password" type="password" label={REGISTER_LABELS.password} error={errors.password} autocomplete="new-password" required maxlength={128} hint="At least 8 characters. A few unrelated words make a strong password." />
          <TextField name="organisation" label={`${REGISTER_LABELS.organisation} (optional)`} value={values.organisation} error={errors.organisation} autocomplete="organization" maxlength={200} />
          <TextField name="jobRole" label={`${REGISTER_LABELS.jobRole} (optional)`} value={values.jobRole} error={errors.jobRole} autocomplete="organization-title" maxlength={100} />
          <CheckboxField name="terms" label="I accept the terms of use and have read the privacy notice" checked={values.acceptsTerms} error={errors.terms} />
          <p class="field__hint"><a href="/privacy">Read the privacy notice</a></p>
          <CheckboxField name="newsletter" label="Send me the monthly newsletter" checked={values.wantsNewsletter} hint="Optional. You can change this at any time." />
          <button type="submit">Create account</button>
        </form>
      </div>
    </Layout>
  );
}

export function CheckEmailPage({ ctx, csrf, email, notice }: { ctx: PageContext; csrf: string; email: string; notice?: string }): JSX.Element {
  return (
    <Layout ctx={ctx} title="Check your email" noindex>
      <div class="form-page">
        <h1>Check your email</h1>
        {notice ? <p class="notice" role="status" safe>{notice}</p> : ''}
        <p>If <strong safe>{email || 'your address'}</strong> can be registered, we have sent a message to it. Open the link in it to confirm your address and finish registering.</p>
        <p>The link expires in 24 hours. It can take a few minutes to arrive; check your spam folder too.</p>
        <form method="post" action="/verify-email/resend">
          <CsrfField token={csrf} />
          <input type="hidden" name="email" value={email} />
          <button type="submit" class="button--secondary">Send the link again</button>
        </form>
      </div>
    </Layout>
  );
}

export function VerifyEmailPage({ ctx, csrf, token, outcome, loginNext }: { ctx: PageContext; csrf: string; token: string; outcome: 'confirm' | 'done' | 'failed'; loginNext?: string }): JSX.Element {
  return (
    <Layout ctx={ctx} title={outcome === 'failed' ? 'That link does not work' : 'Confirm your email address'} noindex>
      <div class="form-page">
        {outcome === 'confirm' ? (
          <>
            <h1>Confirm your email address</h1>
            <p>Press the button to confirm your address and activate your account.</p>
            <form method="post" action="/verify-email">
              <CsrfField token={csrf} />
              <input type="hidden" name="token" value={token} />
              <button type="submit">Confirm my email address</button>
            </form>
          </>
        ) : outcome === 'done' ? (
          <>
            <h1>Your email address is confirmed</h1>
            <p>Thank you. Your account is active.</p>
            <p><a class="button" href={ctx.viewer.kind === 'user' ? '/account' : loginNext ? `/login?next=${encodeURIComponent(loginNext)}` : '/login'}>{ctx.viewer.kind === 'user' ? 'Go to your account' : 'Log in'}</a></p>
          </>
        ) : (
          <>
            <h1>That link does not work</h1>
            <p>It may have been used already or have expired (links last 24 hours). If you have confirmed your address already, you can <a href="/login">log in</a>. Otherwise, ask for a new link:</p>
            <form method="post" action="/verify-email/resend" novalidate>
              <CsrfField token={csrf} />
              <TextField name="email" type="email" label="Email address" autocomplete="email" required maxlength={254} />
              <button type="submit">Send a new link</button>
            </form>
          </>
        )}
      </div>
    </Layout>
  );
}

export function LoginPage({ ctx, csrf, email, next, errors = {} }: { ctx: PageContext; csrf: string; email: string; next: string; errors?: FieldErrors }): JSX.Element {
  return (
    <Layout ctx={ctx} title={Object.keys(errors).length > 0 ? 'Error: Log in' : 'Log in'} noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Log in' }]}>
      <div class="form-page">
        <h1>Log in</h1>
        <p class="lede">New here? <a href="/register">Create an account</a>; it is free.</p>
        <ErrorSummary errors={errors} labels={{ email: 'Email address', password: 'Password' }} />
        <form method="post" action="/login" novalidate>
          <CsrfField token={csrf} />
          <input type="hidden" name="next" value={next} />
          <TextField name="email" type="email" label="Email address" value={email} error={errors.email} autocomplete="username" required maxlength={254} />
          <TextField name="password" type="password" label="Password" error={errors.password} autocomplete="current-password" required maxlength={128} />
          <button type="submit">Log in</button>
        </form>
        <ul>
          <li><a href="/login/forgotten">Forgotten your password?</a></li>
          <li><a href="/login/email-link">Email me a link to log in instead</a></li>
        </ul>
      </div>
    </Layout>
  );
}

function describeDevice(userAgent: string): string {
  const browser = /Firefox\//.test(userAgent) ? 'Firefox' : /Edg\//.test(userAgent) ? 'Edge' : /Chrome\//.test(userAgent) ? 'Chrome' : /Safari\//.test(userAgent) ? 'Safari' : 'A browser';
  const system = /Windows/.test(userAgent) ? 'Windows' : /Android/.test(userAgent) ? 'Android' : /iPhone|iPad/.test(userAgent) ? 'iOS' : /Mac OS/.test(userAgent) ? 'macOS' : /Linux/.test(userAgent) ? 'Linux' : 'an unknown system';
  return `${browser} on ${system}`;
}

export interface AccountView {
  name: string;
  email: string;
  isEmailVerified: boolean;
  organisation: string;
  jobRole: string;
  role: string;
  memberSince: string;
  sessions: (Pick<SessionRow, 'last_seen_at' | 'created_at' | 'user_agent' | 'ip'> & { isCurrent: boolean })[];
}

export function AccountPage({ ctx, account, notice }: { ctx: PageContext; account: AccountView; notice?: string }): JSX.Element {
  const csrf = ctx.viewer.kind === 'user' ? ctx.viewer.csrfToken : '';
  return (
    <Layout ctx={ctx} title="Your account" noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Your account' }]}>
      <h1>Your account</h1>
      {notice ? <p class="notice" role="status" safe>{notice}</p> : ''}
      {!account.isEmailVerified ? (
        <div class="notice" role="status">
          <p>Please confirm your email address using the link we sent you.</p>
          <form method="post" action="/verify-email/resend">
            <CsrfField token={csrf} />
            <input type="hidden" name="email" value={account.email} />
            <button type="submit" class="button--secondary">Send the link again</button>
          </form>
        </div>
      ) : ''}
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">Profile</h2>
        <dl class="summary-list">
          <dt>Name</dt><dd safe>{account.name}</dd>
          <dt>Email</dt><dd><span safe>{account.email}</span>{account.isEmailVerified ? ' (confirmed)' : ' (not yet confirmed)'}</dd>
          <dt>Organisation</dt><dd safe>{account.organisation || 'Not given'}</dd>
          <dt>Job role</dt><dd safe>{account.jobRole || 'Not given'}</dd>
          <dt>Member since</dt><dd safe>{account.memberSince}</dd>
        </dl>
      </section>
      <section aria-labelledby="interests-heading">
        <h2 id="interests-heading">Your interests</h2>
        <ul>
          <li><a href="/account/interests">Topics you follow and your profile</a></li>
          <li><a href="/account/interests#feed">Your private feed</a></li>
          <li><a href="/account/interests#history">Your reading history</a></li>
          <li><a href="/account/newsletters">Your newsletters and topic alerts</a></li>
        </ul>
      </section>
      <section aria-labelledby="member-heading">
        <h2 id="member-heading">Membership</h2>
        <ul>
          <li><a href="/account/membership">Your membership</a></li>
          <li><a href="/account/benefits">Your member benefits</a></li>
        </ul>
      </section>
      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading">Comments and gifts</h2>
        <ul>
          <li><a href="/account/comments">Emails about your comments</a></li>
          <li><a href="/account/gifts">Gift links you have sent</a></li>
        </ul>
      </section>
      <ManageAccountLinks />
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">Where you are logged in</h2>
        <ul class="session-list">
          {account.sessions.map((s) => (
            <li>
              <strong safe>{describeDevice(s.user_agent)}</strong>
              {s.isCurrent ? ' (this browser)' : ''}
              <span class="session-list__meta" safe>{`Last active ${formatDate(s.last_seen_at)} at ${formatTime(s.last_seen_at)}; logged in ${formatDate(s.created_at)}`}</span>
            </li>
          ))}
        </ul>
        <form method="post" action="/account/sessions/end-others">
          <CsrfField token={csrf} />
          <button type="submit" class="button--secondary">Log out everywhere else</button>
        </form>
      </section>
    </Layout>
  );
}

export { Html };
