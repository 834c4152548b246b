// The editors' newsletter screens under /admin/newsletters: the list, the compose form, the
// send confirmation and the progress of a send.
import Html from '@kitajs/html';
import { AdminLayout } from '../admin/layout.js';
import type { PageContext } from '../web/context.js';
import { CsrfField, ErrorSummary, TextField, type FieldErrors } from '../web/forms.js';
import { Notice, TextAreaField, csrfTokenOf } from '../site/form-fields.js';
import { formatDate, formatTime, utcToLondonInput } from '../platform/dates.js';
import type { IssueRow, PickableItem } from './issues-repo.js';
import type { DeliveryCounts } from './sending/deliveries-repo.js';
import { ISSUE_LIMITS, type IssueInput } from './issue-desk.js';

const STATUS_LABELS: Record<IssueRow['status'], string> = { draft: 'Draft', scheduled: 'Scheduled', sending: 'Sending', paused: 'Paused', sent: 'Sent', cancelled: 'Cancelled' };
const when = (iso: string | null) => (iso ? `${formatDate(iso)} at ${formatTime(iso)}` : '');

function Crumbs(issue?: { subject: string }) {
  return [{ label: 'Newsletters', path: '/admin/newsletters' }, { label: issue ? issue.subject : 'New issue' }];
}

export function IssuesAdminPage({ ctx, issues, notice, recipients }: { ctx: PageContext; issues: { issue: IssueRow; counts: DeliveryCounts | undefined }[]; notice?: string; recipients: number }): JSX.Element {
  return (
    <AdminLayout ctx={ctx} title="Newsletters" crumbs={[{ label: 'Newsletters' }]}>
      <h1>Newsletters</h1>
      <Notice message={notice} />
      <p safe>{`${recipients} ${recipients === 1 ? 'person gets' : 'people get'} the monthly newsletter (confirmed, not bounced).`}</p>
      <p><a class="button" href="/admin/newsletters/new">Start a new issue</a> <a href="/newsletter/archive">The public archive</a> <a href="/admin/newsletters/suppressions">Suppressed addresses</a> (administrators)</p>
      {issues.length === 0 ? <p>There are no issues yet.</p> : (
        <table class="data-table">
          <caption class="visually-hidden">Newsletter issues, newest first</caption>
          <thead><tr><th scope="col">Issue</th><th scope="col">State</th><th scope="col">When</th><th scope="col">Progress</th></tr></thead>
          <tbody>
            {issues.map(({ issue, counts }) => (
              <tr>
                <td><a href={`/admin/newsletters/${issue.id}`} safe>{issue.subject}</a></td>
                <td safe>{STATUS_LABELS[issue.status]}</td>
                <td safe>{issue.status === 'scheduled' ? when(issue.scheduled_at) : issue.started_at ? when(issue.started_at) : `Started ${when(issue.created_at)}`}</td>
                <td>{counts ? `${counts.sent} sent of ${issue.recipient_count}` : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </AdminLayout>
  );
}

const FORM_LABELS = { subject: 'Subject line', intro: 'Introduction', items: 'Items', send_at: 'Send at' };

export interface IssueFormModel {
  issue?: IssueRow;
  values: IssueInput;
  version?: number;
  /** Items to choose from (search results), plus the chosen ones. */
  pickable: PickableItem[];
  chosen: PickableItem[];
  q: string;
  errors?: FieldErrors;
  notice?: string;
  recipients: number;
}

export function IssueFormPage({ ctx, model }: { ctx: PageContext; model: IssueFormModel }): JSX.Element {
  const { issue, values, errors = {} } = model;
  const title = issue ? `Edit “${issue.subject}”` : 'Start a new issue';
  const hasErrors = Object.keys(errors).length > 0;
  const chosenIds = new Set(values.itemIds);
  const others = model.pickable.filter((p) => !chosenIds.has(p.id));
  const action = issue ? `/admin/newsletters/${issue.id}` : '/admin/newsletters';
  return (
    <AdminLayout ctx={ctx} title={hasErrors ? `Error: ${title}` : title} crumbs={Crumbs(issue)}>
      <div class="form-page">
        <h1 safe>{title}</h1>
        <Notice message={model.notice} />
        {issue?.status === 'scheduled' ? <p class="notice" safe>{`Scheduled to send on ${when(issue.scheduled_at)} (UK time). Saving keeps the schedule.`}</p> : ''}
        <ErrorSummary errors={errors} labels={FORM_LABELS} />
        <form method="post" action={action} novalidate>
          <CsrfField token={csrfTokenOf(ctx)} />
          {model.version !== undefined ? <input type="hidden" name="version" value={String(model.version)} /> : ''}
          <TextField name="subject" label="Subject line" value={values.subject} error={errors.subject} maxlength={ISSUE_LIMITS.subject} hint="Also the heading of the email and of its page in the archive." />
          <TextAreaField name="intro" label="Introduction" value={values.introMd} error={errors.intro} rows={6} maxlength={ISSUE_LIMITS.intro} hint="Markdown: **bold**, _italic_, [a link](https://example.org), blank lines between paragraphs." />
          <fieldset class="field" aria-describedby={errors.items ? 'field-items-error' : 'field-items-hint'} id="field-items">
            <legend>Items</legend>
            <p class="field__hint" id="field-items-hint">Ticked items go in the issue, in this order. Members-only items only reach members; registered-only items only people with an account.</p>
            {errors.items ? <p class="field__error" id="field-items-error"><span class="visually-hidden">Error: </span><span safe>{errors.items}</span></p> : ''}
            <ul class="checkbox-list">
              {[...model.chosen.filter((c) => chosenIds.has(c.id)), ...others].map((item) => (
                <li>
                  <input type="checkbox" name="items" id={`item-${item.id}`} value={String(item.id)} checked={chosenIds.has(item.id)} />
                  <label for={`item-${item.id}`} safe>{`${item.title} (${item.kind}${item.access !== 'public' ? `, ${item.access === 'members' ? 'members only' : 'registered'}` : ''}${item.published_at ? `, ${formatDate(item.published_at)}` : ''})`}</label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div class="form-actions">
            <button type="submit" name="action" value="save">Save draft</button>
            <button type="submit" name="action" value="fill" class="button--secondary">Add the month’s most read in each topic</button>
          </div>
        </form>
        <form method="get" action={issue ? `/admin/newsletters/${issue.id}` : '/admin/newsletters/new'} role="search" aria-label="Find items to add">
          <TextField name="q" label="Find more items by title" value={model.q} hint="Shows up to 40 published items. Save first: searching reloads the page." />
          <button type="submit" class="button--secondary">Search</button>
        </form>
        {issue ? <IssueActions ctx={ctx} issue={issue} recipients={model.recipients} sendAtError={errors.send_at} /> : ''}
      </div>
    </AdminLayout>
  );
}

function IssueActions({ ctx, issue, recipients, sendAtError }: { ctx: PageContext; issue: IssueRow; recipients: number; sendAtError?: string }): JSX.Element {
  const token = csrfTokenOf(ctx);
  return (
    <section aria-labelledby="issue-actions">
      <h2 id="issue-actions">Check and send</h2>
      <ul>
        <li><a href={`/admin/newsletters/${issue.id}/preview`}>Preview as a web page</a></li>
        <li><a href={`/admin/newsletters/${issue.id}/preview/email?as=member`}>Preview the email as a member gets it</a></li>
        <li><a href={`/admin/newsletters/${issue.id}/preview/email?as=registered`}>Preview the email as someone with an account gets it</a></li>
        <li><a href={`/admin/newsletters/${issue.id}/preview/email?as=visitor`}>Preview the email as a subscriber without an account gets it</a></li>
      </ul>
      <form method="post" action={`/admin/newsletters/${issue.id}/test`}>
        <CsrfField token={token} />
        <button type="submit" class="button--secondary">Send a test to my address</button>
      </form>
      <form method="post" action={`/admin/newsletters/${issue.id}/schedule`} novalidate>
        <CsrfField token={token} />
        <div class={`field${sendAtError ? ' field--error' : ''}`}>
          <label for="field-send_at">Send at (UK time)</label>
          {sendAtError ? <p class="field__error" id="field-send_at-error"><span class="visually-hidden">Error: </span><span safe>{sendAtError}</span></p> : ''}
          <input type="datetime-local" id="field-send_at" name="send_at" value={issue.scheduled_at ? utcToLondonInput(issue.scheduled_at) : ''} aria-describedby={sendAtError ? 'field-send_at-error' : undefined} />
        </div>
        <button type="submit" class="button--secondary">Schedule</button>
      </form>
      {issue.status === 'scheduled' ? (
        <form method="post" action={`/admin/newsletters/${issue.id}/cancel`}>
          <CsrfField token={token} />
          <button type="submit" class="button--secondary">Cancel the schedule</button>
        </form>
      ) : ''}
      <p><a class="button" href={`/admin/newsletters/${issue.id}/send`} safe>{`Send now to ${recipients} ${recipients === 1 ? 'person' : 'people'}…`}</a></p>
    </section>
  );
}

export function SendConfirmPage({ ctx, issue, recipients }: { ctx: PageContext; issue: IssueRow; recipients: number }): JSX.Element {
  return (
    <AdminLayout ctx={ctx} title={`Send “${issue.subject}”?`} crumbs={Crumbs(issue)}>
      <h1 safe>{`Send “${issue.subject}” now?`}</h1>
      <p safe>{`It goes to ${recipients} ${recipients === 1 ? 'person' : 'people'}: everyone subscribed and confirmed whose address has not bounced. Each gets it once, with their own “Picked for you”. It cannot be taken back, but it can be paused.`}</p>
      <form method="post" action={`/admin/newsletters/${issue.id}/send`}>
        <CsrfField token={csrfTokenOf(ctx)} />
        <button type="submit">Yes, send it now</button> <a href={`/admin/newsletters/${issue.id}`}>No, go back</a>
      </form>
    </AdminLayout>
  );
}

export function ProgressPage({ ctx, issue, counts, notice }: { ctx: PageContext; issue: IssueRow; counts: DeliveryCounts; notice?: string }): JSX.Element {
  const total = counts.pending + counts.sending + counts.sent + counts.failed + counts.unknown;
  const done = counts.sent + counts.failed + counts.unknown;
  const token = csrfTokenOf(ctx);
  return (
    <AdminLayout ctx={ctx} title={`${STATUS_LABELS[issue.status]}: ${issue.subject}`} crumbs={Crumbs(issue)}>
      <h1 safe>{issue.subject}</h1>
      <Notice message={notice} />
      <p safe>{`${STATUS_LABELS[issue.status]}${issue.started_at ? `; started ${when(issue.started_at)}` : ''}${issue.finished_at ? `; finished ${when(issue.finished_at)}` : ''}.`}</p>
      <div id="send-progress" data-refresh={issue.status === 'sending' ? `/admin/newsletters/${issue.id}` : undefined}>
        <label for="progress-bar" safe>{`${done} of ${total} handled`}</label>
        <progress id="progress-bar" max={String(Math.max(total, 1))} value={String(done)} safe>{`${done} of ${total}`}</progress>
        <table class="data-table">
          <caption>Where each copy is</caption>
          <thead><tr><th scope="col">State</th><th scope="col">Copies</th><th scope="col">What it means</th></tr></thead>
          <tbody>
            <tr><th scope="row">Waiting</th><td safe>{String(counts.pending)}</td><td>Not sent yet.</td></tr>
            <tr><th scope="row">Being sent</th><td safe>{String(counts.sending)}</td><td>Handed to the mail server just now.</td></tr>
            <tr><th scope="row">Sent</th><td safe>{String(counts.sent)}</td><td>The mail server took it.</td></tr>
            <tr><th scope="row">Not sent</th><td safe>{String(counts.failed)}</td><td>The mail server refused it, or the person unsubscribed or bounced meanwhile.</td></tr>
            <tr><th scope="row">Unknown</th><td safe>{String(counts.unknown)}</td><td>The sender stopped in the middle of this message, so it may or may not have arrived. It is not sent again, so that nobody gets the issue twice.</td></tr>
          </tbody>
        </table>
      </div>
      {issue.status === 'sending' ? (
        <form method="post" action={`/admin/newsletters/${issue.id}/pause`}>
          <CsrfField token={token} />
          <button type="submit" class="button--secondary">Pause sending</button> <a href={`/admin/newsletters/${issue.id}`}>Refresh</a>
        </form>
      ) : ''}
      {issue.status === 'paused' ? (
        <form method="post" action={`/admin/newsletters/${issue.id}/resume`}>
          <CsrfField token={token} />
          <button type="submit">Resume sending</button>
        </form>
      ) : ''}
      <p><a href={`/newsletter/archive/${issue.id}`}>The issue in the public archive</a></p>
    </AdminLayout>
  );
}

/** The admin dashboard's section: issues scheduled or on their way, with progress. */
export function NewslettersGlance({ issues }: { issues: { issue: IssueRow; counts: DeliveryCounts | undefined }[] }): JSX.Element {
  const open = issues.filter(({ issue }) => issue.status === 'scheduled' || issue.status === 'sending' || issue.status === 'paused');
  return (
    <section aria-labelledby="dash-newsletters">
      <h2 id="dash-newsletters">Newsletters in progress</h2>
      {open.length === 0 ? <p>None scheduled or sending. <a href="/admin/newsletters">Newsletters</a></p> : (
        <ul>
          {open.map(({ issue, counts }) => (
            <li>
              <a href={`/admin/newsletters/${issue.id}`} safe>{issue.subject}</a>
              <span safe>{issue.status === 'scheduled' ? ` — scheduled for ${when(issue.scheduled_at)}` : ` — ${STATUS_LABELS[issue.status].toLowerCase()}: ${counts?.sent ?? 0} of ${issue.recipient_count} sent`}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
