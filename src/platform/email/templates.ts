// One email layout, in two parts with the same content: HTML that reads well without images
// or CSS (inline styles only, nothing loaded from elsewhere), and plain text. Every value is
// the caller's and may be hostile, so each one is escaped where it enters the HTML.

export interface EmailContent {
  siteName: string;
  siteUrl: string;
  heading: string;
  paragraphs: string[];
  /** The one thing the reader is asked to do, shown as a link styled like a button. */
  action?: { label: string; url: string };
  footer?: string;
}

export interface RenderedEmail {
  html: string;
  text: string;
}

const TEXT_COLOUR = '#1a1a1a';
const LINK_COLOUR = '#0b3d91';
const FONT = 'Helvetica, Arial, sans-serif';

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Links in mail are only ever web addresses: a javascript: or data: URL is a bug or an attack. */
function assertWebUrl(field: string, url: string): void {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    throw new Error(`${field} is not a valid URL: "${url}"`);
  }
  if (protocol !== 'https:' && protocol !== 'http:') throw new Error(`${field} must be an http(s) URL, got "${url}"`);
}

export function renderEmail(content: EmailContent): RenderedEmail {
  assertWebUrl('siteUrl', content.siteUrl);
  if (content.action) assertWebUrl('action.url', content.action.url);
  return { html: renderHtml(content), text: renderText(content) };
}

function renderHtml({ siteName, siteUrl, heading, paragraphs, action, footer }: EmailContent): string {
  const e = escapeHtml;
  const paragraph = (body: string) => `<p style="margin:0 0 16px;font-size:18px;line-height:1.5;">${e(body)}</p>`;
  const lines = [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light">',
    `<title>${e(heading)}</title>`,
    '</head>',
    `<body style="margin:0;padding:0;background-color:#ffffff;color:${TEXT_COLOUR};">`,
    `<div role="article" aria-label="${e(heading)}" lang="en-GB" style="max-width:600px;margin:0 auto;padding:24px 16px;font-family:${FONT};color:${TEXT_COLOUR};">`,
    `<p style="margin:0 0 24px;font-size:16px;font-weight:bold;"><a href="${e(siteUrl)}" style="color:${TEXT_COLOUR};">${e(siteName)}</a></p>`,
    `<h1 style="margin:0 0 16px;font-size:28px;line-height:1.25;">${e(heading)}</h1>`,
    ...paragraphs.map(paragraph),
  ];
  if (action) {
    lines.push(
      `<p style="margin:24px 0 16px;"><a href="${e(action.url)}" style="display:inline-block;padding:12px 20px;background-color:${LINK_COLOUR};color:#ffffff;font-size:18px;font-weight:bold;text-decoration:underline;">${e(action.label)}</a></p>`,
      `<p style="margin:0 0 16px;font-size:16px;line-height:1.5;">Or copy this address into your browser:<br><a href="${e(action.url)}" style="color:${LINK_COLOUR};word-break:break-all;">${e(action.url)}</a></p>`,
    );
  }
  lines.push(`<hr style="margin:32px 0 16px;border:0;border-top:1px solid ${TEXT_COLOUR};">`);
  if (footer) lines.push(`<p style="margin:0 0 8px;font-size:16px;line-height:1.5;">${e(footer)}</p>`);
  lines.push(
    `<p style="margin:0;font-size:16px;line-height:1.5;">${e(siteName)}: <a href="${e(siteUrl)}" style="color:${LINK_COLOUR};">${e(siteUrl)}</a></p>`,
    '</div>',
    '</body>',
    '</html>',
  );
  return `${lines.join('\n')}\n`;
}

function renderText({ siteName, siteUrl, heading, paragraphs, action, footer }: EmailContent): string {
  const blocks = [siteName, `${heading}\n${'='.repeat(Math.min(heading.length, 72))}`, ...paragraphs];
  if (action) blocks.push(`${action.label}:\n${action.url}`);
  // "-- " on its own line is the signature separator mail clients recognise.
  blocks.push(['-- ', ...(footer ? [footer] : []), `${siteName}: ${siteUrl}`].join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
