// The pages signed links open without logging in: the preference centre, the unsubscribe
// confirmation (a button: GET changes nothing), its answer, and the invalid-link page.
import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { CsrfField, ErrorSummary, type FieldErrors } from '../web/forms.js';
import { AlertChoices, MonthlyChoice } from './choice-fields.js';
import type { PreferencesView } from './subscribers-service.js';

const LABELS = { monthly: 'The monthly newsletter', alerts: 'Topic alerts' };

export function PreferencesPage({ ctx, csrf, token, view, notice, errors = {} }: { ctx: PageContext; csrf: string; token: string; view: PreferencesView; notice?: string; errors?: FieldErrors }): JSX.Element {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout ctx={ctx} title={hasErrors ? 'Error: Your email preferences' : 'Your email preferences'} noindex>
      <div class="form-page">
        <h1>Your email preferences</h1>
        {notice ? <p class="notice" role="status" safe>{notice}</p> : ''}
        <ErrorSummary errors={errors} labels={LABELS} />
        <form method="post" action={`/newsletter/preferences/${token}`} novalidate>
          <CsrfField token={csrf} />
          {view.isMonthly !== undefined ? <MonthlyChoice isOn={view.isMonthly} error={errors.monthly} /> : ''}
          {view.alerts !== undefined ? (
            <>
              <h2>Topic alerts</h2>
              {view.alerts.length > 0 ? <AlertChoices alerts={view.alerts} error={errors.alerts} /> : <p>You do not follow any topics, so you get no topic alerts.</p>}
            </>
          ) : ''}
          <button type="submit">Save my preferences</button>
        </form>
      </div>
    </Layout>
  );
}

export function UnsubscribePage({ ctx, token, kind, outcome }: { ctx: PageContext; token: string; kind: 's' | 'a'; outcome: 'confirm' | 'done' }): JSX.Element {
  const what = kind === 's' ? 'the monthly newsletter' : 'all your topic alerts';
  return (
    <Layout ctx={ctx} title={outcome === 'done' ? 'You are unsubscribed' : 'Unsubscribe'} noindex>
      <div class="form-page">
        {outcome === 'confirm' ? (
          <>
            <h1>Unsubscribe</h1>
            <p safe>{`Press the button to stop ${what}.`}</p>
            <form method="post" action={`/newsletter/unsubscribe/${token}`}>
              <button type="submit">Unsubscribe</button>
            </form>
            <p><a href={`/newsletter/preferences/${token}`}>Change your preferences instead</a></p>
          </>
        ) : (
          <>
            <h1>You are unsubscribed</h1>
            <p role="status" safe>{`Done: we will not send you ${what} any more.`}</p>
            <p>Changed your mind? You can <a href={`/newsletter/preferences/${token}`}>turn it back on in your preferences</a>, or <a href="/newsletter">sign up again</a>.</p>
          </>
        )}
      </div>
    </Layout>
  );
}

export function LinkInvalidPage({ ctx }: { ctx: PageContext }): JSX.Element {
  return (
    <Layout ctx={ctx} title="This link is no longer valid" noindex>
      <div class="form-page">
        <h1>This link is no longer valid</h1>
        <p>Use the link in the most recent email we sent you, or <a href="/newsletter">sign up for the newsletter</a> again.</p>
      </div>
    </Layout>
  );
}

export { Html };
