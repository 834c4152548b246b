// Content use cases: reading items and listings as a given viewer, and creating items
// (the seed today, the editor's desk later). Markdown is rendered and sanitised at save.
import type { Transaction } from 'kysely';
import type { AccessLevel, AttachmentRow, Database, ItemKind, ItemRow, ItemStatus } from '../db/schema.js';
import { NotFound } from '../errors.js';
import { renderMarkdown, readingMinutes } from '../platform/markdown.js';
import { paginate, type Pagination } from '../platform/pagination.js';
import type { Viewer } from '../accounts/viewer.js';
import { presentCard, presentItem, type ItemCard, type ItemView } from './presenters.js';
import { canRead, readAccess } from './policy.js';
import type { ContentRepo, ItemSummaryRow } from './repo.js';
import type { FileStore } from '../platform/storage.js';

export type ItemLookup = { found: 'item'; item: ItemView; row: ItemRow } | { found: 'redirect'; slug: string };

export interface Listing {
  cards: ItemCard[];
  pagination: Pagination;
}

export interface NewItemInput {
  kind: ItemKind;
  slug: string;
  title: string;
  summary: string;
  bodyMarkdown: string;
  status: ItemStatus;
  access: AccessLevel;
  publishedAt: string | null;
  heroImage?: { key: string; alt: string };
  event?: { start: string; end: string | null; venue: string | null; onlineUrl: string | null };
  topicIds: readonly number[];
  authorIds: readonly number[];
}

export const SITEMAP_CHUNK = 20_000;

export const LISTED_KINDS: readonly ItemKind[] = ['news', 'report', 'event'];

export class ContentService {
  constructor(
    private readonly repo: ContentRepo,
    private readonly files: FileStore,
    private readonly clock: () => Date = () => new Date(),
    /** Adds what other domains know to a page of cards (engagement's comment and recommend counts): one call per listing. */
    private readonly decorateCards: (cards: ItemCard[]) => Promise<ItemCard[]> = async (cards) => cards,
  ) {}

  /** An item as the viewer may see it, or the slug it moved to. */
  async getItem(viewer: Viewer, kind: ItemKind, slug: string): Promise<ItemLookup> {
    const row = await this.repo.findPublishedBySlug(kind, slug);
    if (!row) {
      const movedTo = await this.repo.findRedirect(kind, slug);
      if (movedTo) return { found: 'redirect', slug: movedTo };
      throw new NotFound();
    }
    const access = readAccess(viewer, row.access);
    const [topics, authors, attachments] = await Promise.all([
      this.repo.topicsFor([row.id]),
      this.repo.authorsFor(row.id),
      access === 'full' ? this.repo.attachmentsFor(row.id) : Promise.resolve([]),
    ]);
    return { found: 'item', row, item: presentItem({ row, access, topics: topics.get(row.id) ?? [], authors, attachments }) };
  }

  /**
   * A published item by id, whole (body and attachments) whatever its access level, or
   * undefined. Only for callers that have already decided the reader may open it (a gift link,
   * see engagement/gifts-service.ts), or that show no more than an item's title (sharing).
   */
  async getPublishedWhole(itemId: number): Promise<{ row: ItemRow; item: ItemView; attachments: AttachmentRow[] } | undefined> {
    const row = await this.repo.findById(itemId);
    if (!row || row.status !== 'published') return undefined;
    const [topics, authors, attachments] = await Promise.all([this.repo.topicsFor([row.id]), this.repo.authorsFor(row.id), this.repo.attachmentsFor(row.id)]);
    return { row, attachments, item: presentItem({ row, access: 'full', topics: topics.get(row.id) ?? [], authors, attachments }) };
  }

  async listLatest(options: { kinds?: readonly ItemKind[]; page?: number; pageSize?: number } = {}): Promise<Listing> {
    const kinds = options.kinds ?? LISTED_KINDS;
    const pagination = paginate(options.page ?? 1, await this.repo.countPublished(kinds), options.pageSize);
    const rows = await this.repo.listPublished({ kinds, limit: pagination.limit, offset: pagination.offset });
    return { cards: await this.toCards(rows), pagination };
  }

  async listTopic(topicId: number, page: number): Promise<Listing> {
    const pagination = paginate(page, await this.repo.countPublishedInTopic(topicId));
    const rows = await this.repo.listPublishedInTopic(topicId, pagination);
    return { cards: await this.toCards(rows), pagination };
  }

  async listTopicLatest(topicId: number, limit: number): Promise<ItemCard[]> {
    return this.toCards(await this.repo.listPublishedInTopic(topicId, { limit, offset: 0 }));
  }

  async listRelated(itemId: number, limit = 4): Promise<ItemCard[]> {
    return this.toCards(await this.repo.listRelated(itemId, limit));
  }

  /**
   * Cards for these items in the order given, leaving out any not published, each with its
   * access level: the caller (recommendations) decides per item who may see it.
   */
  async cardsByIds(ids: readonly number[]): Promise<{ card: ItemCard; access: AccessLevel }[]> {
    const rows = await this.repo.listPublishedByIds(ids);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const ordered = ids.map((id) => byId.get(id)).filter((row): row is ItemSummaryRow => row !== undefined);
    const cards = await this.toCards(ordered);
    return cards.map((card, i) => ({ card, access: ordered[i]!.access }));
  }

  async listEvents(when: 'upcoming' | 'past', page: number, pageSize?: number): Promise<Listing> {
    const now = this.clock().toISOString();
    const pagination = paginate(page, await this.repo.countEvents(when, now), pageSize);
    const rows = await this.repo.listEvents({ when, now, limit: pagination.limit, offset: pagination.offset });
    return { cards: await this.toCards(rows), pagination };
  }

  /** An attachment the viewer may download, with the item it belongs to. */
  async getAttachment(viewer: Viewer, kind: ItemKind, slug: string, attachmentId: number) {
    const row = await this.repo.findPublishedBySlug(kind, slug);
    if (!row) throw new NotFound();
    if (!canRead(viewer, row.access)) return { allowed: false as const, item: row };
    const attachment = await this.repo.findAttachment(row.id, attachmentId);
    if (!attachment) throw new NotFound('That file is not attached to this item.');
    return { allowed: true as const, item: row, attachment };
  }

  async createItem(input: NewItemInput): Promise<number> {
    return this.insertRendered(input);
  }

  /** Creates many items in one transaction; for imports and synthetic volume. */
  async createItems(inputs: readonly NewItemInput[]): Promise<void> {
    await this.repo.inTransaction(async (trx) => {
      for (const input of inputs) await this.insertRendered(input, trx);
    });
  }

  private async insertRendered(input: NewItemInput, trx?: Transaction<Database>): Promise<number> {
    const rendered = renderMarkdown(input.bodyMarkdown);
    const now = this.clock().toISOString();
    return this.repo.insertItem(
      {
        kind: input.kind,
        slug: input.slug,
        title: input.title,
        summary: input.summary,
        body_md: input.bodyMarkdown,
        body_html: rendered.html,
        body_text: rendered.text,
        reading_minutes: readingMinutes(rendered.words),
        hero_image: input.heroImage?.key ?? null,
        hero_alt: input.heroImage?.alt ?? null,
        status: input.status,
        access: input.access,
        published_at: input.publishedAt,
        updated_at: input.publishedAt ?? now,
        created_at: input.publishedAt ?? now,
        event_start: input.event?.start ?? null,
        event_end: input.event?.end ?? null,
        venue: input.event?.venue ?? null,
        online_url: input.event?.onlineUrl ?? null,
      },
      { topicIds: input.topicIds, authorIds: input.authorIds },
      trx,
    );
  }

  createAuthor(author: { slug: string; name: string; role: string }): Promise<number> {
    return this.repo.insertAuthor(author);
  }

  /** Stores an image file and returns the key to put in NewItemInput.heroImage. */
  storeImage(contents: Buffer, extension: string): Promise<string> {
    return this.files.put(contents, extension);
  }

  async attachFile(itemId: number, file: { title: string; filename: string; mime: string; contents: Buffer }): Promise<number> {
    const extension = file.filename.split('.').pop() ?? 'bin';
    const key = await this.files.put(file.contents, extension);
    return this.repo.insertAttachment({
      item_id: itemId,
      title: file.title,
      filename: file.filename,
      mime: file.mime,
      size_bytes: file.contents.length,
      storage_key: key,
      created_at: this.clock().toISOString(),
    });
  }

  countItems(): Promise<number> {
    return this.repo.countItems();
  }

  changeSlug(itemId: number, newSlug: string): Promise<void> {
    return this.repo.changeSlug(itemId, newSlug, this.clock().toISOString());
  }

  /** Public items with authors and topics, newest first, for Atom feeds. */
  async listFeedEntries(options: { topicId?: number; limit: number }) {
    const rows = await this.repo.listPublicForFeed(options);
    const topics = await this.repo.topicsFor(rows.map((r) => r.id));
    return Promise.all(rows.map(async (row) => ({ row, topics: topics.get(row.id) ?? [], authors: await this.repo.authorsFor(row.id) })));
  }

  /** The sitemap is split into chunks of SITEMAP_CHUNK item ids, each its own file. */
  async sitemapChunkCount(): Promise<number> {
    return Math.max(1, Math.ceil((await this.repo.maxItemId()) / SITEMAP_CHUNK));
  }

  async listSitemapChunk(chunk: number) {
    return this.repo.listForSitemap({ fromId: (chunk - 1) * SITEMAP_CHUNK + 1, toId: chunk * SITEMAP_CHUNK });
  }

  latestChange(): Promise<string | undefined> {
    return this.repo.latestChange();
  }

  private async toCards(rows: readonly ItemSummaryRow[]): Promise<ItemCard[]> {
    const topics = await this.repo.topicsFor(rows.map((r) => r.id));
    return this.decorateCards(rows.map((row) => presentCard(row, topics.get(row.id) ?? [])));
  }
}
