// One newsletter issue as email. The parts every recipient of the same kind shares (the
// intro, the items they can open) are compiled once per issue and reader kind; each
// recipient's copy only fills in their "Picked for you" block and their own links, so
// sending 100,000 personalised copies is string work, not 100,000 renders.
import type { AccessLevel } from '../../db/schema.js';
import type { ItemCard } from '../../content/presenters.js';
import { canKindRead, type ReaderKind } from '../reader-kind.js';
import { escapeHtml } from '../../platform/email/templates.js';

export interface IssueItem {
  card: ItemCard;
  access: AccessLevel;
}

/** An issue as the email and the archive show it. */
export interface IssueForEmail {
  id: number;
  subject: string;
  /** Sanitised HTML (made at save time from the editor's Markdown). */
  introHtml: string;
  /** The same intro as plain text, for the text part. */
  introText: string;
  items: IssueItem[];
  /** ISO time it was (or is being) sent; undefined for a draft. */
  sentAt: string | undefined;
}

export interface SiteForEmail {
  name: string;
  /** PUBLIC_URL, no trailing slash. */
  url: string;
}

/** One entry of a recipient's "Picked for you" block. */
export interface PickedEntry {
  title: string;
  /** Absolute URL. */
  url: string;
  summary: string;
  /** Why it was picked, e.g. "Because you follow Workforce". */
  reason: string;
}

/** A recipient's own links: all signed, all work without logging in. */
export interface RecipientLinks {
  preferencesUrl: string;
  unsubscribeUrl: string;
}

export interface CompiledIssueEmail {
  /** The items this reader kind gets (members-only ones only for members). */
  readonly items: readonly IssueItem[];
  fill(recipient: { picked: readonly PickedEntry[]; links: RecipientLinks }): { html: string; text: string };
}

/** The items a reader of this kind may be sent: never one they could not open. */
export function itemsFor(issue: IssueForEmail, reader: ReaderKind): IssueItem[] {
  return issue.items.filter((item) => canKindRead(reader, item.access));
}

export function compileIssueEmail(issue: IssueForEmail, reader: ReaderKind, site: SiteForEmail): CompiledIssueEmail {
  const e = escapeHtml;
  const items = itemsFor(issue, reader);
  const itemHtml = items.map((i) => `<h3><a href="${e(site.url + i.card.path)}">${e(i.card.title)}</a></h3>\n<p>${e(i.card.summary)}</p>`).join('\n');
  const itemText = items.map((i) => `${i.card.title}\n${i.card.summary}\n${site.url + i.card.path}`).join('\n\n');
  const head = `<!doctype html>\n<html lang="en-GB">\n<head><meta charset="utf-8"><title>${e(issue.subject)}</title></head>\n<body>\n<main>\n<h1>${e(issue.subject)}</h1>\n${issue.introHtml}\n<h2>In this issue</h2>\n${itemHtml}\n`;
  return {
    items,
    fill({ picked, links }) {
      const pickedHtml = picked.length === 0 ? '' : `<h2>Picked for you</h2>\n${picked.map((p) => `<h3><a href="${e(p.url)}">${e(p.title)}</a></h3>\n<p>${e(p.reason)}</p>`).join('\n')}\n`;
      const footer = `<p><a href="${e(links.preferencesUrl)}">Manage your emails</a> · <a href="${e(links.unsubscribeUrl)}">Unsubscribe</a></p>\n</main>\n</body>\n</html>\n`;
      const pickedText = picked.length === 0 ? '' : `\n\nPicked for you\n\n${picked.map((p) => `${p.title}\n${p.reason}\n${p.url}`).join('\n\n')}`;
      return {
        html: head + pickedHtml + footer,
        text: `${issue.subject}\n\n${issue.introText}\n\nIn this issue\n\n${itemText}${pickedText}\n\n-- \nManage your emails: ${links.preferencesUrl}\nUnsubscribe: ${links.unsubscribeUrl}\n`,
      };
    },
  };
}

/** RFC 2369 / RFC 8058 list headers: one-click unsubscribe by https POST, or by mailto. */
export function listHeaders(options: { listId: string; unsubscribeUrl: string; unsubscribeMailto: string }): Record<string, string> {
  return {
    'List-Id': options.listId,
    'List-Unsubscribe': `<${options.unsubscribeUrl}>, <mailto:${options.unsubscribeMailto}?subject=unsubscribe>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}
