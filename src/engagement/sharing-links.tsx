// The sharing section under an item: copy the link, email it, or share it on LinkedIn,
// Bluesky, X or WhatsApp — plain links to those sites' own share pages, no scripts of theirs —
// and a link to the "share with colleagues" form. It is cached for anonymous visitors, so it
// renders the same for everybody and depends only on the item.
import Html from '@kitajs/html';
import type { EngagedItem, PanelSection } from './panel.js';

export interface ShareLink {
  /** The accessible name, e.g. "Share on LinkedIn"; `label` is the part shown. */
  name: string;
  label: string;
  href: string;
}

/** The share endpoints, as plain URLs. */
export function shareLinksFor(title: string, url: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const withTitle = encodeURIComponent(`${title} ${url}`);
  return [
    { name: 'Share by email', label: 'Email', href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(`${title}\n\n${url}`)}` },
    { name: 'Share on LinkedIn', label: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'Share on Bluesky', label: 'Bluesky', href: `https://bsky.app/intent/compose?text=${withTitle}` },
    { name: 'Share on X', label: 'X', href: `https://x.com/intent/post?text=${encodeURIComponent(title)}&url=${u}` },
    { name: 'Share on WhatsApp', label: 'WhatsApp', href: `https://wa.me/?text=${withTitle}` },
  ];
}

export function sharePath(itemId: number): string {
  return `/items/${itemId}/share`;
}

export function giftPath(itemId: number): string {
  return `/items/${itemId}/gift`;
}

export function SharingSection({ item, url }: { item: Pick<EngagedItem, 'id' | 'title' | 'access'>; url: string }): JSX.Element {
  const id = `share-${item.id}`;
  return (
    <section class="sharing" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Share</h2>
      <div class="sharing__copy">
        <label for={`${id}-url`}>Link to this page</label>
        <div class="sharing__copy-row">
          <input id={`${id}-url`} class="sharing__url" type="text" value={url} readonly />
          {/* Shown by site.js: without JavaScript the address above is there to select. */}
          <button type="button" class="button--secondary sharing__copy-button" data-copy-from={`${id}-url`} data-copy-status={`${id}-status`} hidden>Copy link</button>
        </div>
        <p id={`${id}-status`} class="sharing__status" role="status"></p>
      </div>
      <ul class="sharing__links">
        {shareLinksFor(item.title, url).map((link) => (
          <li><a href={link.href}><span class="visually-hidden" safe>{link.name.slice(0, link.name.length - link.label.length)}</span><span safe>{link.label}</span></a></li>
        ))}
      </ul>
      <ul class="inline-links sharing__colleagues">
        <li><a href={sharePath(item.id)}>Share with colleagues by email<span class="visually-hidden" safe>{`: ${item.title}`}</span></a></li>
        {item.access === 'members' ? <li><a href={giftPath(item.id)}>Members: give a colleague 7 days’ access</a></li> : ''}
      </ul>
    </section>
  );
}

/** The panel section: the same for every visitor, so it can live in the page cache. */
export function sharingSection(publicUrl: string): PanelSection {
  return async ({ item }) => <SharingSection item={item} url={publicUrl + item.path} />;
}
