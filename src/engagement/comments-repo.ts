// The only SQL for comments, their reports and the two per-person comment settings. Written
// with Kysely so every query runs on SQLite and PostgreSQL; timestamps are ISO strings.
import type { Kysely } from 'kysely';
import type { CommentSetting, CommentStatus, Database, ItemRow } from '../db/schema.js';

/** A published item as comments need it. */
export interface CommentedItemRow {
  id: number;
  kind: ItemRow['kind'];
  slug: string;
  title: string;
  access: ItemRow['access'];
  comments: CommentSetting;
}

export interface CommentWithAuthor {
  id: number;
  item_id: number;
  user_id: number;
  parent_id: number | null;
  body_md: string;
  body_html: string;
  status: CommentStatus;
  held_reason: string;
  created_at: string;
  edited_at: string | null;
  decided_at: string | null;
  author_name: string;
}

export interface CommentForMail extends CommentWithAuthor {
  author_email: string;
  author_reply_emails: number;
}

export interface QueueRow {
  id: number;
  user_id: number;
  body_html: string;
  status: CommentStatus;
  held_reason: string;
  created_at: string;
  author_name: string;
  author_email: string;
  author_suspended_at: string | null;
  item_kind: ItemRow['kind'];
  item_slug: string;
  item_title: string;
}

export interface NewComment {
  item_id: number;
  user_id: number;
  parent_id: number | null;
  body_md: string;
  body_html: string;
  status: CommentStatus;
  held_reason: string;
  created_at: string;
}

const COMMENT_COLUMNS = [
  'comments.id', 'comments.item_id', 'comments.user_id', 'comments.parent_id', 'comments.body_md', 'comments.body_html', 'comments.status',
  'comments.held_reason', 'comments.created_at', 'comments.edited_at', 'comments.decided_at', 'users.name as author_name',
] as const;

export class CommentRepo {
  constructor(private readonly db: Kysely<Database>) {}

  findItem(itemId: number): Promise<CommentedItemRow | undefined> {
    return this.db.selectFrom('items').select(['id', 'kind', 'slug', 'title', 'access', 'comments']).where('id', '=', itemId).where('status', '=', 'published').executeTakeFirst();
  }

  /** Every comment on an item whatever its state, oldest first; the service decides what shows. */
  listForItem(itemId: number): Promise<CommentWithAuthor[]> {
    return this.db.selectFrom('comments').innerJoin('users', 'users.id', 'comments.user_id').select(COMMENT_COLUMNS).where('comments.item_id', '=', itemId).orderBy('comments.created_at').orderBy('comments.id').execute();
  }

  listByAuthor(userId: number): Promise<{ item_id: number; parent_id: number | null; body_md: string; status: CommentStatus; created_at: string; edited_at: string | null }[]> {
    return this.db.selectFrom('comments').select(['item_id', 'parent_id', 'body_md', 'status', 'created_at', 'edited_at']).where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
  }

  find(id: number): Promise<CommentForMail | undefined> {
    return this.db
      .selectFrom('comments')
      .innerJoin('users', 'users.id', 'comments.user_id')
      .select([...COMMENT_COLUMNS, 'users.email as author_email', 'users.reply_emails as author_reply_emails'])
      .where('comments.id', '=', id)
      .executeTakeFirst();
  }

  /** Visible comments (replies included) per item, for listings; items without any are absent. */
  async countVisibleByItem(itemIds: readonly number[]): Promise<Map<number, number>> {
    const counts = new Map<number, number>();
    if (itemIds.length === 0) return counts;
    const rows = await this.db
      .selectFrom('comments')
      .select(['item_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('item_id', 'in', [...itemIds])
      .where('status', '=', 'visible')
      .groupBy('item_id')
      .execute();
    for (const row of rows) counts.set(row.item_id, Number(row.n));
    return counts;
  }

  async insert(comment: NewComment): Promise<number> {
    const { id } = await this.db.insertInto('comments').values(comment).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  async updateBody(id: number, body: { body_md: string; body_html: string; edited_at: string; status?: CommentStatus; held_reason?: string }): Promise<void> {
    await this.db.updateTable('comments').set(body).where('id', '=', id).execute();
  }

  async markDeleted(id: number): Promise<void> {
    await this.db.updateTable('comments').set({ status: 'deleted' }).where('id', '=', id).execute();
  }

  /** A moderator's decision; only changes a comment still in the state it was seen in. */
  async decide(id: number, from: CommentStatus, to: CommentStatus, by: number, at: string): Promise<boolean> {
    const result = await this.db.updateTable('comments').set({ status: to, decided_at: at, decided_by: by }).where('id', '=', id).where('status', '=', from).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Whether a moderator has approved one of this person's comments (so new ones appear at once). */
  async hasApprovedComment(userId: number): Promise<boolean> {
    const row = await this.db
      .selectFrom('comments')
      .select('id')
      .where('user_id', '=', userId)
      .where((eb) => eb.or([eb('status', '=', 'visible'), eb.and([eb('decided_at', 'is not', null), eb('status', '<>', 'rejected')])]))
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** A person's recent comments, newest first, for the repeat and rate checks. */
  recentBodiesBy(userId: number, since: string): Promise<{ body_md: string; created_at: string }[]> {
    return this.db.selectFrom('comments').select(['body_md', 'created_at']).where('user_id', '=', userId).where('created_at', '>=', since).orderBy('created_at', 'desc').limit(100).execute();
  }

  async insertReport(report: { comment_id: number; user_id: number; reason: string; created_at: string }): Promise<void> {
    await this.db
      .insertInto('comment_reports')
      .values({ ...report, resolved_at: null })
      .onConflict((oc) => oc.columns(['comment_id', 'user_id']).doUpdateSet({ reason: report.reason, created_at: report.created_at, resolved_at: null }))
      .execute();
  }

  /** Which of these comments this person has reported (and no moderator has dealt with yet). */
  async reportedBy(userId: number, commentIds: readonly number[]): Promise<Set<number>> {
    if (commentIds.length === 0) return new Set();
    const rows = await this.db.selectFrom('comment_reports').select('comment_id').where('user_id', '=', userId).where('comment_id', 'in', [...commentIds]).where('resolved_at', 'is', null).execute();
    return new Set(rows.map((r) => r.comment_id));
  }

  async resolveReports(commentId: number, at: string): Promise<void> {
    await this.db.updateTable('comment_reports').set({ resolved_at: at }).where('comment_id', '=', commentId).where('resolved_at', 'is', null).execute();
  }

  /** Held comments and visible comments with open reports, oldest first. */
  listQueue(limit: number): Promise<QueueRow[]> {
    return this.db
      .selectFrom('comments')
      .innerJoin('users', 'users.id', 'comments.user_id')
      .innerJoin('items', 'items.id', 'comments.item_id')
      .select([
        'comments.id', 'comments.user_id', 'comments.body_html', 'comments.status', 'comments.held_reason', 'comments.created_at',
        'users.name as author_name', 'users.email as author_email', 'users.commenting_suspended_at as author_suspended_at',
        'items.kind as item_kind', 'items.slug as item_slug', 'items.title as item_title',
      ])
      .where((eb) =>
        eb.or([
          eb('comments.status', '=', 'held'),
          eb.and([eb('comments.status', '=', 'visible'), eb.exists(eb.selectFrom('comment_reports').select('comment_reports.comment_id').whereRef('comment_reports.comment_id', '=', 'comments.id').where('comment_reports.resolved_at', 'is', null))]),
        ]),
      )
      .orderBy('comments.created_at')
      .orderBy('comments.id')
      .limit(limit)
      .execute();
  }

  async countQueue(): Promise<number> {
    const row = await this.db
      .selectFrom('comments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where((eb) =>
        eb.or([
          eb('comments.status', '=', 'held'),
          eb.and([eb('comments.status', '=', 'visible'), eb.exists(eb.selectFrom('comment_reports').select('comment_reports.comment_id').whereRef('comment_reports.comment_id', '=', 'comments.id').where('comment_reports.resolved_at', 'is', null))]),
        ]),
      )
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Open reports for these comments: who reported (by name) and why. */
  async openReportsFor(commentIds: readonly number[]): Promise<Map<number, { reporter: string; reason: string }[]>> {
    const reports = new Map<number, { reporter: string; reason: string }[]>();
    if (commentIds.length === 0) return reports;
    const rows = await this.db
      .selectFrom('comment_reports')
      .innerJoin('users', 'users.id', 'comment_reports.user_id')
      .select(['comment_reports.comment_id', 'comment_reports.reason', 'users.name'])
      .where('comment_reports.comment_id', 'in', [...commentIds])
      .where('comment_reports.resolved_at', 'is', null)
      .orderBy('comment_reports.created_at')
      .execute();
    for (const row of rows) reports.set(row.comment_id, [...(reports.get(row.comment_id) ?? []), { reporter: row.name, reason: row.reason }]);
    return reports;
  }

  findPerson(userId: number): Promise<{ id: number; name: string; email: string; role: string; reply_emails: number; commenting_suspended_at: string | null } | undefined> {
    return this.db.selectFrom('users').select(['id', 'name', 'email', 'role', 'reply_emails', 'commenting_suspended_at']).where('id', '=', userId).executeTakeFirst();
  }

  async setReplyEmails(userId: number, isOn: boolean): Promise<void> {
    await this.db.updateTable('users').set({ reply_emails: isOn ? 1 : 0 }).where('id', '=', userId).execute();
  }

  async setCommentingSuspended(userId: number, at: string | null): Promise<void> {
    await this.db.updateTable('users').set({ commenting_suspended_at: at }).where('id', '=', userId).execute();
  }
}
