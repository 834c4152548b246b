import type { ItemKind } from '../db/schema.js';

const PREFIX: Record<ItemKind, string> = { news: '/news/', report: '/reports/', event: '/events/', page: '/' };

export function itemPath(kind: ItemKind, slug: string): string {
  return PREFIX[kind] + slug;
}

export function attachmentPath(kind: ItemKind, slug: string, attachmentId: number, filename: string): string {
  return `${itemPath(kind, slug)}/files/${attachmentId}/${encodeURIComponent(filename)}`;
}

export function mediaPath(storageKey: string): string {
  return `/media/${storageKey}`;
}

export const KIND_LABELS: Record<ItemKind, { singular: string; plural: string; listPath: string }> = {
  news: { singular: 'News', plural: 'News', listPath: '/news' },
  report: { singular: 'Report', plural: 'Reports', listPath: '/reports' },
  event: { singular: 'Event', plural: 'Events', listPath: '/events' },
  page: { singular: 'Page', plural: 'Pages', listPath: '/' },
};
