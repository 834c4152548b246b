// Presenters turn rows into view models. Only what a viewer may see leaves here: a teaser
// carries no body and no attachments, so no template can leak them by accident.
import type { AttachmentRow, AuthorRow, ItemKind, ItemRow, TopicRow } from '../db/schema.js';
import { formatDate, formatEventRange } from '../platform/dates.js';
import { ACCESS_LABELS, type ReadAccess } from './policy.js';
import type { ItemSummaryRow } from './repo.js';
import { attachmentPath, itemPath, KIND_LABELS, mediaPath } from './urls.js';

export interface TopicLink {
  name: string;
  slug: string;
  path: string;
}

export interface ItemCard {
  id: number;
  kind: ItemKind;
  kindLabel: string;
  path: string;
  title: string;
  summary: string;
  publishedIso: string;
  publishedLabel: string;
  readingMinutes: number;
  accessLabel: string | undefined;
  hero: { src: string; alt: string } | undefined;
  topics: TopicLink[];
  event: { startIso: string; whenLabel: string; where: string } | undefined;
  /** Visible comments and recommends, set by engagement (counts-service.ts) when any is non-zero. */
  counts?: { comments: number; recommends: number };
}

export interface AttachmentView {
  title: string;
  path: string;
  filename: string;
  sizeLabel: string;
  typeLabel: string;
}

export interface ItemView extends ItemCard {
  access: ReadAccess;
  bodyHtml: string | undefined;
  updatedIso: string;
  updatedLabel: string | undefined;
  authors: { name: string; role: string }[];
  attachments: AttachmentView[];
  event: (ItemCard['event'] & { endIso: string | undefined; venue: string | undefined; onlineUrl: string | undefined; icsPath: string }) | undefined;
}

export function presentTopic(topic: Pick<TopicRow, 'name' | 'slug'>): TopicLink {
  return { name: topic.name, slug: topic.slug, path: `/topics/${topic.slug}` };
}

function eventWhere(row: Pick<ItemRow, 'venue' | 'online_url'>): string {
  if (row.venue && row.online_url) return `${row.venue} and online`;
  return row.venue ?? (row.online_url ? 'Online' : 'To be confirmed');
}

export function presentCard(row: ItemSummaryRow, topics: readonly TopicRow[] = []): ItemCard {
  const published = row.published_at ?? row.created_at;
  return {
    id: row.id,
    kind: row.kind,
    kindLabel: KIND_LABELS[row.kind].singular,
    path: itemPath(row.kind, row.slug),
    title: row.title,
    summary: row.summary,
    publishedIso: published,
    publishedLabel: formatDate(published),
    readingMinutes: row.reading_minutes,
    accessLabel: ACCESS_LABELS[row.access],
    hero: row.hero_image ? { src: mediaPath(row.hero_image), alt: row.hero_alt ?? '' } : undefined,
    topics: topics.map(presentTopic),
    event: row.kind === 'event' && row.event_start ? { startIso: row.event_start, whenLabel: formatEventRange(row.event_start, row.event_end), where: eventWhere(row) } : undefined,
  };
}

const MIME_LABELS: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel spreadsheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint presentation',
};

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function presentItem(input: { row: ItemRow; access: ReadAccess; topics: readonly TopicRow[]; authors: readonly AuthorRow[]; attachments: readonly AttachmentRow[] }): ItemView {
  const { row, access } = input;
  const card = presentCard(row, input.topics);
  const isFull = access === 'full';
  const wasUpdated = row.published_at !== null && Date.parse(row.updated_at) - Date.parse(row.published_at) > 24 * 3600 * 1000;
  return {
    ...card,
    access,
    bodyHtml: isFull ? row.body_html : undefined,
    updatedIso: row.updated_at,
    updatedLabel: wasUpdated ? formatDate(row.updated_at) : undefined,
    authors: input.authors.map((a) => ({ name: a.name, role: a.role })),
    attachments: isFull
      ? input.attachments.map((a) => ({
          title: a.title,
          path: attachmentPath(row.kind, row.slug, a.id, a.filename),
          filename: a.filename,
          sizeLabel: formatBytes(a.size_bytes),
          typeLabel: MIME_LABELS[a.mime] ?? 'File',
        }))
      : [],
    event: card.event
      ? {
          ...card.event,
          endIso: row.event_end ?? undefined,
          venue: row.venue ?? undefined,
          onlineUrl: isFull ? (row.online_url ?? undefined) : undefined,
          icsPath: `${itemPath(row.kind, row.slug)}/calendar.ics`,
        }
      : undefined,
  };
}
