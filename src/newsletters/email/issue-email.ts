// One newsletter issue as email. The parts every recipient of the same kind shares (the
// intro, the items they can open) are compiled once per issue and reader kind — including the
// CSS inlining, which is slow — and each recipient's copy only fills in their "Picked for
// you" entries and their own links, so 100,000 personalised copies are string work.
// Accessible in the mail client: one h1, h2 per section, h3 per item, alt text on every
// image, nothing that needs an image or a script to read, links that say where they go.
import juice from 'juice';
import type { AccessLevel } from '../../db/schema.js';
import type { ItemCard } from '../../content/presenters.js';
import type { EmailMessage } from '../../platform/email/mailer.js';
import { escapeHtml } from '../../platform/email/templates.js';
import { canKindRead, type ReaderKind } from '../reader-kind.js';

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

const STYLE = `
body { margin: 0; padding: 0; background-color: #ffffff; color: #1a1a1a; }
.wrap { max-width: 600px; margin: 0 auto; padding: 24px 16px; font-family: Helvetica, Arial, sans-serif; color: #1a1a1a; font-size: 17px; line-height: 1.5; }
.masthead { margin: 0 0 4px; font-size: 18px; font-weight: bold; }
.masthead a { color: #1a1a1a; text-decoration: none; }
.edition { margin: 0 0 24px; font-size: 15px; color: #4d4d4d; }
h1 { margin: 0 0 16px; font-size: 28px; line-height: 1.25; color: #1a1a1a; }
h2 { margin: 32px 0 12px; padding-top: 16px; border-top: 2px solid #1a1a1a; font-size: 22px; line-height: 1.3; color: #1a1a1a; }
h3 { margin: 0 0 6px; font-size: 19px; line-height: 1.3; }
h3 a { color: #0b3d91; text-decoration: underline; }
p { margin: 0 0 14px; }
a { color: #0b3d91; }
.intro p { margin: 0 0 14px; }
.item { margin: 0 0 24px; }
.hero { display: block; width: 100%; max-width: 568px; height: auto; margin: 0 0 10px; border: 0; }
.meta { margin: 0 0 4px; font-size: 15px; color: #4d4d4d; }
.access { display: inline-block; margin: 0 0 8px; padding: 2px 8px; border: 1px solid #1a1a1a; font-size: 14px; font-weight: bold; }
.reason { margin: 0 0 4px; font-size: 15px; color: #4d4d4d; font-style: italic; }
.footer { margin: 0 0 8px; font-size: 15px; color: #1a1a1a; }
hr { margin: 32px 0 16px; border: 0; border-top: 1px solid #1a1a1a; }
`;

/** Markers juice leaves alone, replaced per recipient (values escaped where they go in). */
const PICKED = '@@PULSE-PICKED@@';
const PREFS = '@@PULSE-PREFS@@';
const UNSUB = '@@PULSE-UNSUB@@';
const PICK_URL = '@@PULSE-PICK-URL@@';
const PICK_TITLE = '@@PULSE-PICK-TITLE@@';
const PICK_REASON = '@@PULSE-PICK-REASON@@';
const PICK_SUMMARY = '@@PULSE-PICK-SUMMARY@@';

/** Links in mail are only ever web addresses: a javascript: or data: URL is a bug or an attack. */
function webUrl(url: string): string {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error(`Not a valid URL in an email: "${url}"`);
  }
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`Only http(s) links may go in an email, got "${url}"`);
  return url;
}

function inline(html: string): string {
  return juice(`<style>${STYLE}</style>${html}`, { removeStyleTags: true, preserveMediaQueries: false, applyWidthAttributes: true, applyHeightAttributes: false });
}

function editionLabel(issue: IssueForEmail): string {
  const when = issue.sentAt ? new Date(issue.sentAt) : new Date();
  return `Monthly newsletter · ${when.toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/London' })}`;
}

/** What the email is, for emails other than the monthly issue (topic alerts and digests). */
export interface EmailFraming {
  /** The line under the site's name, e.g. "Topic alert · Workforce". */
  edition: string;
  /** Why the reader gets it, the first sentence of the footer. */
  why: string;
  /** The heading over the items ("In this issue" for the newsletter). */
  itemsHeading: string;
}

export function compileIssueEmail(issue: IssueForEmail, reader: ReaderKind, site: SiteForEmail, framing?: EmailFraming): CompiledIssueEmail {
  const e = escapeHtml;
  const edition = framing?.edition ?? editionLabel(issue);
  const why = framing?.why ?? `You get this email because you signed up for the ${site.name} monthly newsletter.`;
  const itemsHeading = framing?.itemsHeading ?? 'In this issue';
  webUrl(site.url);
  const items = itemsFor(issue, reader);
  const itemHtml = items.map(({ card }) => {
    const meta = [card.kindLabel, ...card.topics.map((t) => t.name)].join(' · ');
    const hero = card.hero ? `<img class="hero" src="${e(webUrl(site.url + card.hero.src))}" alt="${e(card.hero.alt)}" width="568">` : '';
    const access = card.accessLabel ? `<p class="access">${e(card.accessLabel)}</p>\n` : '';
    return `<div class="item">\n${hero}<p class="meta">${e(meta)}</p>\n<h3><a href="${e(webUrl(site.url + card.path))}">${e(card.title)}</a></h3>\n${access}<p>${e(card.summary)}</p>\n</div>`;
  }).join('\n');
  const body = [
    `<div class="wrap" role="article" aria-label="${e(issue.subject)}" lang="en-GB">`,
    `<p class="masthead"><a href="${e(site.url)}">${e(site.name)}</a></p>`,
    `<p class="edition">${e(edition)}</p>`,
    `<h1>${e(issue.subject)}</h1>`,
    `<div class="intro">${issue.introHtml}</div>`,
    items.length > 0 ? `<h2>${e(itemsHeading)}</h2>\n${itemHtml}` : '',
    PICKED,
    '<hr>',
    `<p class="footer">${e(why)} <a href="${PREFS}">Choose which emails you get</a> or <a href="${UNSUB}">unsubscribe</a>.</p>`,
    `<p class="footer">${e(site.name)}: <a href="${e(site.url)}">${e(site.url)}</a></p>`,
    '</div>',
  ].join('\n');
  const head = `<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="color-scheme" content="light">\n<title>${e(issue.subject)}</title>\n</head>\n<body>\n`;
  const page = head + inline(body) + '\n</body>\n</html>\n';
  const pickedSection = inline(`<h2>Picked for you</h2>\n${PICK_URL}`).replace(PICK_URL, PICKED);
  const pickTemplate = inline(`<div class="item">\n<p class="reason">${PICK_REASON}</p>\n<h3><a href="${PICK_URL}">${PICK_TITLE}</a></h3>\n<p>${PICK_SUMMARY}</p>\n</div>`);

  const itemText = items.map(({ card }) => [`${card.title}${card.accessLabel ? ` (${card.accessLabel})` : ''}`, card.summary, site.url + card.path].join('\n')).join('\n\n');
  const textHead = [site.name, edition, '', issue.subject, '='.repeat(Math.min(issue.subject.length, 72)), '', issue.introText, items.length > 0 ? `\n\n${itemsHeading}\n${'-'.repeat(itemsHeading.length)}\n\n${itemText}` : ''].join('\n');

  return {
    items,
    fill({ picked, links }) {
      const preferencesUrl = e(webUrl(links.preferencesUrl));
      const unsubscribeUrl = e(webUrl(links.unsubscribeUrl));
      const pickedHtml = picked.length === 0 ? '' : pickedSection.replace(PICKED, picked.map((p) => pickTemplate
        .replace(PICK_URL, e(webUrl(p.url))).replace(PICK_TITLE, e(p.title)).replace(PICK_REASON, e(p.reason)).replace(PICK_SUMMARY, e(p.summary))).join('\n'));
      const html = page.replace(PICKED, pickedHtml).replace(PREFS, preferencesUrl).replace(UNSUB, unsubscribeUrl);
      const pickedText = picked.length === 0 ? '' : `\n\nPicked for you\n--------------\n\n${picked.map((p) => `${p.title}\n${p.reason}\n${p.url}`).join('\n\n')}`;
      const text = `${textHead}${pickedText}\n\n-- \n${why}\nChoose which emails you get:\n${links.preferencesUrl}\nUnsubscribe:\n${links.unsubscribeUrl}\n${site.name}: ${site.url}\n`;
      return { html, text };
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

/** The List-Id of the monthly newsletter: the site's name and a name under the return-path domain. */
export function monthlyListId(siteName: string, returnPathDomain: string): string {
  return `${siteName.replace(/[<>\r\n"]/g, '')} monthly newsletter <monthly.newsletter.${returnPathDomain}>`;
}

/** One recipient's copy as a message: their filled email, list headers and VERP return path. */
export function issueMessage(options: {
  compiled: CompiledIssueEmail;
  subject: string;
  to: string;
  picked: readonly PickedEntry[];
  links: RecipientLinks;
  unsubscribeMailto: string;
  listId: string;
  returnPath: string;
}): EmailMessage {
  const { html, text } = options.compiled.fill({ picked: options.picked, links: options.links });
  return {
    to: options.to,
    subject: options.subject,
    html,
    text,
    headers: listHeaders({ listId: options.listId, unsubscribeUrl: options.links.unsubscribeUrl, unsubscribeMailto: options.unsubscribeMailto }),
    envelopeFrom: options.returnPath,
  };
}
