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
