// The "share with colleagues" form page and what it says after sending.
import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { CsrfField, ErrorSummary, TextAreaField, type FieldErrors } from '../web/forms.js';
import { ACCESS_LABELS } from '../content/policy.js';
import { SHARE_LIMITS, type ShareableItem, type ShareInput } from './sharing-service.js';

const LABELS = { recipients: 'Colleagues’ email addresses', note: 'Note (optional)' };

function csrfOf(ctx: PageContext): string {
  return ctx.viewer.kind === 'user' ? ctx.viewer.csrfToken : '';
}

export interface SharePageProps {
  ctx: PageContext;
  item: ShareableItem;
  values: ShareInput;
  errors?: FieldErrors;
  /** A refusal that is not about one field (the daily limit). */
  problem?: string;
  allowanceLeft: number;
}

export function SharePage({ ctx, item, values, errors = {}, problem, allowanceLeft }: SharePageProps): JSX.Element {
  const hasErrors = Object.keys(errors).length > 0;
  const accessLabel = ACCESS_LABELS[item.access];
  return (
    <Layout ctx={ctx} title={`${hasErrors || problem ? 'Error: ' : ''}Share with colleagues`} noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: item.title, path: item.path }, { label: 'Share with colleagues' }]}>
      <div class="form-page share-form-page">
        <h1>Share with colleagues</h1>
        <ErrorSummary errors={errors} labels={LABELS} />
        {problem ? (
          <div class="error-summary" role="alert" aria-labelledby="share-problem-title" tabindex="-1">
            <h2 id="share-problem-title">You cannot share any more just now</h2>
            <p safe>{problem}</p>
          </div>
        ) : ''}
        <p>We will email a link to <a href={item.path} safe>{item.title}</a> to each colleague separately, from {ctx.site.name === '' ? 'this site' : <span safe>{ctx.site.name}</span>}, with your name and email address so they know who it is from, and any note you add.</p>
        {accessLabel ? <p safe>{`This item is for ${item.access === 'members' ? 'people at member organisations' : 'registered readers'} (${accessLabel.toLowerCase()}). The email says so and tells your colleagues how to get access; it does not include the text.`}</p> : ''}
        <form method="post" action={`/items/${item.id}/share`} class="share-form">
          <CsrfField token={csrfOf(ctx)} />
          <TextAreaField
            name="recipients"
            label={LABELS.recipients}
            hint={`Up to ${SHARE_LIMITS.recipientsPerShare} addresses, one per line or separated by commas. You can share with ${allowanceLeft} more ${allowanceLeft === 1 ? 'person' : 'people'} today.`}
            value={values.recipients}
            error={errors.recipients}
            rows={5}
          />
          <TextAreaField
            name="note"
            label={LABELS.note}
            hint={`Plain text, up to ${SHARE_LIMITS.noteCharacters} characters.`}
            value={values.note}
            error={errors.note}
            rows={5}
          />
          <button type="submit">Send<span class="visually-hidden"> to colleagues</span></button>
        </form>
        <p><a href={item.path}>Back to <span safe>{item.title}</span></a></p>
      </div>
    </Layout>
  );
}

export function ShareSentPage({ ctx, item, sent }: { ctx: PageContext; item: ShareableItem; sent: number }): JSX.Element {
  return (
    <Layout ctx={ctx} title="Shared with colleagues" noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: item.title, path: item.path }, { label: 'Shared' }]}>
      <div class="form-page">
        <h1>Shared with colleagues</h1>
        <p class="notice" role="status" safe>{`We have emailed a link to “${item.title}” to ${sent === 1 ? 'your colleague' : `your ${sent} colleagues`}.`}</p>
        <ul class="inline-links">
          <li><a href={item.path}>Back to <span safe>{item.title}</span></a></li>
          <li><a href={`/items/${item.id}/share`}>Share with someone else</a></li>
        </ul>
      </div>
    </Layout>
  );
}
