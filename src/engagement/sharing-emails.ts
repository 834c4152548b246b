// The emails a person sends a colleague through the site: a fixed template, from the site's
// own address, naming the sender. What the sender typed (their note) goes in as plain text,
// which the layout escapes in the HTML part; nothing they typed becomes a header.
import type { AccessLevel, ItemKind } from '../db/schema.js';
import type { EmailMessage } from '../platform/email/mailer.js';
import { renderEmail } from '../platform/email/templates.js';
import { isPlainAddress } from './sharing-addresses.js';

export interface Site {
  name: string;
  url: string;
}

export interface Sender {
  name: string;
  email: string;
}

export interface SharedItem {
  kind: ItemKind;
  title: string;
  summary: string;
  access: AccessLevel;
  url: string;
}

const KIND_WORDS: Record<ItemKind, string> = { news: 'news story', report: 'report', event: 'event', page: 'page' };

/** A name fit for a subject line and a sentence: one line, no control characters, not too long. */
export function plainName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const flat = name.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > 80 ? `${flat.slice(0, 79)}…` : flat || 'A colleague';
}

/** Replies go to the sender, but only when their address is a plain one (it was confirmed, but registration accepts more). */
export function replyToSender(sender: Sender): Record<string, string> {
  return isPlainAddress(sender.email) ? { 'Reply-To': sender.email } : {};
}

/** What a reader of a restricted item needs to do to open it. */
export function accessSentence(site: Site, access: AccessLevel): string | undefined {
  if (access === 'members') {
    return `This is for people at ${site.name} member organisations. If you work at one, register with your work email address at ${site.url}/register and you can read it straight away; otherwise you can ask to join your organisation after registering.`;
  }
  if (access === 'registered') return `This is for registered readers. Registering is free: ${site.url}/register`;
  return undefined;
}

function noteParagraphs(name: string, note: string): string[] {
  const trimmed = note.trim();
  if (trimmed === '') return [];
  // The note is the sender's own words, framed as theirs and kept as typed (each line a paragraph).
  return [`${name} added a note:`, ...trimmed.split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== '')];
}

export function shareEmail(site: Site, sender: Sender, item: SharedItem, note: string, to: string): EmailMessage {
  const name = plainName(sender.name);
  const paragraphs = [
    `${name} (${sender.email}) thought you would like to see this ${KIND_WORDS[item.kind]} on ${site.name}:`,
    `“${item.title}”`,
    // Only a public item's summary is repeated; a restricted one says how to get access instead.
    ...(item.access === 'public' && item.summary.trim() !== '' ? [item.summary] : []),
    ...noteParagraphs(name, note),
    ...[accessSentence(site, item.access)].filter((s): s is string => s !== undefined),
  ];
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: `${name} shared “${item.title}” with you`,
    paragraphs,
    action: { label: `Open “${item.title}”`, url: item.url },
    footer: `${name} typed your address into the “share with colleagues” form on ${site.name}. Your address has not been kept or added to any list, and you will not hear from us again unless someone shares something with you.`,
  });
  return { to, subject: `${name} shared “${plainName(item.title)}” with you`, html, text, headers: { ...replyToSender(sender), 'X-Pulse-Kind': 'share' } };
}

export function giftEmail(site: Site, giver: Sender, item: SharedItem, link: string, expiresLabel: string, to: string): EmailMessage {
  const name = plainName(giver.name);
  const { html, text } = renderEmail({
    siteName: site.name,
    siteUrl: site.url,
    heading: `${name} has given you a ${KIND_WORDS[item.kind]} to read`,
    paragraphs: [
      `${name} (${giver.email}) is a member of ${site.name} and has given you access to this ${KIND_WORDS[item.kind]}, which is usually for members only:`,
      `“${item.title}”`,
      `The link below opens it, with its files, until ${expiresLabel}. You do not need an account. Please do not pass the link on: it is a gift to you.`,
      `If your organisation is a member, register with your work email address at ${site.url}/register to read everything for members.`,
    ],
    action: { label: `Read “${item.title}”`, url: link },
    footer: `${name} typed your address into the gift form on ${site.name}. Your address has not been kept or added to any list.`,
  });
  return { to, subject: `${name} has given you “${plainName(item.title)}” to read`, html, text, headers: { ...replyToSender(giver), 'X-Pulse-Kind': 'gift' } };
}
