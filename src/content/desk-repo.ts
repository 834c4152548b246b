// SQL for the editor's desk: listing every item whatever its status, saving with a version
// check, revisions, publishing due items, and deletion. Reading published items for the
// public stays in repo.ts.
import type { Kysely, Transaction } from 'kysely';
import type { AttachmentRow, AuthorRow, Database, ItemKind, ItemRevisionRow, ItemRow, ItemStatus, ItemUpdate, NewItem } from '../db/schema.js';

export interface DeskFilter {
  kind?: ItemKind;
  status?: ItemStatus;
  /** Words in the title. */
  q?: string;
}

export type DeskRow = Pick<ItemRow, 'id' | 'kind' | 'slug' | 'title' | 'status' | 'access' | 'published_at' | 'updated_at'>;

export interface Links {
  topicIds: readonly number[];
  authorIds: readonly number[];
}

/**
 * Whether a save failed on a unique constraint (an item of that kind took the slug between
 * the check and the save: a double-clicked Publish, two editors at once). SQLite and PostgreSQL
 * report it each their own way.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

export class DeskRepo {
  constructor(private readonly db: Kysely<Database>) {}

  private filtered(filter: DeskFilter) {
    let query = this.db.selectFrom('items');
    if (filter.kind) query = query.where('kind', '=', filter.kind);
    if (filter.status) query = query.where('status', '=', filter.status);
    if (filter.q) query = query.where('title', 'like', `%${filter.q.replace(/[%_\\]/g, '')}%`);
    return query;
  }

  async count(filter: DeskFilter): Promise<number> {
    const row = await this.filtered(filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  list(filter: DeskFilter, page: { limit: number; offset: number }): Promise<DeskRow[]> {
    return this.filtered(filter)
      .select(['id', 'kind', 'slug', 'title', 'status', 'access', 'published_at', 'updated_at'])
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .limit(page.limit)
      .offset(page.offset)
      .execute();
  }

  /** Scheduled items, soonest first. */
  listScheduled(limit: number): Promise<DeskRow[]> {
    return this.db.selectFrom('items').select(['id', 'kind', 'slug', 'title', 'status', 'access', 'published_at', 'updated_at'])
      .where('status', '=', 'scheduled').orderBy('published_at', 'asc').limit(limit).execute();
  }

  listRecentlyPublished(limit: number): Promise<DeskRow[]> {
    return this.db.selectFrom('items').select(['id', 'kind', 'slug', 'title', 'status', 'access', 'published_at', 'updated_at'])
      .where('status', '=', 'published').orderBy('published_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  }

  findById(id: number): Promise<ItemRow | undefined> {
    return this.db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async slugTaken(kind: ItemKind, slug: string, exceptId?: number): Promise<boolean> {
    let query = this.db.selectFrom('items').select('id').where('kind', '=', kind).where('slug', '=', slug);
    if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
    return (await query.executeTakeFirst()) !== undefined;
  }

  async linksOf(itemId: number): Promise<{ topicIds: number[]; authorIds: number[] }> {
    const [topics, authors] = await Promise.all([
      this.db.selectFrom('item_topics').select('topic_id').where('item_id', '=', itemId).execute(),
      this.db.selectFrom('item_authors').select('author_id').where('item_id', '=', itemId).orderBy('position').execute(),
    ]);
    return { topicIds: topics.map((t) => t.topic_id), authorIds: authors.map((a) => a.author_id) };
  }

  listAuthors(): Promise<AuthorRow[]> {
    return this.db.selectFrom('authors').selectAll().orderBy('name').execute();
  }

  attachmentsOf(itemId: number): Promise<AttachmentRow[]> {
    return this.db.selectFrom('attachments').selectAll().where('item_id', '=', itemId).orderBy('id').execute();
  }

  async insert(item: NewItem, links: Links, revision: Omit<ItemRevisionRow, 'id' | 'item_id' | 'version'>): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      const { id } = await trx.insertInto('items').values(item).returning('id').executeTakeFirstOrThrow();
      await this.replaceLinks(trx, id, links);
      await trx.insertInto('item_revisions').values({ ...revision, item_id: id, version: 1 }).execute();
      return id;
    });
  }

  /**
   * Saves an item only if nobody saved it since `expectedVersion` was read; returns false
   * (and changes nothing) when someone did. A slug change leaves the old slug redirecting.
   */
  async update(itemId: number, expectedVersion: number, changes: ItemUpdate, links: Links, revision: Omit<ItemRevisionRow, 'id' | 'item_id' | 'version'>): Promise<boolean> {
    return this.db.transaction().execute(async (trx) => {
      const current = await trx.selectFrom('items').select(['kind', 'slug', 'version']).where('id', '=', itemId).executeTakeFirst();
      if (!current || current.version !== expectedVersion) return false;
      const result = await trx.updateTable('items').set({ ...changes, version: expectedVersion + 1 }).where('id', '=', itemId).where('version', '=', expectedVersion).executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) return false;
      if (changes.slug !== undefined && changes.slug !== current.slug) {
        // A slug that once redirected elsewhere now belongs to this item.
        await trx.deleteFrom('slug_redirects').where('kind', '=', current.kind).where('old_slug', '=', changes.slug).execute();
        await trx.insertInto('slug_redirects').values({ kind: current.kind, old_slug: current.slug, item_id: itemId })
          .onConflict((oc) => oc.columns(['kind', 'old_slug']).doUpdateSet({ item_id: itemId })).execute();
      }
      await this.replaceLinks(trx, itemId, links);
      await trx.insertInto('item_revisions').values({ ...revision, item_id: itemId, version: expectedVersion + 1 }).execute();
      return true;
    });
  }

  private async replaceLinks(trx: Transaction<Database>, itemId: number, links: Links): Promise<void> {
    await trx.deleteFrom('item_topics').where('item_id', '=', itemId).execute();
    await trx.deleteFrom('item_authors').where('item_id', '=', itemId).execute();
    const topicIds = [...new Set(links.topicIds)];
    const authorIds = [...new Set(links.authorIds)];
    if (topicIds.length > 0) await trx.insertInto('item_topics').values(topicIds.map((topic_id) => ({ item_id: itemId, topic_id }))).execute();
    if (authorIds.length > 0) await trx.insertInto('item_authors').values(authorIds.map((author_id, position) => ({ item_id: itemId, author_id, position }))).execute();
  }

  /** Changes only the status fields, with the same version check; no revision (content is unchanged). */
  async setStatus(itemId: number, expectedVersion: number, changes: { status: ItemStatus; published_at: string | null; updated_at: string }): Promise<boolean> {
    const result = await this.db.updateTable('items').set({ ...changes, version: expectedVersion + 1 }).where('id', '=', itemId).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  /** Ids of scheduled items whose time has come. */
  async dueIds(now: string): Promise<number[]> {
    return (await this.db.selectFrom('items').select('id').where('status', '=', 'scheduled').where('published_at', '<=', now).orderBy('published_at').execute()).map((r) => r.id);
  }

  /**
   * Publishes one scheduled item. The WHERE clause makes it happen once: of two processes
   * racing, only one UPDATE finds the item still scheduled.
   */
  async publishScheduled(itemId: number, now: string): Promise<Pick<ItemRow, 'id' | 'kind' | 'slug' | 'title'> | undefined> {
    const result = await this.db.updateTable('items').set((eb) => ({ status: 'published' as const, updated_at: now, version: eb('version', '+', 1) }))
      .where('id', '=', itemId).where('status', '=', 'scheduled').where('published_at', '<=', now).executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return undefined;
    return this.db.selectFrom('items').select(['id', 'kind', 'slug', 'title']).where('id', '=', itemId).executeTakeFirst();
  }

  async nextScheduledAt(): Promise<string | undefined> {
    const row = await this.db.selectFrom('items').select((eb) => eb.fn.min('published_at').as('next')).where('status', '=', 'scheduled').executeTakeFirst();
    return (row?.next as string | null | undefined) ?? undefined;
  }

  /** Deletes an item (its links, revisions, attachments rows and views go with it); returns its files' keys. */
  async delete(itemId: number): Promise<string[]> {
    return this.db.transaction().execute(async (trx) => {
      const item = await trx.selectFrom('items').select('hero_image').where('id', '=', itemId).executeTakeFirst();
      if (!item) return [];
      const files = (await trx.selectFrom('attachments').select('storage_key').where('item_id', '=', itemId).execute()).map((a) => a.storage_key);
      // Earlier hero images are kept on disk for restoring revisions: they go with the item too.
      const revisionHeroes = (await trx.selectFrom('item_revisions').select('snapshot').where('item_id', '=', itemId).execute())
        .map((r) => (JSON.parse(r.snapshot) as { heroImage?: unknown }).heroImage)
        .filter((key): key is string => typeof key === 'string');
      await trx.deleteFrom('items').where('id', '=', itemId).execute();
      // A hero image may be shared by other items or their revisions (the demo reuses drawings): keep it then.
      // (Keys have no LIKE wildcards; one that did would only match more, keeping the file.)
      const heroes: string[] = [];
      for (const key of new Set([item.hero_image, ...revisionHeroes])) {
        if (!key) continue;
        const inUse = (await trx.selectFrom('items').select('id').where('hero_image', '=', key).executeTakeFirst())
          ?? (await trx.selectFrom('item_revisions').select('id').where('snapshot', 'like', `%${JSON.stringify(key)}%`).executeTakeFirst());
        if (!inUse) heroes.push(key);
      }
      return [...files, ...heroes];
    });
  }

  async insertAttachment(attachment: Omit<AttachmentRow, 'id'>): Promise<number> {
    const { id } = await this.db.insertInto('attachments').values(attachment).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  /** Removes the named attachments of this item; returns their storage keys. */
  async deleteAttachments(itemId: number, attachmentIds: readonly number[]): Promise<string[]> {
    if (attachmentIds.length === 0) return [];
    const rows = await this.db.selectFrom('attachments').select('storage_key').where('item_id', '=', itemId).where('id', 'in', attachmentIds).execute();
    await this.db.deleteFrom('attachments').where('item_id', '=', itemId).where('id', 'in', attachmentIds).execute();
    return rows.map((r) => r.storage_key);
  }

  async insertRevision(revision: Omit<ItemRevisionRow, 'id'>): Promise<void> {
    await this.db.insertInto('item_revisions').values(revision).onConflict((oc) => oc.columns(['item_id', 'version']).doNothing()).execute();
  }

  listRevisions(itemId: number): Promise<ItemRevisionRow[]> {
    return this.db.selectFrom('item_revisions').selectAll().where('item_id', '=', itemId).orderBy('version', 'desc').execute();
  }

  findRevision(itemId: number, version: number): Promise<ItemRevisionRow | undefined> {
    return this.db.selectFrom('item_revisions').selectAll().where('item_id', '=', itemId).where('version', '=', version).executeTakeFirst();
  }
}
