// A small Atom 1.0 (RFC 4287) writer. Hand-written rather than a library: the format is
// tiny, and this keeps escaping in one audited function. Tests parse the output with a
// real XML parser.
export function escapeXml(value: string): string {
  // Characters XML 1.0 forbids outright are dropped; the five specials are escaped.
  return value
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

export interface AtomEntry {
  id: string;
  title: string;
  url: string;
  published: string;
  updated: string;
  summary: string;
  contentHtml: string;
  authors: string[];
  categories: { term: string; label: string }[];
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  selfUrl: string;
  siteUrl: string;
  updated: string;
  authorName: string;
  iconUrl: string;
  entries: AtomEntry[];
}

export function renderAtom(feed: AtomFeed): string {
  const x = escapeXml;
  const entries = feed.entries.map((e) => `  <entry>
    <id>${x(e.id)}</id>
    <title type="text">${x(e.title)}</title>
    <link rel="alternate" type="text/html" href="${x(e.url)}"/>
    <published>${x(e.published)}</published>
    <updated>${x(e.updated)}</updated>
${(e.authors.length > 0 ? e.authors : [feed.authorName]).map((a) => `    <author><name>${x(a)}</name></author>`).join('\n')}
${e.categories.map((c) => `    <category term="${x(c.term)}" label="${x(c.label)}"/>`).join('\n')}
    <summary type="text">${x(e.summary)}</summary>
    <content type="html">${x(e.contentHtml)}</content>
  </entry>`);
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${x(feed.siteUrl)}/">
  <id>${x(feed.id)}</id>
  <title type="text">${x(feed.title)}</title>
  <subtitle type="text">${x(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${x(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" href="${x(feed.siteUrl)}"/>
  <updated>${x(feed.updated)}</updated>
  <author><name>${x(feed.authorName)}</name></author>
  <icon>${x(feed.iconUrl)}</icon>
  <generator>Pulse</generator>
${entries.join('\n')}
</feed>
`;
}
