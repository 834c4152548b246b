// Markdown for editor and (later) user text. Rendered once, at save, and sanitised after
// rendering so nothing a writer types can add script, styles or event handlers to a page.
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const md = new MarkdownIt({ html: false, linkify: true, typographer: true });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'a', 'code', 'pre', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img', 'figure', 'figcaption'],
  allowedAttributes: { a: ['href', 'title'], img: ['src', 'alt', 'title'], th: ['scope'], td: [] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  transformTags: {
    // Headings inside a body start at h2: the page title is the only h1.
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      const external = /^https?:\/\//i.test(href);
      return { tagName, attribs: external ? { ...attribs, rel: 'noopener noreferrer' } : attribs };
    },
  },
};
ALLOWED.allowedAttributes = { ...(ALLOWED.allowedAttributes as Record<string, string[]>), a: ['href', 'title', 'rel'] };

export interface RenderedMarkdown {
  html: string;
  text: string;
  words: number;
}

export function renderMarkdown(source: string): RenderedMarkdown {
  const html = sanitizeHtml(md.render(source), ALLOWED);
  const text = htmlToText(html);
  const words = text === '' ? 0 : text.split(/\s+/).length;
  return { html, text, words };
}

export function htmlToText(html: string): string {
  return sanitizeHtml(html.replace(/<\/(p|h\d|li|blockquote|tr)>/g, '$& '), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** Minutes to read at 220 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}

// Comments: a smaller subset for readers' text. Emphasis, links, lists, code and quotes only;
// headings, images, tables and rules stay as plain text, and links never pass on ranking.
const commentMd = new MarkdownIt({ html: false, linkify: true, typographer: false }).disable(['heading', 'lheading', 'image', 'table', 'hr']);

const COMMENT_ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'a', 'code', 'pre'],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  transformTags: { a: (tagName, attribs) => ({ tagName, attribs: { href: attribs.href ?? '', rel: 'nofollow ugc noopener noreferrer' } }) },
};

/** A reader's comment: the restricted subset, sanitised. */
export function renderCommentMarkdown(source: string): { html: string; text: string } {
  const html = sanitizeHtml(commentMd.render(source), COMMENT_ALLOWED);
  return { html, text: htmlToText(html) };
}
