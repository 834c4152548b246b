// Table types shared by both dialects. Timestamps are ISO-8601 UTC strings on both:
// TEXT on SQLite, timestamptz on PostgreSQL (parsed back to ISO strings in connection.ts).
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type ItemKind = 'news' | 'report' | 'event' | 'page';
export type ItemStatus = 'draft' | 'scheduled' | 'published';
export type AccessLevel = 'public' | 'registered' | 'members';

export interface SiteSettingsTable {
  key: string;
  value: string;
}

export interface TopicsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string;
  created_at: string;
}

export interface AuthorsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  role: string;
}

export interface ItemsTable {
  id: Generated<number>;
  kind: ItemKind;
  slug: string;
  title: string;
  summary: string;
  body_md: string;
  body_html: string;
  body_text: string;
  reading_minutes: number;
  hero_image: string | null;
  hero_alt: string | null;
  status: ItemStatus;
  access: AccessLevel;
  published_at: string | null;
  updated_at: string;
  created_at: string;
  event_start: string | null;
  event_end: string | null;
  venue: string | null;
  online_url: string | null;
}

export interface ItemTopicsTable {
  item_id: number;
  topic_id: number;
}

export interface ItemAuthorsTable {
  item_id: number;
  author_id: number;
  position: number;
}

export interface AttachmentsTable {
  id: Generated<number>;
  item_id: number;
  title: string;
  filename: string;
  mime: string;
  size_bytes: number;
  storage_key: string;
  created_at: string;
}

export interface SlugRedirectsTable {
  kind: ItemKind;
  old_slug: string;
  item_id: number;
}

export interface OutboxTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  created_at: string;
}

export interface Database {
  site_settings: SiteSettingsTable;
  topics: TopicsTable;
  authors: AuthorsTable;
  items: ItemsTable;
  item_topics: ItemTopicsTable;
  item_authors: ItemAuthorsTable;
  attachments: AttachmentsTable;
  slug_redirects: SlugRedirectsTable;
  outbox: OutboxTable;
}

export type ItemRow = Selectable<ItemsTable>;
export type NewItem = Insertable<ItemsTable>;
export type ItemUpdate = Updateable<ItemsTable>;
export type TopicRow = Selectable<TopicsTable>;
export type AuthorRow = Selectable<AuthorsTable>;
export type AttachmentRow = Selectable<AttachmentsTable>;
