// The only SQL for newsletter issues and their chosen items (the composer and the archive).
// Sending state lives in sending/deliveries-repo.ts.
import type { Kysely, Selectable } from 'kysely';
import type { Database, NewsletterIssuesTable } from '../db/schema.js';

export type IssueRow = Selectable<NewsletterIssuesTable>;

export class IssuesRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async create(values: { subject: string; introMd: string; introHtml: string; createdBy: number | null; now: string }): Promise<number> {
    const { id } = await this.db
      .insertInto('newsletter_issues')
      .values({ subject: values.subject, intro_md: values.introMd, intro_html: values.introHtml, status: 'draft', created_by: values.createdBy, created_at: values.now, updated_at: values.now })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  findById(id: number): Promise<IssueRow | undefined> {
    return this.db.selectFrom('newsletter_issues').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Replaces an issue's items with these, in this order. */
  async setItems(issueId: number, itemIds: readonly number[]): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('newsletter_issue_items').where('issue_id', '=', issueId).execute();
      if (itemIds.length > 0) await tx.insertInto('newsletter_issue_items').values(itemIds.map((itemId, position) => ({ issue_id: issueId, item_id: itemId, position }))).execute();
    });
  }

  async itemIdsOf(issueId: number): Promise<number[]> {
    const rows = await this.db.selectFrom('newsletter_issue_items').select('item_id').where('issue_id', '=', issueId).orderBy('position').execute();
    return rows.map((r) => r.item_id);
  }
}

/** A published item an editor can put in an issue. */
export interface PickableItem {
  id: number;
  title: string;
  kind: string;
  access: string;
  published_at: string | null;
}

export class IssueDeskRepo {
  constructor(private readonly db: Kysely<Database>) {}

  listIssues(): Promise<IssueRow[]> {
    return this.db.selectFrom('newsletter_issues').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').limit(200).execute();
  }

  /** Saves a draft's text if nobody saved it since `version` was read; false otherwise. */
  async updateDraft(id: number, version: number, values: { subject: string; introMd: string; introHtml: string; now: string }): Promise<boolean> {
    const result = await this.db.updateTable('newsletter_issues')
      .set((eb) => ({ subject: values.subject, intro_md: values.introMd, intro_html: values.introHtml, updated_at: values.now, version: eb('version', '+', 1) }))
      .where('id', '=', id).where('version', '=', version).where('status', 'in', ['draft', 'scheduled'])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Moves an issue from one of `from` to `to`: false when it was in none of them (someone else moved it). */
  async transition(id: number, from: readonly IssueRow['status'][], to: IssueRow['status'], changes: { scheduled_at?: string | null; started_at?: string; now: string }): Promise<boolean> {
    const result = await this.db.updateTable('newsletter_issues')
      .set({ status: to, updated_at: changes.now, ...(changes.scheduled_at !== undefined ? { scheduled_at: changes.scheduled_at } : {}), ...(changes.started_at ? { started_at: changes.started_at } : {}) })
      .where('id', '=', id).where('status', 'in', [...from])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Recent published items (not pages), newest first, optionally matching words of the title. */
  pickable(options: { q: string; limit: number }): Promise<PickableItem[]> {
    let query = this.db.selectFrom('items').select(['id', 'title', 'kind', 'access', 'published_at']).where('status', '=', 'published').where('kind', '!=', 'page');
    for (const word of options.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 5)) query = query.where((eb) => eb(eb.fn('lower', ['title']), 'like', `%${word.replace(/[%_]/g, '')}%`));
    return query.orderBy('published_at', 'desc').limit(options.limit).execute();
  }

  pickableByIds(ids: readonly number[]): Promise<PickableItem[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.selectFrom('items').select(['id', 'title', 'kind', 'access', 'published_at']).where('status', '=', 'published').where('kind', '!=', 'page').where('id', 'in', [...ids]).execute();
  }

  /** Per topic, the published item with the most views since `sinceDay` (YYYY-MM-DD). */
  async mostReadPerTopic(sinceDay: string): Promise<number[]> {
    const rows = await this.db.selectFrom('page_views_daily as v')
      .innerJoin('item_topics as it', 'it.item_id', 'v.item_id')
      .innerJoin('items as i', 'i.id', 'v.item_id')
      .select(['it.topic_id', 'v.item_id', (eb) => eb.fn.sum<number>('v.views').as('views')])
      .where('v.day', '>=', sinceDay).where('i.status', '=', 'published').where('i.kind', '!=', 'page')
      .groupBy(['it.topic_id', 'v.item_id'])
      .execute();
    const best = new Map<number, { itemId: number; views: number }>();
    for (const r of rows) {
      const views = Number(r.views);
      const current = best.get(r.topic_id);
      if (!current || views > current.views || (views === current.views && r.item_id > current.itemId)) best.set(r.topic_id, { itemId: r.item_id, views });
    }
    return [...new Set([...best.values()].sort((a, b) => b.views - a.views).map((b) => b.itemId))];
  }

  /** Who would get an issue sent now: active subscribers whose address is not suppressed. */
  async recipientCount(): Promise<number> {
    const { n } = await this.db.selectFrom('newsletter_subscribers as s').select((eb) => eb.fn.countAll<number>().as('n')).where('s.status', '=', 'active')
      .where(({ not, exists, selectFrom }) => not(exists(selectFrom('email_suppressions as e').select('e.email').whereRef('e.email', '=', 's.email'))))
      .executeTakeFirstOrThrow();
    return Number(n);
  }

  async countSent(): Promise<number> {
    const { n } = await this.db.selectFrom('newsletter_issues').select((eb) => eb.fn.countAll<number>().as('n')).where('status', 'in', ['sent', 'sending', 'paused']).executeTakeFirstOrThrow();
    return Number(n);
  }

  /** Issues that went out (or are going out), newest first: the archive. */
  listSent(page: { limit: number; offset: number }): Promise<IssueRow[]> {
    return this.db.selectFrom('newsletter_issues').selectAll().where('status', 'in', ['sent', 'sending', 'paused']).orderBy('started_at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
  }
}
