// /account/interests (topics, profile signals, the private feed and the reading history)
// and the one-time topic picker offered after an address is confirmed.
import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { CheckboxGroup, CsrfField, ErrorSummary, SelectField, type Choice, type FieldErrors } from '../web/forms.js';
import { formatDate } from '../platform/dates.js';
import type { InterestsForm } from './interests-service.js';
import { ORGANISATION_TYPES, PROFESSIONS } from './profile.js';

export const INTEREST_LABELS = { topics: 'Topics', profession: 'Your profession', organisation_type: 'Your type of organisation' };

const NOT_GIVEN: Choice = { value: '', label: 'Not given' };
const choicesOf = (labels: readonly string[]): Choice[] => [NOT_GIVEN, ...labels.map((label) => ({ value: label, label }))];

const csrfOf = (ctx: PageContext) => (ctx.viewer.kind === 'user' ? ctx.viewer.csrfToken : '');

/** The topics and the optional "about you" questions, shared by the picker and the account page. */
function InterestsFields({ form, errors }: { form: InterestsForm; errors: FieldErrors }): JSX.Element {
  const { values } = form;
  return (
    <>
      <CheckboxGroup
        name="topics"
        legend="Topics you want to follow"
        hint="We use them to suggest what to read. You can also follow a topic from its page."
        choices={form.topics.map((t) => ({ value: String(t.id), label: t.name, description: t.description }))}
        checked={values.topics}
        error={errors.topics}
      />
      <fieldset class="field interests__about">
        <legend>About you (optional)</legend>
        <p class="field__hint">This helps us show what is popular with people like you. Only you and the site’s administrators see it.</p>
        <SelectField name="profession" label={INTEREST_LABELS.profession} value={values.profession} choices={choicesOf(PROFESSIONS)} error={errors.profession} />
        {form.memberOrganisationType ? (
          <p class="interests__member-type">
            <strong>Your type of organisation:</strong> <span safe>{form.memberOrganisationType}</span>
            <span class="field__hint" safe>{` (from your membership of ${form.memberOrganisationName ?? 'your organisation'})`}</span>
          </p>
        ) : (
          <SelectField name="organisation_type" label={INTEREST_LABELS.organisation_type} value={values.organisationType} choices={choicesOf(ORGANISATION_TYPES)} error={errors.organisation_type} />
        )}
      </fieldset>
    </>
  );
}

function ConfirmFirst(): JSX.Element {
  return <p class="notice">Please confirm your email address to choose topics, using the link we sent you. You can ask for a new link on <a href="/account">your account page</a>.</p>;
}

export function WelcomeInterestsPage({ ctx, form, next, errors = {} }: { ctx: PageContext; form: InterestsForm; next: string; errors?: FieldErrors }): JSX.Element {
  const hasErrors = Object.keys(errors).length > 0;
  return (
    <Layout ctx={ctx} title={hasErrors ? 'Error: Choose your topics' : 'Choose your topics'} noindex>
      <div class="form-page interests">
        <h1>Choose your topics</h1>
        <p class="lede">Tell us what you are interested in and we will suggest things to read. It takes a moment, and you can change it at any time from your account.</p>
        <ErrorSummary errors={errors} labels={INTEREST_LABELS} />
        <form method="post" action="/account/interests/welcome" novalidate>
          <CsrfField token={csrfOf(ctx)} />
          <input type="hidden" name="next" value={next} />
          <InterestsFields form={form} errors={errors} />
          <div class="button-row">
            <button type="submit" name="action" value="save">Save my topics</button>
            <button type="submit" name="action" value="skip" class="button--secondary">Skip for now</button>
          </div>
        </form>
      </div>
    </Layout>
  );
}

export interface FeedTokenView {
  /** When the current token was made; undefined: none. */
  createdAt: string | undefined;
  /** Just made: the only time the address is shown. */
  newUrl: string | undefined;
}

export interface InterestsPageProps {
  ctx: PageContext;
  form: InterestsForm;
  errors?: FieldErrors;
  notice?: string;
  feed: FeedTokenView;
  historyCount: number;
  retentionDays: number;
}

function FeedSection({ ctx, feed }: { ctx: PageContext; feed: FeedTokenView }): JSX.Element {
  const csrf = csrfOf(ctx);
  return (
    <section id="feed" aria-labelledby="feed-heading" class="account-section">
      <h2 id="feed-heading">Your private feed</h2>
      <p>A private Atom feed of what we suggest for you, for a feed reader. Its address is a secret: anyone who has it can read the list, so do not share it. You can replace it or turn it off at any time.</p>
      {feed.newUrl ? (
        <div class="notice feed-token__new" role="status">
          <p><strong>Your feed’s address.</strong> Copy it now: we show it only once. If you lose it, make a new one.</p>
          <label for="feed-url" class="visually-hidden">Your private feed address</label>
          <input id="feed-url" class="sharing__url feed-token__url" type="text" readonly value={feed.newUrl} />
          <button type="button" class="button--secondary" data-copy-from="feed-url" data-copy-status="feed-copy-status" hidden>Copy address</button>
          <p id="feed-copy-status" role="status" aria-live="polite"></p>
        </div>
      ) : ''}
      {feed.createdAt ? (
        <>
          <p safe>{`You have a private feed address, made on ${formatDate(feed.createdAt)}.`}</p>
          <div class="button-row">
            <form method="post" action="/account/feed-token">
              <CsrfField token={csrf} />
              <button type="submit" class="button--secondary">Replace the address</button>
            </form>
            <form method="post" action="/account/feed-token/revoke">
              <CsrfField token={csrf} />
              <button type="submit" class="button--secondary">Turn the feed off</button>
            </form>
          </div>
          <p class="field__hint">Replacing it or turning it off stops the old address working at once.</p>
        </>
      ) : (
        <form method="post" action="/account/feed-token">
          <CsrfField token={csrf} />
          <button type="submit">Make my feed address</button>
        </form>
      )}
    </section>
  );
}

function HistorySection({ ctx, count, retentionDays }: { ctx: PageContext; count: number; retentionDays: number }): JSX.Element {
  return (
    <section id="history" aria-labelledby="history-heading" class="account-section">
      <h2 id="history-heading">Your reading history</h2>
      <p safe>{count === 0 ? 'We hold no reading history for you.' : `We hold ${count} ${count === 1 ? 'record' : 'records'} of what you read and did on this site (what you opened, rated, recommended, commented on and shared), used for your suggestions.`}</p>
      <p><span safe>{`Records are deleted after ${retentionDays} days.`}</span> You can see them in <a href="/account/export">your data download</a>.</p>
      {count > 0 ? (
        <form method="post" action="/account/history/clear">
          <CsrfField token={csrfOf(ctx)} />
          <p>Clearing your history deletes these records now, and your suggestions start again from your topics. It does not delete your comments, ratings or recommends: those stay as they are.</p>
          <button type="submit" class="button--danger">Clear my reading history</button>
        </form>
      ) : ''}
    </section>
  );
}

export function InterestsPage({ ctx, form, errors = {}, notice, feed, historyCount, retentionDays }: InterestsPageProps): JSX.Element {
  const hasErrors = Object.keys(errors).length > 0;
  const isConfirmed = ctx.viewer.kind === 'user' && ctx.viewer.isEmailVerified;
  return (
    <Layout ctx={ctx} title={hasErrors ? 'Error: Your interests' : 'Your interests'} noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Your account', path: '/account' }, { label: 'Your interests' }]}>
      <div class="interests">
        <h1>Your interests</h1>
        {notice ? <p class="notice" role="status" safe>{notice}</p> : ''}
        <ErrorSummary errors={errors} labels={INTEREST_LABELS} />
        <section id="topics" aria-labelledby="topics-heading" class="account-section">
          <h2 id="topics-heading">Topics and profile</h2>
          {isConfirmed ? (
            <form method="post" action="/account/interests" class="interests__form" novalidate>
              <CsrfField token={csrfOf(ctx)} />
              <InterestsFields form={form} errors={errors} />
              <button type="submit">Save my interests</button>
            </form>
          ) : <ConfirmFirst />}
        </section>
        {isConfirmed ? <FeedSection ctx={ctx} feed={feed} /> : ''}
        <HistorySection ctx={ctx} count={historyCount} retentionDays={retentionDays} />
        <p><a href="/account">Back to your account</a></p>
      </div>
    </Layout>
  );
}

export { Html };
