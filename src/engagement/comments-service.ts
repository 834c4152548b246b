// Comment use cases: the thread under an item as one viewer sees it, posting (with the
// first-comment hold and spam heuristics), editing within 15 minutes, deleting and reporting
// one's own or others' comments, the moderation queue, and the reply emails.
import type { Viewer } from '../accounts/viewer.js';
import type { AuditLog } from '../audit/service.js';
import { canRead } from '../content/policy.js';
import { itemPath } from '../content/urls.js';
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.js';
import type { Mailer, EmailMessage } from '../platform/email/mailer.js';
import type { RateLimiter } from '../platform/http/rate-limit.js';
import { renderCommentMarkdown } from '../platform/markdown.js';
import type { CommentPolicy } from '../site/settings.js';
import type { EngagementEvents } from './events.js';
import { decisionEmail, replyEmail, type Site } from './comments-emails.js';
import { commentRefusal, effectiveCommentPolicy, isModerator, isWithinEditWindow, MAX_COMMENT_LENGTH, MAX_REPORT_REASON_LENGTH, REFUSAL_MESSAGES, type CommentRefusal } from './comments-policy.js';
import { presentThread, type CommentThread, type ThreadSort } from './comments-presenters.js';
import type { CommentForMail, CommentRepo, CommentedItemRow, QueueRow } from './comments-repo.js';
import { holdReasons, REPEAT_WINDOW_MS } from './moderation-rules.js';

/** A hard ceiling well above the "posting fast" hold: past it a person is refused for a while. */
const POST_LIMIT = { max: 30, windowSeconds: 600 };

export interface CommentServiceDeps {
  repo: CommentRepo;
  sitePolicy: () => CommentPolicy;
  site: () => Site;
  mailer: Mailer;
  limiter: RateLimiter;
  events: EngagementEvents;
  audit: AuditLog;
  invalidatePages: () => void;
  clock?: () => Date;
  onBackgroundError?: (error: unknown) => void;
}

export interface PostedComment {
  id: number;
  isHeld: boolean;
  /** Where the browser goes next: the item, at the comment. */
  location: string;
}

export interface QueueEntry extends QueueRow {
  itemPath: string;
  reports: { reporter: string; reason: string }[];
}

type SignedIn = Extract<Viewer, { kind: 'user' }>;

export class CommentService {
  private readonly clock: () => Date;
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly deps: CommentServiceDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** The thread under an item as this viewer may see it; undefined when nothing is to be shown. */
  async thread(viewer: Viewer, item: CommentedItemRow, options: { canRead: boolean; sort: ThreadSort }): Promise<CommentThread | undefined> {
    // Nothing about a members-only item's comments reaches someone who cannot open it.
    if (!options.canRead) return undefined;
    const policy = effectiveCommentPolicy(item.comments, this.deps.sitePolicy());
    const person = viewer.kind === 'user' ? await this.deps.repo.findPerson(viewer.id) : undefined;
    const refusal = commentRefusal(viewer, { policy, canRead: true, isSuspended: Boolean(person?.commenting_suspended_at) });
    const rows = await this.deps.repo.listForItem(item.id);
    if (policy === 'closed' && !rows.some((r) => r.status === 'visible')) return undefined;
    const reported = viewer.kind === 'user' ? await this.deps.repo.reportedBy(viewer.id, rows.map((r) => r.id)) : new Set<number>();
    return presentThread({ rows, viewer, refusal, sort: options.sort, reported, now: this.clock(), itemPath: itemPath(item.kind, item.slug) });
  }

  async findItem(itemId: number): Promise<CommentedItemRow> {
    const item = await this.deps.repo.findItem(itemId);
    if (!item) throw new NotFound('That item does not exist, or is no longer published.');
    return item;
  }

  async post(viewer: Viewer, itemId: number, input: { body: string; parentId?: number }): Promise<PostedComment> {
    const item = await this.deps.repo.findItem(itemId);
    if (!item) throw new NotFound('That item does not exist, or is no longer published.');
    const author = await this.authorise(viewer, item);
    const body = checkedBody(input.body);
    let parentId: number | null = null;
    let parent: CommentForMail | undefined;
    if (input.parentId !== undefined) {
      const replyTo = await this.deps.repo.find(input.parentId);
      if (!replyTo || replyTo.item_id !== item.id || replyTo.status !== 'visible') throw new NotFound('The comment you replied to is not there any more.');
      // Replies are one level deep: a reply to a reply joins the top-level comment's thread.
      parent = replyTo.parent_id === null ? replyTo : await this.deps.repo.find(replyTo.parent_id);
      if (!parent) throw new NotFound('The comment you replied to is not there any more.');
      parentId = parent.id;
      // The person replied to hears about it, even when they are not the thread's starter.
      if (replyTo.id !== parent.id) parent = replyTo;
    }
    this.deps.limiter.hit(`comment:${author.id}`, POST_LIMIT);

    const now = this.clock();
    const rendered = renderCommentMarkdown(body);
    const recent = await this.deps.repo.recentBodiesBy(author.id, new Date(now.getTime() - REPEAT_WINDOW_MS).toISOString());
    const isTrusted = isModerator(author) || (await this.deps.repo.hasApprovedComment(author.id));
    const reasons = holdReasons({ body, linkCount: countLinks(rendered.html), recent, isTrusted, now });
    const status = reasons.length > 0 ? 'held' : 'visible';
    const id = await this.deps.repo.insert({
      item_id: item.id, user_id: author.id, parent_id: parentId, body_md: body, body_html: rendered.html, status, held_reason: reasons.join(', '), created_at: now.toISOString(),
    });
    await this.deps.events.record({ userId: author.id, itemId: item.id, kind: 'comment' });
    if (status === 'visible') {
      this.deps.invalidatePages();
      if (parent) this.notifyReply(parent, { replierId: author.id, replierName: author.name, item, commentId: id });
    }
    return { id, isHeld: status === 'held', location: `${itemPath(item.kind, item.slug)}#comment-${id}` };
  }

  /** A person's own comment, still within its edit window, for the edit form. */
  async findEditable(viewer: Viewer, commentId: number): Promise<{ comment: CommentForMail; item: CommentedItemRow; location: string }> {
    const { comment, item } = await this.ownComment(viewer, commentId);
    if (!isWithinEditWindow(comment.created_at, this.clock())) {
      throw new Forbidden('Comments can only be changed in the 15 minutes after they are posted, and that time has passed for this one. You can still delete it.');
    }
    return { comment, item, location: `${itemPath(item.kind, item.slug)}#comment-${comment.id}` };
  }

  async edit(viewer: Viewer, commentId: number, bodyInput: string): Promise<string> {
    const { comment, location } = await this.findEditable(viewer, commentId);
    const body = checkedBody(bodyInput);
    const rendered = renderCommentMarkdown(body);
    // An edit cannot slip links or blocked words past moderation.
    const reasons = holdReasons({ body, linkCount: countLinks(rendered.html), recent: [], isTrusted: true, now: this.clock() });
    const hold = comment.status === 'visible' && reasons.length > 0 ? { status: 'held' as const, held_reason: reasons.join(', ') } : {};
    await this.deps.repo.updateBody(comment.id, { body_md: body, body_html: rendered.html, edited_at: this.clock().toISOString(), ...hold });
    if (comment.status === 'visible') this.deps.invalidatePages();
    return location;
  }

  async delete(viewer: Viewer, commentId: number): Promise<string> {
    const { comment, item } = await this.ownComment(viewer, commentId);
    await this.deps.repo.markDeleted(comment.id);
    if (comment.status === 'visible') this.deps.invalidatePages();
    return `${itemPath(item.kind, item.slug)}#comments`;
  }

  async report(viewer: Viewer, commentId: number, reasonInput: string): Promise<string> {
    if (viewer.kind !== 'user') throw new Forbidden('Log in to report a comment.');
    if (!viewer.isEmailVerified) throw new Forbidden('Please confirm your email address before reporting a comment.');
    const comment = await this.deps.repo.find(commentId);
    const item = comment ? await this.deps.repo.findItem(comment.item_id) : undefined;
    if (!comment || !item || comment.status !== 'visible') throw new NotFound('That comment does not exist.');
    if (!canRead(viewer, item.access)) throw new Forbidden('You cannot report a comment on an item you cannot open.');
    if (comment.user_id === viewer.id) throw new Invalid('reason', 'You cannot report your own comment. You can delete it instead.');
    const reason = reasonInput.trim().replace(/\s+/g, ' ');
    if (reason.length > MAX_REPORT_REASON_LENGTH) throw new Invalid('reason', `Please keep the reason under ${MAX_REPORT_REASON_LENGTH} characters.`);
    await this.deps.repo.insertReport({ comment_id: comment.id, user_id: viewer.id, reason, created_at: this.clock().toISOString() });
    return `${itemPath(item.kind, item.slug)}#comment-${comment.id}`;
  }

  // ---- moderation ----

  async queue(limit = 200): Promise<QueueEntry[]> {
    const rows = await this.deps.repo.listQueue(limit);
    const reports = await this.deps.repo.openReportsFor(rows.map((r) => r.id));
    return rows.map((row) => ({ ...row, itemPath: itemPath(row.item_kind, row.item_slug), reports: reports.get(row.id) ?? [] }));
  }

  waitingCount(): Promise<number> {
    return this.deps.repo.countQueue();
  }

  /** A held comment is published (and its author told); a reported one is kept and its reports closed. */
  async approve(moderator: Viewer, commentId: number): Promise<void> {
    const by = requireModerator(moderator);
    const { comment, item } = await this.queued(commentId);
    const now = this.clock().toISOString();
    if (comment.status === 'held') {
      if (!(await this.deps.repo.decide(comment.id, 'held', 'visible', by.id, now))) throw new Conflict('Another moderator has already dealt with that comment.');
      this.deps.invalidatePages();
      const link = this.link(item, comment.id);
      this.send(decisionEmail(this.deps.site(), { email: comment.author_email, name: comment.author_name }, { isApproved: true, itemTitle: item.title, link }));
      if (comment.parent_id !== null) {
        const parent = await this.deps.repo.find(comment.parent_id);
        if (parent) this.notifyReply(parent, { replierId: comment.user_id, replierName: comment.author_name, item, commentId: comment.id });
      }
    }
    await this.deps.repo.resolveReports(comment.id, now);
    await this.deps.audit.record(moderator, { action: 'comment.approve', subjectType: 'comment', subjectId: comment.id, summary: `Approved a comment by ${comment.author_name} on “${item.title}”` });
  }

  async reject(moderator: Viewer, commentId: number): Promise<void> {
    const by = requireModerator(moderator);
    const { comment, item } = await this.queued(commentId);
    const now = this.clock().toISOString();
    if (!(await this.deps.repo.decide(comment.id, comment.status, 'rejected', by.id, now))) throw new Conflict('Another moderator has already dealt with that comment.');
    await this.deps.repo.resolveReports(comment.id, now);
    if (comment.status === 'visible') this.deps.invalidatePages();
    else this.send(decisionEmail(this.deps.site(), { email: comment.author_email, name: comment.author_name }, { isApproved: false, itemTitle: item.title, link: `${this.deps.site().url}${itemPath(item.kind, item.slug)}` }));
    await this.deps.audit.record(moderator, { action: 'comment.reject', subjectType: 'comment', subjectId: comment.id, summary: `Rejected a comment by ${comment.author_name} on “${item.title}”` });
  }

  /** Stops the author of a comment commenting (or lets them again); audited against the comment. */
  async setAuthorSuspended(moderator: Viewer, commentId: number, isSuspended: boolean): Promise<string> {
    requireModerator(moderator);
    const comment = await this.deps.repo.find(commentId);
    const person = comment ? await this.deps.repo.findPerson(comment.user_id) : undefined;
    if (!comment || !person) throw new NotFound('That comment does not exist.');
    if (isSuspended && person.role !== 'member') throw new Conflict('Editors and administrators cannot be stopped from commenting here. An administrator can change their role first.');
    await this.deps.repo.setCommentingSuspended(person.id, isSuspended ? this.clock().toISOString() : null);
    await this.deps.audit.record(moderator, {
      action: isSuspended ? 'comment.suspend_author' : 'comment.reinstate_author', subjectType: 'comment', subjectId: comment.id,
      summary: isSuspended ? `Stopped ${person.name} <${person.email}> commenting` : `Let ${person.name} <${person.email}> comment again`,
    });
    return person.name;
  }

  // ---- settings and counts ----

  async replyEmailsOn(viewer: SignedIn): Promise<boolean> {
    const person = await this.deps.repo.findPerson(viewer.id);
    return person?.reply_emails !== 0;
  }

  async setReplyEmails(viewer: SignedIn, isOn: boolean): Promise<void> {
    await this.deps.repo.setReplyEmails(viewer.id, isOn);
  }

  /** A person's own comments, for their data export. */
  async listForExport(userId: number): Promise<{ itemId: number; parentId: number | null; body: string; status: string; postedAt: string; editedAt: string | null }[]> {
    return (await this.deps.repo.listByAuthor(userId)).map((c) => ({ itemId: c.item_id, parentId: c.parent_id, body: c.body_md, status: c.status, postedAt: c.created_at, editedAt: c.edited_at }));
  }

  /** Visible comments per item, for listings (used by the counts on cards). */
  countVisibleByItem(itemIds: readonly number[]): Promise<Map<number, number>> {
    return this.deps.repo.countVisibleByItem(itemIds);
  }

  /** Waits for emails started after responses (called before the mailer closes). */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  // ---- helpers ----

  /** The commenter, or why they may not comment on this item. */
  private async authorise(viewer: Viewer, item: CommentedItemRow): Promise<SignedIn> {
    const person = viewer.kind === 'user' ? await this.deps.repo.findPerson(viewer.id) : undefined;
    const refusal: CommentRefusal | undefined = commentRefusal(viewer, {
      policy: effectiveCommentPolicy(item.comments, this.deps.sitePolicy()), canRead: canRead(viewer, item.access), isSuspended: Boolean(person?.commenting_suspended_at),
    });
    if (refusal || viewer.kind !== 'user') throw new Forbidden(REFUSAL_MESSAGES[refusal ?? 'anonymous']);
    return viewer;
  }

  private async ownComment(viewer: Viewer, commentId: number): Promise<{ comment: CommentForMail; item: CommentedItemRow }> {
    if (viewer.kind !== 'user') throw new Forbidden('Log in to change your comments.');
    const comment = await this.deps.repo.find(commentId);
    const item = comment ? await this.deps.repo.findItem(comment.item_id) : undefined;
    if (!comment || !item || comment.status === 'deleted' || comment.status === 'rejected') throw new NotFound('That comment does not exist.');
    if (comment.user_id !== viewer.id) throw new Forbidden('You can only change or delete your own comments.');
    return { comment, item };
  }

  private async queued(commentId: number): Promise<{ comment: CommentForMail; item: CommentedItemRow }> {
    const comment = await this.deps.repo.find(commentId);
    const item = comment ? await this.deps.repo.findItem(comment.item_id) : undefined;
    if (!comment || !item) throw new NotFound('That comment does not exist.');
    if (comment.status !== 'held' && comment.status !== 'visible') throw new Conflict('That comment has already been dealt with.');
    return { comment, item };
  }

  private link(item: CommentedItemRow, commentId: number): string {
    return `${this.deps.site().url}${itemPath(item.kind, item.slug)}#comment-${commentId}`;
  }

  private notifyReply(to: CommentForMail, reply: { replierId: number; replierName: string; item: CommentedItemRow; commentId: number }): void {
    if (to.user_id === reply.replierId || to.author_reply_emails === 0 || to.status !== 'visible') return;
    this.send(replyEmail(this.deps.site(), { email: to.author_email, name: to.author_name }, { replierName: reply.replierName, itemTitle: reply.item.title, link: this.link(reply.item, reply.commentId) }));
  }

  /** Sends once the response has gone; a mail failure never undoes the comment. */
  private send(message: EmailMessage): void {
    const running: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
      .then(() => this.deps.mailer.send(message))
      .catch((error: unknown) => (this.deps.onBackgroundError ?? ((e: unknown) => console.error('A comment email could not be sent:', e)))(error))
      .finally(() => this.pending.delete(running));
    this.pending.add(running);
  }
}

function requireModerator(viewer: Viewer): SignedIn {
  if (viewer.kind !== 'user' || !isModerator(viewer)) throw new Forbidden('Only editors and administrators moderate comments.');
  return viewer;
}

/** The text to save, or the problem with it (kept field by field for the form). */
function checkedBody(input: string): string {
  const body = input.replace(/\r\n?/g, '\n').trim();
  if (body === '') throw new Invalid('body', 'Write your comment before sending it.');
  if (body.length > MAX_COMMENT_LENGTH) {
    throw new Invalid('body', `Your comment is ${body.length.toLocaleString('en-GB')} characters long. Please shorten it to ${MAX_COMMENT_LENGTH.toLocaleString('en-GB')} characters or fewer.`);
  }
  return body;
}

function countLinks(html: string): number {
  return (html.match(/<a\s/g) ?? []).length;
}
