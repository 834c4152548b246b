// /account/newsletters: the monthly newsletter on/off, topic alerts per followed topic, and
// the person's consent history (what, when, where).
import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { CsrfField, ErrorSummary, type FieldErrors } from '../web/forms.js';
import { formatDate } from '../platform/dates.js';
import { AlertChoices, MonthlyChoice } from './choice-fields.js';
import type { AccountNewsletters } from './subscribers-service.js';
import type { ConsentHistoryRow } from './subscribers-repo.js';

const LABELS = { monthly: 'The monthly newsletter', alerts: 'Topic alerts' };

const STATUS_TEXT: Record<AccountNewsletters['status'], string> = {
  active: 'You get the monthly newsletter.',
  pending: 'You asked for the monthly newsletter; it starts once the address is confirmed (or turn it on here).',
  unsubscribed: 'You have unsubscribed from the monthly newsletter.',
  none: 'You do not get the monthly newsletter.',
};

function describe(row: ConsentHistoryRow): string {
  const list = row.list === 'monthly' ? 'Monthly newsletter' : 'Topic alerts';
  const action = row.action === 'requested' ? 'asked for' : row.action === 'confirmed' ? 'agreed to' : 'stopped';
  return `${list}: ${action}`;
}

export function AccountNewslettersPage({ ctx, data, topicNames, notice, errors = {} }: { ctx: PageContext; data: AccountNewsletters; topicNames: ReadonlyMap<string, string>; notice?: string; errors?: FieldErrors }): JSX.Element {
  const hasErrors = Object.keys(errors).length > 0;
  const csrf = ctx.viewer.kind === 'user' ? ctx.viewer.csrfToken : '';
  return (
    <Layout ctx={ctx} title={hasErrors ? 'Error: Your newsletters' : 'Your newsletters'} noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Your account', path: '/account' }, { label: 'Your newsletters' }]}>
      <div class="form-page account-newsletters">
        <h1>Your newsletters</h1>
        {notice ? <p class="notice" role="status" safe>{notice}</p> : ''}
        <ErrorSummary errors={errors} labels={LABELS} />
        <form method="post" action="/account/newsletters" novalidate>
          <CsrfField token={csrf} />
          <section aria-labelledby="monthly-heading" class="account-section">
            <h2 id="monthly-heading">The monthly newsletter</h2>
            <p safe>{STATUS_TEXT[data.status]}</p>
            <MonthlyChoice isOn={data.status === 'active'} error={errors.monthly} />
          </section>
          <section aria-labelledby="alerts-heading" class="account-section">
            <h2 id="alerts-heading">Topic alerts</h2>
            {data.alerts.length > 0 ? <AlertChoices alerts={data.alerts} error={errors.alerts} /> : <p>You do not follow any topics yet.</p>}
            <p><a href="/topics">Follow more topics</a></p>
          </section>
          <button type="submit">Save my choices</button>
        </form>
        <section aria-labelledby="history-heading" class="account-section">
          <h2 id="history-heading">What you agreed to</h2>
          {data.history.length > 0 ? (
            <div class="scroll-region" role="region" aria-label="Your newsletter history" tabindex="0">
              <table class="data-table">
                <caption class="visually-hidden">Your newsletter and alert choices, newest first</caption>
                <thead><tr><th scope="col">What</th><th scope="col">When</th><th scope="col">Where</th></tr></thead>
                <tbody>
                  {data.history.map((row) => (
                    <tr>
                      <td safe>{row.list.startsWith('alerts:') ? `${describe(row)} (${topicNames.get(row.list.slice(7)) ?? 'a topic'})` : describe(row)}</td>
                      <td safe>{formatDate(row.createdAt)}</td>
                      <td safe>{row.source === 'email' ? 'A link in an email' : row.source === 'email-one-click' ? 'Your email program' : row.source}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : <p>Nothing yet.</p>}
        </section>
        <p><a href="/account">Back to your account</a></p>
      </div>
    </Layout>
  );
}

export { Html };
