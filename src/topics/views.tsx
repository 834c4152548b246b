import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { CardGrid, EmptyState, Pagination } from '../web/components.js';
import type { Listing } from '../content/service.js';
import type { TopicRow } from '../db/schema.js';
import type { TopicWithCount } from './repo.js';
import type { RecommendedItem } from '../engagement/reactions-service.js';
import { MostRecommended } from '../engagement/reactions-views.js';

export function TopicsIndexPage({ ctx, topics }: { ctx: PageContext; topics: TopicWithCount[] }): JSX.Element {
  return (
    <Layout ctx={ctx} title="Topics" description={`Browse ${ctx.site.name} news, reports and events by topic.`} breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Topics' }]}>
      <h1>Topics</h1>
      <p class="lede">Browse everything we publish by subject. Each topic has its own Atom feed.</p>
      <ul class="topic-list">
        {topics.map((topic) => (
          <li class="topic-list__item">
            <h2><a href={`/topics/${topic.slug}`} safe>{topic.name}</a></h2>
            <p safe>{topic.description}</p>
            <p class="topic-list__count" safe>{`${topic.item_count} ${topic.item_count === 1 ? 'item' : 'items'}`}</p>
          </li>
        ))}
      </ul>
    </Layout>
  );
}

export function TopicPage({ ctx, topic, listing, mostRecommended = [], follow }: { ctx: PageContext; topic: TopicRow; listing: Listing; mostRecommended?: RecommendedItem[]; follow?: JSX.Element }): JSX.Element {
  // Rendered by personalisation's follow control, which escapes its own content.
  const safeFollow = follow ?? '';
  const base = `/topics/${topic.slug}`;
  const { page } = listing.pagination;
  const hrefFor = (n: number) => (n === 1 ? base : `${base}?page=${n}`);
  return (
    <Layout
      ctx={ctx}
      title={page > 1 ? `${topic.name}, page ${page}` : topic.name}
      description={topic.description}
      canonicalPath={hrefFor(page)}
      breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Topics', path: '/topics' }, { label: topic.name }]}
    >
      <header class="topic-header">
        <h1 safe>{topic.name}</h1>
        <p class="lede" safe>{topic.description}</p>
        <p><a href={`${base}/feed.xml`} class="feed-link">Atom feed for <span safe>{topic.name}</span></a></p>
        {safeFollow}
      </header>
      {listing.cards.length > 0 ? (
        <CardGrid cards={listing.cards} headingLevel={2} label={`Latest in ${topic.name}`} />
      ) : (
        <EmptyState title="Nothing published in this topic yet">
          <p><a href="/topics">Browse other topics</a></p>
        </EmptyState>
      )}
      <Pagination pagination={listing.pagination} hrefFor={hrefFor} />
      <MostRecommended items={mostRecommended} heading={`Most recommended in ${topic.name}`} headingId="most-recommended-heading" />
    </Layout>
  );
}
