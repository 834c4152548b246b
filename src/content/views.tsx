import Html from '@kitajs/html';
import { Layout, type Crumb } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { absoluteUrl } from '../web/context.js';
import { AccessBadge, CardGrid, EmptyState, Pagination, TopicTags } from '../web/components.js';
import type { ItemCard, ItemView } from './presenters.js';
import type { Listing } from './service.js';
import { KIND_LABELS } from './urls.js';
import { NewsletterSignup } from '../newsletters/signup-block.js';

function jsonLdFor(ctx: PageContext, item: ItemView): object {
  const url = absoluteUrl(ctx, item.path);
  const image = item.hero ? [absoluteUrl(ctx, item.hero.src)] : undefined;
  const publisher = { '@type': 'Organization', name: ctx.site.name, logo: { '@type': 'ImageObject', url: absoluteUrl(ctx, ctx.asset('logo.svg')) } };
  if (item.kind === 'event' && item.event) {
    return {
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: item.title,
      description: item.summary,
      startDate: item.event.startIso,
      endDate: item.event.endIso,
      eventAttendanceMode: item.event.venue
        ? item.event.onlineUrl ? 'https://schema.org/MixedEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode'
        : 'https://schema.org/OnlineEventAttendanceMode',
      location: item.event.venue ? { '@type': 'Place', name: item.event.venue, address: item.event.venue } : { '@type': 'VirtualLocation', url },
      organizer: { '@type': 'Organization', name: ctx.site.name, url: ctx.publicUrl },
      image,
      url,
    };
  }
  return {
    '@context': 'https://schema.org',
    '@type': item.kind === 'report' ? 'Report' : item.kind === 'news' ? 'NewsArticle' : 'WebPage',
    headline: item.title,
    description: item.summary,
    datePublished: item.publishedIso,
    dateModified: item.updatedIso,
    author: item.authors.length > 0 ? item.authors.map((a) => ({ '@type': 'Person', name: a.name, jobTitle: a.role })) : [publisher],
    publisher,
    image,
    isAccessibleForFree: item.access === 'full' && item.accessLabel === undefined,
    mainEntityOfPage: url,
  };
}

function crumbsFor(item: ItemView): Crumb[] {
  if (item.kind === 'page') return [{ label: 'Home', path: '/' }, { label: item.title }];
  const kind = KIND_LABELS[item.kind];
  return [{ label: 'Home', path: '/' }, { label: kind.plural, path: kind.listPath }, { label: item.title }];
}

function Byline({ item }: { item: ItemView }): JSX.Element {
  return (
    <div class="byline">
      {item.authors.length > 0 ? (
        <p class="byline__authors">
          {'By '}
          {item.authors.map((a, i) => (
            <>
              {i > 0 ? (i === item.authors.length - 1 ? ' and ' : ', ') : ''}
              <span class="byline__name" safe>{a.name}</span>
              <span class="byline__role" safe>{`, ${a.role}`}</span>
            </>
          ))}
        </p>
      ) : ''}
      <p class="byline__dates">
        {'Published '}<time datetime={item.publishedIso} safe>{item.publishedLabel}</time>
        {item.updatedLabel ? <>{' · Updated '}<time datetime={item.updatedIso} safe>{item.updatedLabel}</time></> : ''}
        {item.kind !== 'event' && item.kind !== 'page' ? <span safe>{` · ${item.readingMinutes} min read`}</span> : ''}
      </p>
    </div>
  );
}

function EventDetails({ item }: { item: ItemView }): JSX.Element {
  const event = item.event;
  if (!event) return '';
  return (
    <section class="event-details" aria-labelledby="event-details-heading">
      <h2 id="event-details-heading">Event details</h2>
      <dl>
        <dt>When</dt>
        <dd><time datetime={event.startIso} safe>{event.whenLabel}</time></dd>
        <dt>Where</dt>
        <dd safe>{event.where}</dd>
        {event.onlineUrl ? (
          <>
            <dt>Join online</dt>
            <dd><a href={event.onlineUrl} rel="noopener noreferrer" safe>{event.onlineUrl}</a></dd>
          </>
        ) : ''}
      </dl>
      <p><a class="button button--secondary" href={event.icsPath} download="">Add to calendar<span class="visually-hidden" safe>{`: ${item.title}`}</span> (.ics)</a></p>
    </section>
  );
}

function Attachments({ item }: { item: ItemView }): JSX.Element {
  if (item.attachments.length === 0) return '';
  return (
    <section class="attachments" aria-labelledby="attachments-heading">
      <h2 id="attachments-heading">Access the full report</h2>
      <ul>
        {item.attachments.map((a) => (
          <li>
            <a href={a.path} safe>{a.title}</a>
            <span class="attachments__meta" safe>{` (${a.typeLabel}, ${a.sizeLabel})`}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What to do to read the rest: log in, register, confirm an address, or become a member. */
function RestrictedNotice({ ctx, item }: { ctx: PageContext; item: ItemView }): JSX.Element {
  const isMembers = item.accessLabel === 'Members only';
  const viewer = ctx.viewer;
  const loginHref = `/login?next=${encodeURIComponent(item.path)}`;
  let advice: JSX.Element;
  if (viewer.kind === 'anonymous') {
    advice = (
      <>
        <p>{isMembers ? 'The full text and any files are for people at member organisations.' : 'The full text is for registered readers. Registration is free.'}</p>
        <ul class="restricted__actions">
          <li><a class="button" href={loginHref}>Log in</a></li>
          <li><a class="button button--secondary" href="/register">Register</a></li>
        </ul>
        {isMembers ? <p>Work at a member organisation? Register with your work email address and you become a member automatically. Otherwise, after registering you can ask to join your organisation.</p> : ''}
      </>
    );
  } else if (!viewer.isEmailVerified) {
    advice = <p>Please confirm your email address first, using the link we sent you. You can ask for a new link on <a href="/account">your account page</a>.</p>;
  } else {
    advice = (
      <>
        <p>Your account is not linked to a member organisation yet.</p>
        <p><a class="button" href="/account/membership">How to become a member</a></p>
      </>
    );
  }
  return (
    <section class="restricted" aria-labelledby="restricted-heading">
      <h2 id="restricted-heading">{isMembers ? 'This is for members' : 'This is for registered readers'}</h2>
      {advice}
    </section>
  );
}

/** `related` is either cards (by shared topics) or the personalisation domain's sections. */
export function ItemPage({ ctx, item, related, below, topicActions }: { ctx: PageContext; item: ItemView; related: ItemCard[] | JSX.Element; below?: JSX.Element; topicActions?: JSX.Element }): JSX.Element {
  // Follow buttons beside the topic tags (personalisation), which escape their own content.
  const safeTopicActions = topicActions ?? '';
  // Rendered by the engagement sections, which escape their own content.
  const safeBelow = below ?? '';
  // Rendered by the personalisation domain's views, which escape their own content.
  const safeRelatedSections = Array.isArray(related) ? '' : related;
  // Sanitised when the item was saved (platform/markdown.ts), so it is inserted as HTML.
  const safeBodyHtml = item.bodyHtml;
  return (
    <Layout
      ctx={ctx}
      title={item.title}
      description={item.summary}
      ogType={item.kind === 'page' ? 'website' : 'article'}
      ogImage={item.hero?.src}
      jsonLd={jsonLdFor(ctx, item)}
      breadcrumbs={crumbsFor(item)}
    >
      <article class={`item item--${item.kind}`}>
        <header class="item__header">
          {item.kind !== 'page' ? (
            <p class="item__kind"><span safe>{item.kindLabel}</span> <AccessBadge label={item.accessLabel} /></p>
          ) : ''}
          <h1 safe>{item.title}</h1>
          <p class="item__summary" safe>{item.summary}</p>
          {item.kind !== 'page' ? <Byline item={item} /> : ''}
          <TopicTags topics={item.topics} />
          {safeTopicActions}
        </header>
        {item.hero ? (
          <figure class="item__hero">
            <img src={item.hero.src} alt={item.hero.alt} width="1200" height="630" />
          </figure>
        ) : ''}
        <EventDetails item={item} />
        {safeBodyHtml !== undefined ? <div class="prose">{safeBodyHtml}</div> : <RestrictedNotice ctx={ctx} item={item} />}
        {/* The end of the body: site.js tells the server a signed-in reader got here. */}
        {safeBodyHtml !== undefined && item.kind !== 'page' ? <div class="read-sentinel" data-read-complete={`/items/${item.id}/read-complete`} aria-hidden="true"></div> : ''}
        <Attachments item={item} />
      </article>
      {item.kind !== 'page' ? <NewsletterSignup source={ctx.path} /> : ''}
      {safeBelow}
      {!Array.isArray(related) ? safeRelatedSections : related.length > 0 ? (
        <section class="related" aria-labelledby="related-heading">
          <h2 id="related-heading">Related</h2>
          <CardGrid cards={related} />
        </section>
      ) : ''}
    </Layout>
  );
}

export function KindListingPage({ ctx, kind, listing }: { ctx: PageContext; kind: 'news' | 'report'; listing: Listing }): JSX.Element {
  const label = KIND_LABELS[kind];
  const { page } = listing.pagination;
  const title = page > 1 ? `${label.plural}, page ${page}` : label.plural;
  return (
    <Layout ctx={ctx} title={title} canonicalPath={page > 1 ? `${label.listPath}?page=${page}` : label.listPath} breadcrumbs={[{ label: 'Home', path: '/' }, { label: label.plural }]}>
      <h1 safe>{title}</h1>
      {listing.cards.length > 0 ? <CardGrid cards={listing.cards} headingLevel={2} /> : <EmptyState title="Nothing published yet" />}
      <Pagination pagination={listing.pagination} hrefFor={(n) => (n === 1 ? label.listPath : `${label.listPath}?page=${n}`)} />
    </Layout>
  );
}

export function EventsPage({ ctx, when, listing }: { ctx: PageContext; when: 'upcoming' | 'past'; listing: Listing }): JSX.Element {
  const base = when === 'upcoming' ? '/events' : '/events?when=past';
  const hrefFor = (n: number) => (n === 1 ? base : `${base}${base.includes('?') ? '&' : '?'}page=${n}`);
  const title = when === 'upcoming' ? 'Upcoming events' : 'Past events';
  return (
    <Layout ctx={ctx} title={title} canonicalPath={hrefFor(listing.pagination.page)} breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Events' }]}>
      <h1>{title}</h1>
      <nav class="tabs" aria-label="Events">
        <ul>
          <li><a href="/events" aria-current={when === 'upcoming' ? 'page' : undefined}>Upcoming</a></li>
          <li><a href="/events?when=past" aria-current={when === 'past' ? 'page' : undefined}>Past</a></li>
        </ul>
      </nav>
      {listing.cards.length > 0 ? (
        <CardGrid cards={listing.cards} headingLevel={2} />
      ) : (
        <EmptyState title={when === 'upcoming' ? 'No upcoming events just now' : 'No past events'}>
          <p>{when === 'upcoming' ? <>New events are announced here and in our <a href="/feed.xml">Atom feed</a>. You can also browse <a href="/events?when=past">past events</a>.</> : <a href="/events">See upcoming events</a>}</p>
        </EmptyState>
      )}
      <Pagination pagination={listing.pagination} hrefFor={hrefFor} />
    </Layout>
  );
}
