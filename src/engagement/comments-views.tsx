// The comments section under an item, the edit page and the reply-email setting. Bodies are
// HTML sanitised at save; everything else is escaped here.
import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { CheckboxField, CsrfField } from '../web/forms.js';
import { MAX_COMMENT_LENGTH, MAX_REPORT_REASON_LENGTH } from './comments-policy.js';
import type { CommentThread, CommentView } from './comments-presenters.js';

/** What was typed into a comment form that came back with a problem. */
export interface CommentFormState {
  /** The comment replied to, or undefined for the main form. */
  parentId: number | undefined;
  body: string;
  error: string;
}

const MARKDOWN_HINT = 'You can use *italics*, **bold**, [link text](https://…), lists, `code` and > quotes. No images or headings.';

function fieldIds(prefix: string) {
  return { field: prefix, hint: `${prefix}-hint`, error: `${prefix}-error` };
}

function CommentField({ id, name, label, value, error, rows }: { id: string; name: string; label: string; value: string; error: string | undefined; rows: number }): JSX.Element {
  const ids = fieldIds(id);
  const described = [ids.hint, error ? ids.error : ''].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' field--error' : ''}`}>
      <label for={ids.field} safe>{label}</label>
      <p class="field__hint" id={ids.hint}>{MARKDOWN_HINT}</p>
      {error ? <p class="field__error" id={ids.error}><span class="visually-hidden">Error: </span><span safe>{error}</span></p> : ''}
      <textarea id={ids.field} name={name} rows={String(rows)} maxlength={String(MAX_COMMENT_LENGTH * 2)} aria-describedby={described} aria-invalid={error ? 'true' : undefined} safe>{value}</textarea>
    </div>
  );
}

function FormError({ fieldId, error }: { fieldId: string; error: string }): JSX.Element {
  return (
    <div class="error-summary" role="alert" aria-labelledby={`${fieldId}-summary`} tabindex="-1">
      <h3 id={`${fieldId}-summary`}>There is a problem</h3>
      <ul><li><a href={`#${fieldId}`} safe>{error}</a></li></ul>
    </div>
  );
}

function CommentForm({ itemId, csrf, state }: { itemId: number; csrf: string; state: CommentFormState | undefined }): JSX.Element {
  const error = state && state.parentId === undefined ? state.error : undefined;
  return (
    <form class="comment-form" method="post" action={`/items/${itemId}/comments`} data-comment-form>
      <CsrfField token={csrf} />
      {error ? <FormError fieldId="comment-body" error={error} /> : ''}
      <CommentField id="comment-body" name="body" label="Add a comment" value={state && state.parentId === undefined ? state.body : ''} error={error} rows={5} />
      <p><button type="submit" class="button">Post comment</button></p>
    </form>
  );
}

function Refusal({ thread }: { thread: CommentThread }): JSX.Element {
  const next = encodeURIComponent(`${thread.itemPath}#comments`);
  switch (thread.refusal) {
    case 'anonymous':
      return <p class="comments__join"><a href={`/login?next=${next}`}>Log in</a> or <a href="/register">register</a> to join the conversation. Registration is free.</p>;
    case 'unverified':
      return <p class="comments__join">Please confirm your email address to comment, using the link we sent you. You can ask for a new link on <a href="/account">your account page</a>.</p>;
    case 'not-member':
      return <p class="comments__join">Comments on this item are for people at member organisations. <a href="/account/membership">How to become a member</a>.</p>;
    case 'suspended':
      return <p class="comments__join">A moderator has paused your commenting, so you cannot post comments for now.</p>;
    case 'closed':
      return <p class="comments__join">Comments are closed.</p>;
    default:
      return '';
  }
}

function CommentActions({ comment, itemId, csrf, state }: { comment: CommentView; itemId: number; csrf: string | undefined; state: CommentFormState | undefined }): JSX.Element {
  if (!csrf || comment.state === 'removed') return '';
  const hidden = <span class="visually-hidden" safe>{` (comment by ${comment.authorName}, ${comment.createdLabel})`}</span>;
  const replyError = state && state.parentId === comment.id ? state.error : undefined;
  const safeParts: JSX.Element[] = [];
  if (comment.canEdit) safeParts.push(<a class="comment__action" href={`/comments/${comment.id}/edit`}>Edit{hidden}</a>);
  if (comment.isOwn) {
    safeParts.push(
      <form class="comment__inline-form" method="post" action={`/comments/${comment.id}/delete`}>
        <CsrfField token={csrf} />
        <button type="submit" class="link-button">Delete{hidden}</button>
      </form>,
    );
  }
  if (comment.hasReported) safeParts.push(<span class="comment__note">You reported this comment.</span>);
  else if (comment.canReport) {
    safeParts.push(
      <details class="comment__more">
        <summary>Report{hidden}</summary>
        <form method="post" action={`/comments/${comment.id}/report`}>
          <CsrfField token={csrf} />
          <div class="field">
            <label for={`report-reason-${comment.id}`}>What is wrong with it? (optional)</label>
            <input id={`report-reason-${comment.id}`} name="reason" type="text" maxlength={String(MAX_REPORT_REASON_LENGTH)} />
          </div>
          <p><button type="submit" class="button button--secondary">Send report to moderators</button></p>
        </form>
      </details>,
    );
  }
  if (comment.canReply) {
    safeParts.push(
      <details class="comment__more" open={replyError !== undefined}>
        <summary>Reply{hidden}</summary>
        <form class="comment-form" method="post" action={`/items/${itemId}/comments`} data-comment-form>
          <CsrfField token={csrf} />
          <input type="hidden" name="parentId" value={String(comment.id)} />
          {replyError ? <FormError fieldId={`reply-body-${comment.id}`} error={replyError} /> : ''}
          <CommentField id={`reply-body-${comment.id}`} name="body" label={`Your reply to ${comment.authorName}`} value={replyError !== undefined && state ? state.body : ''} error={replyError} rows={4} />
          <p><button type="submit" class="button">Post reply</button></p>
        </form>
      </details>,
    );
  }
  return safeParts.length > 0 ? <div class="comment__actions">{safeParts}</div> : '';
}

function Comment({ comment, itemId, csrf, state }: { comment: CommentView; itemId: number; csrf: string | undefined; state: CommentFormState | undefined }): JSX.Element {
  // Sanitised when the comment was saved (platform/markdown.ts renderCommentMarkdown).
  const safeBody = comment.bodyHtml;
  return (
    <li class={`comment${comment.state === 'held' ? ' comment--held' : ''}`} id={comment.anchor} tabindex="-1" data-comment-id={String(comment.id)}>
      {comment.state === 'removed' ? (
        <p class="comment__removed">This comment has been removed.</p>
      ) : (
        <>
          <p class="comment__meta">
            <strong class="comment__author" safe>{comment.authorName}</strong>{' '}
            <a class="comment__time" href={`#${comment.anchor}`}><time datetime={comment.createdIso} safe>{comment.createdLabel}</time></a>
            {comment.isEdited ? ' (edited)' : ''}
          </p>
          {comment.state === 'held' ? <p class="comment__note comment__note--held">Waiting for a moderator. Only you can see it until it is approved.</p> : ''}
          <div class="comment__body">{safeBody}</div>
        </>
      )}
      <CommentActions comment={comment} itemId={itemId} csrf={csrf} state={state} />
      {comment.replies.length > 0 ? (
        <ol class="comment-list comment-list--replies" aria-label={comment.state === 'removed' ? 'Replies' : `Replies to ${comment.authorName}`}>
          {comment.replies.map((reply) => <Comment comment={reply} itemId={itemId} csrf={csrf} state={state} />)}
        </ol>
      ) : ''}
    </li>
  );
}

export function CommentsSection({ thread, itemId, csrf, state }: { thread: CommentThread; itemId: number; csrf: string | undefined; state: CommentFormState | undefined }): JSX.Element {
  const sortHref = (sort: string) => `${thread.itemPath}?comments=${sort}#comments`;
  return (
    <section class="comments" id="comments" aria-labelledby="comments-heading" data-comments>
      <h2 id="comments-heading" safe>{`Comments (${thread.count.toLocaleString('en-GB')})`}</h2>
      {thread.comments.length > 1 ? (
        <nav class="comments__sort" aria-label="Sort comments">
          <span>Sort: </span>
          <a href={sortHref('oldest')} aria-current={thread.sort === 'oldest' ? 'true' : undefined}>Oldest first</a>{' '}
          <a href={sortHref('newest')} aria-current={thread.sort === 'newest' ? 'true' : undefined}>Newest first</a>
        </nav>
      ) : ''}
      {thread.refusal === undefined && csrf ? <CommentForm itemId={itemId} csrf={csrf} state={state} /> : <Refusal thread={thread} />}
      {csrf ? <p class="comments__settings"><a href="/account/comments">Emails about replies to your comments</a></p> : ''}
      {thread.comments.length > 0 ? (
        <ol class="comment-list">
          {thread.comments.map((comment) => <Comment comment={comment} itemId={itemId} csrf={csrf} state={state} />)}
        </ol>
      ) : (
        <p>No comments yet.</p>
      )}
    </section>
  );
}

export function EditCommentPage({ ctx, commentId, body, error, backTo, csrf }: { ctx: PageContext; commentId: number; body: string; error?: string; backTo: string; csrf: string }): JSX.Element {
  return (
    <Layout ctx={ctx} title="Edit your comment" noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Edit your comment' }]}>
      <h1>Edit your comment</h1>
      <p class="lede">You can change a comment for 15 minutes after posting it.</p>
      <form class="comment-form" method="post" action={`/comments/${commentId}/edit`}>
        <CsrfField token={csrf} />
        {error ? <FormError fieldId="comment-body" error={error} /> : ''}
        <CommentField id="comment-body" name="body" label="Your comment" value={body} error={error} rows={8} />
        <p class="button-row">
          <button type="submit" class="button">Save changes</button>
          <a href={backTo}>Cancel</a>
        </p>
      </form>
    </Layout>
  );
}

export function ReplyEmailsPage({ ctx, isOn, isSaved, csrf }: { ctx: PageContext; isOn: boolean; isSaved: boolean; csrf: string }): JSX.Element {
  return (
    <Layout ctx={ctx} title="Comment emails" noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Your account', path: '/account' }, { label: 'Comment emails' }]}>
      <h1>Comment emails</h1>
      {isSaved ? <p class="notice" role="status">Your choice is saved.</p> : ''}
      <form method="post" action="/account/comments">
        <CsrfField token={csrf} />
        <CheckboxField name="replyEmails" label="Email me when someone replies to one of my comments" checked={isOn} hint="We send one email per reply, with a link to it. Replies to your own comments by you are not emailed." />
        <p><button type="submit" class="button">Save</button></p>
      </form>
    </Layout>
  );
}

export { Html };
