import Html from '@kitajs/html';
import type { ItemCard } from '../content/presenters.js';
import type { Pagination as PaginationModel } from '../platform/pagination.js';
import type { WhyRegister } from '../site/settings.js';

export function AccessBadge({ label }: { label: string | undefined }): JSX.Element {
  if (!label) return '';
  return <span class="badge badge--access" safe>{label}</span>;
}

export function TopicTags({ topics }: { topics: ItemCard['topics'] }): JSX.Element {
  if (topics.length === 0) return '';
  return (
    <ul class="tags" aria-label="Topics">
      {topics.map((t) => (
        <li><a href={t.path} safe>{t.name}</a></li>
      ))}
    </ul>
  );
}

/** "3 comments · 5 recommends" on a card, for whichever count is non-zero. */
export function CardCounts({ counts }: { counts: ItemCard['counts'] }): JSX.Element {
  if (!counts) return '';
  const parts = [
    counts.comments > 0 ? `${counts.comments} ${counts.comments === 1 ? 'comment' : 'comments'}` : '',
    counts.recommends > 0 ? `${counts.recommends} ${counts.recommends === 1 ? 'recommend' : 'recommends'}` : '',
  ].filter(Boolean);
  if (parts.length === 0) return '';
  return <p class="card__counts" safe>{parts.join(' · ')}</p>;
}

/** A teaser for one item. `headingLevel` keeps the page's heading outline in order. */
export function Card({ card, headingLevel = 3, showImage = true, reason }: { card: ItemCard; headingLevel?: 2 | 3; showImage?: boolean; reason?: string }): JSX.Element {
  const heading = (
    <a href={card.path} class="card__link" safe>{card.title}</a>
  );
  return (
    <article class={`card card--${card.kind}`}>
      {showImage && card.hero ? <img class="card__image" src={card.hero.src} alt="" width="1200" height="630" loading="lazy" decoding="async" /> : ''}
      <div class="card__body">
        <p class="card__meta">
          <span class="card__kind" safe>{card.kindLabel}</span>
          <AccessBadge label={card.accessLabel} />
        </p>
        {headingLevel === 2 ? <h2 class="card__title">{heading}</h2> : <h3 class="card__title">{heading}</h3>}
        {card.event ? (
          <p class="card__event"><span safe>{card.event.whenLabel}</span><br /><span safe>{card.event.where}</span></p>
        ) : ''}
        <p class="card__summary" safe>{card.summary}</p>
        <p class="card__date">
          <time datetime={card.publishedIso} safe>{card.publishedLabel}</time>
          {card.kind !== 'event' ? <span safe>{` · ${card.readingMinutes} min read`}</span> : ''}
        </p>
        <CardCounts counts={card.counts} />
        {reason ? <p class="card__reason" safe>{reason}</p> : ''}
      </div>
    </article>
  );
}

export function CardGrid({ cards, headingLevel = 3, label }: { cards: ItemCard[]; headingLevel?: 2 | 3; label?: string }): JSX.Element {
  return (
    <ul class="card-grid" aria-label={label}>
      {cards.map((card) => (
        <li><Card card={card} headingLevel={headingLevel} /></li>
      ))}
    </ul>
  );
}

/** Previous / next and numbered links. `hrefFor` keeps the listing's other query parameters. */
export function Pagination({ pagination, hrefFor }: { pagination: PaginationModel; hrefFor: (page: number) => string }): JSX.Element {
  const { page, pageCount } = pagination;
  if (pageCount <= 1) return '';
  const numbers = new Set([1, page - 1, page, page + 1, pageCount].filter((n) => n >= 1 && n <= pageCount));
  const sorted = [...numbers].sort((a, b) => a - b);
  const items: JSX.Element[] = [];
  let previous = 0;
  for (const n of sorted) {
    if (n - previous > 1) items.push(<li class="pagination__gap" aria-hidden="true">…</li>);
    items.push(
      <li>
        {n === page ? (
          <a href={hrefFor(n)} aria-current="page" aria-label={`Page ${n}, current page`} safe>{String(n)}</a>
        ) : (
          <a href={hrefFor(n)} aria-label={`Page ${n}`} safe>{String(n)}</a>
        )}
      </li>,
    );
    previous = n;
  }
  return (
    <nav class="pagination" aria-label="Pages">
      <p class="pagination__status" safe>{`Page ${page} of ${pageCount}`}</p>
      <ul>
        {page > 1 ? <li><a href={hrefFor(page - 1)} rel="prev">Previous<span class="visually-hidden"> page</span></a></li> : ''}
        {items}
        {page < pageCount ? <li><a href={hrefFor(page + 1)} rel="next">Next<span class="visually-hidden"> page</span></a></li> : ''}
      </ul>
    </nav>
  );
}

export function WhyRegisterPanel({ panel, headingId = 'why-register' }: { panel: WhyRegister; headingId?: string }): JSX.Element {
  return (
    <aside class="why-register" aria-labelledby={headingId}>
      <h2 id={headingId} safe>{panel.heading}</h2>
      <p safe>{panel.intro}</p>
      <ul>
        {panel.reasons.map((reason) => (
          <li>
            <strong safe>{reason.title}</strong>
            <span safe>{reason.text}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}

export function EmptyState({ title, children }: { title: string; children?: Html.Children }): JSX.Element {
  return (
    <div class="empty-state">
      <h2 safe>{title}</h2>
      {children}
    </div>
  );
}

export { Html };
