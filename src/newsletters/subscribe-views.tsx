// /newsletter (what the newsletter and topic alerts are, with the full sign-up form), the
// "check your email" answer, and the confirmation page the emailed link opens.
import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { CheckboxField, ErrorSummary, TextField, type FieldErrors } from '../web/forms.js';
import { CsrfField } from '../web/forms.js';
import { MONTHLY_WORDING } from './subscribers-service.js';

export const SIGNUP_LABELS = { email: 'Email address', consent: 'Consent' };

export interface SignupValues {
  email: string;
  hasConsented: boolean;
  source: string;
}

export function NewsletterPage({ ctx, values, errors = {} }: { ctx: PageContext; values: SignupValues; errors?: FieldErrors }): JSX.Element {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout ctx={ctx} title={hasErrors ? 'Error: Newsletter' : 'Newsletter'} breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Newsletter' }]}>
      <div class="form-page newsletter">
        <h1>Our newsletter</h1>
        <p class="lede">Once a month, one email with the news, reports and events we published, and what is coming up.</p>
        <p>Members who sign in get it tailored: a few picks for them alongside the month’s highlights.</p>
        <h2>Topic alerts</h2>
        <p>If you have an account, you can also get an email about the topics you follow: as soon as something is published, or once a week. Choose them in <a href="/account/newsletters">your newsletter settings</a>.</p>
        <p><a href="/newsletter/archive">Read past issues</a></p>
        <h2 id="signup-heading">Sign up</h2>
        <ErrorSummary errors={errors} labels={SIGNUP_LABELS} />
        <form method="post" action="/newsletter/subscribe" novalidate aria-labelledby="signup-heading">
          <input type="hidden" name="source" value={values.source} />
          <TextField name="email" type="email" label={SIGNUP_LABELS.email} value={values.email} error={errors.email} autocomplete="email" required maxlength={254} hint="We will send you a link to confirm it. Nothing else is sent until you do." />
          <CheckboxField name="consent" label={MONTHLY_WORDING} checked={values.hasConsented} error={errors.consent} hint="Read how we use your address in the privacy notice." />
          <p class="field__hint"><a href="/privacy">Privacy notice</a></p>
          <button type="submit">Subscribe</button>
        </form>
      </div>
    </Layout>
  );
}

export function SubscribeCheckEmailPage({ ctx }: { ctx: PageContext }): JSX.Element {
  return (
    <Layout ctx={ctx} title="Check your email" noindex>
      <div class="form-page">
        <h1>Check your email</h1>
        <p role="status">Thank you. We have sent a message to the address you gave. Open the link in it to confirm your subscription.</p>
        <p>The link expires in 7 days. It can take a few minutes to arrive; check your spam folder too. Nothing else is sent until you confirm.</p>
        <p><a href="/">Back to the home page</a></p>
      </div>
    </Layout>
  );
}

export function ConfirmSubscriptionPage({ ctx, csrf, token, outcome }: { ctx: PageContext; csrf: string; token: string; outcome: 'confirm' | 'done' | 'failed' }): JSX.Element {
  const title = outcome === 'failed' ? 'That link does not work' : outcome === 'done' ? 'You are subscribed' : 'Confirm your subscription';
  return (
    <Layout ctx={ctx} title={title} noindex>
      <div class="form-page">
        <h1>{title}</h1>
        {outcome === 'confirm' ? (
          <>
            <p>Press the button to start getting the monthly newsletter.</p>
            <form method="post" action="/newsletter/confirm">
              <CsrfField token={csrf} />
              <input type="hidden" name="token" value={token} />
              <button type="submit">Confirm my subscription</button>
            </form>
          </>
        ) : outcome === 'done' ? (
          <>
            <p>Thank you. The next issue will come to your inbox. Every issue has a link to change your preferences or unsubscribe.</p>
            <p><a href="/newsletter/archive">Read past issues</a></p>
          </>
        ) : (
          <>
            <p>This confirmation link has expired, has been used already, or is not complete. If you copied it, check you have all of it.</p>
            <p><a href="/newsletter">Sign up again</a> and we will send a new link.</p>
          </>
        )}
      </div>
    </Layout>
  );
}

export { Html };
