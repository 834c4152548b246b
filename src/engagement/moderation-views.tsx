// /admin/moderation: held and reported comments, oldest first, each with its item, author and
// why it is here, and the three decisions (approve, reject, stop the author commenting).
import Html from '@kitajs/html';
import { AdminLayout } from '../admin/layout.js';
import { formatDate, formatTime } from '../platform/dates.js';
import type { PageContext } from '../web/context.js';
import { CsrfField } from '../web/forms.js';
import type { QueueEntry } from './comments-service.js';

export type ModerationDone = 'approved' | 'rejected' | 'suspended' | 'reinstated';

const DONE_MESSAGES: Record<ModerationDone, string> = {
  approved: 'Approved. The comment is published and its author has been told if it was waiting.',
  rejected: 'Rejected. The comment is hidden.',
  suspended: 'That person can no longer comment.',
  reinstated: 'That person can comment again.',
};

function Decision({ id, action, label, csrf, secondary }: { id: number; action: string; label: JSX.Element; csrf: string; secondary?: boolean }): JSX.Element {
  return (
    <form method="post" action={`/admin/moderation/${id}/${action}`}>
      <CsrfField token={csrf} />
      <button type="submit" class={secondary ? 'button button--secondary' : 'button'}>{label}</button>
    </form>
  );
}

function Entry({ entry, csrf }: { entry: QueueEntry; csrf: string }): JSX.Element {
  // Sanitised when the comment was saved (platform/markdown.ts renderCommentMarkdown).
  const safeBody = entry.body_html;
  const headingId = `moderation-${entry.id}`;
  const about = <span class="visually-hidden" safe>{` comment ${entry.id} by ${entry.author_name}`}</span>;
  return (
    <li class="moderation-entry">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} class="moderation-entry__title">
          <span>{entry.status === 'held' ? 'Waiting: ' : 'Reported: '}</span>
          <a href={`${entry.itemPath}#comment-${entry.id}`} safe>{entry.item_title}</a>
        </h2>
        <dl class="summary-list">
          <dt>Author</dt>
          <dd><span safe>{`${entry.author_name} <${entry.author_email}>`}</span>{entry.author_suspended_at ? <strong safe>{` (commenting stopped ${formatDate(entry.author_suspended_at)})`}</strong> : ''}</dd>
          <dt>Posted</dt>
          <dd><time datetime={entry.created_at} safe>{`${formatDate(entry.created_at)}, ${formatTime(entry.created_at)}`}</time></dd>
          {entry.status === 'held' ? <><dt>Why it waits</dt><dd safe>{entry.held_reason || 'held'}</dd></> : ''}
          {entry.reports.length > 0 ? (
            <>
              <dt safe>{`Reports (${entry.reports.length})`}</dt>
              <dd>
                <ul>{entry.reports.map((r) => <li safe>{r.reason ? `${r.reporter}: ${r.reason}` : `${r.reporter} (no reason given)`}</li>)}</ul>
              </dd>
            </>
          ) : ''}
        </dl>
        <blockquote class="moderation-entry__body">{safeBody}</blockquote>
        <div class="button-row">
          <Decision id={entry.id} action="approve" label={<>{entry.status === 'held' ? 'Approve' : 'Keep'}{about}</>} csrf={csrf} />
          <Decision id={entry.id} action="reject" label={<>Reject{about}</>} csrf={csrf} secondary />
          {entry.author_suspended_at ? (
            <Decision id={entry.id} action="reinstate-author" label={<>Let the author comment again{about}</>} csrf={csrf} secondary />
          ) : (
            <Decision id={entry.id} action="suspend-author" label={<>Stop the author commenting{about}</>} csrf={csrf} secondary />
          )}
        </div>
      </article>
    </li>
  );
}

export function ModerationPage({ ctx, entries, done, csrf }: { ctx: PageContext; entries: QueueEntry[]; done: ModerationDone | undefined; csrf: string }): JSX.Element {
  return (
    <AdminLayout ctx={ctx} title="Moderation" crumbs={[{ label: 'Moderation' }]}>
      <h1>Moderation</h1>
      <p class="lede">Comments waiting for approval and comments readers have reported, oldest first.</p>
      {done ? <p class="notice" role="status" safe>{DONE_MESSAGES[done]}</p> : ''}
      {entries.length === 0 ? <p>Nothing is waiting for moderation.</p> : <ol class="moderation-list">{entries.map((entry) => <Entry entry={entry} csrf={csrf} />)}</ol>}
    </AdminLayout>
  );
}

/** The dashboard's glance at the queue. */
export function ModerationGlance({ waiting }: { waiting: number }): JSX.Element {
  return (
    <section aria-labelledby="dash-moderation">
      <h2 id="dash-moderation" safe>{`Waiting for moderation (${waiting.toLocaleString('en-GB')})`}</h2>
      {waiting === 0 ? <p>Nothing is waiting.</p> : <p><a href="/admin/moderation" safe>{`${waiting.toLocaleString('en-GB')} comment${waiting === 1 ? '' : 's'} to look at`}</a></p>}
    </section>
  );
}

export { Html };
