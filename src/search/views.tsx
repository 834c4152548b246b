import Html from '@kitajs/html';
import { Layout } from '../web/layout.js';
import type { PageContext } from '../web/context.js';
import { AccessBadge, CardCounts, Pagination, TopicTags } from '../web/components.js';
import { KIND_LABELS } from '../content/urls.js';
import type { SearchHit, SearchOutcome } from './service.js';

function searchHref(outcome: SearchOutcome, overrides: { page?: number; topic?: string | null; kind?: string | null }): string {
  const params = new URLSearchParams();
  params.set('q', outcome.query);
  const topic = overrides.topic === null ? undefined : (overrides.topic ?? outcome.topic?.slug);
  const kind = overrides.kind === null ? undefined : (overrides.kind ?? outcome.kind);
  if (topic) params.set('topic', topic);
  if (kind) params.set('kind', kind);
  if (overrides.page && overrides.page > 1) params.set('page', String(overrides.page));
  return `/search?${params.toString()}`;
}

function Hit({ hit }: { hit: SearchHit }): JSX.Element {
  const { card } = hit;
  // highlight() escaped the snippet before adding <mark> elements.
  const safeSnippet = hit.snippetHtml;
  return (
    <li class="search-hit">
      <p class="card__meta"><span safe>{card.kindLabel}</span> <AccessBadge label={card.accessLabel} /></p>
      <h2 class="search-hit__title"><a href={card.path} safe>{card.title}</a></h2>
      <p class="search-hit__snippet">{safeSnippet}</p>
      {card.event ? (
        <p class="card__date"><time datetime={card.event.startIso} safe>{card.event.whenLabel}</time></p>
      ) : (
        <p class="card__date"><time datetime={card.publishedIso} safe>{card.publishedLabel}</time></p>
      )}
      <CardCounts counts={card.counts} />
      <TopicTags topics={card.topics} />
    </li>
  );
}

function SearchForm({ outcome }: { outcome: SearchOutcome }): JSX.Element {
  return (
    <form class="search-form" action="/search" method="get" role="search" aria-label="Search the site">
      <div class="field">
        <label for="search-q">Search for</label>
        <input id="search-q" type="search" name="q" value={outcome.query} maxlength="500" />
      </div>
      <div class="field">
        <label for="search-topic">Topic</label>
        <select id="search-topic" name="topic">
          <option value="">All topics</option>
          {outcome.topics.map((t) => (
            <option value={t.slug} selected={outcome.topic?.id === t.id} safe>{t.name}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="search-kind">Type</label>
        <select id="search-kind" name="kind">
          <option value="">Everything</option>
          {(['news', 'report', 'event'] as const).map((k) => (
            <option value={k} selected={outcome.kind === k} safe>{KIND_LABELS[k].plural}</option>
          ))}
        </select>
      </div>
      <button type="submit">Search</button>
    </form>
  );
}

function NoResults({ outcome }: { outcome: SearchOutcome }): JSX.Element {
  const isFiltered = outcome.topic !== undefined || outcome.kind !== undefined;
  return (
    <section class="no-results" aria-labelledby="no-results-heading">
      <h2 id="no-results-heading">No results for <q safe>{outcome.query}</q></h2>
      <p>Some things to try:</p>
      <ul>
        <li>Check the spelling, or use fewer or more general words.</li>
        {isFiltered ? <li><a href={searchHref(outcome, { topic: null, kind: null })}>Search all topics and types</a> instead.</li> : ''}
        <li>Browse by topic:{' '}
          {outcome.topics.map((t, i) => <>{i > 0 ? ', ' : ''}<a href={`/topics/${t.slug}`} safe>{t.name}</a></>)}.
        </li>
        <li>See the <a href="/news">latest news</a>, <a href="/reports">reports</a> or <a href="/events">events</a>.</li>
      </ul>
    </section>
  );
}

export function SearchPage({ ctx, outcome }: { ctx: PageContext; outcome: SearchOutcome }): JSX.Element {
  const { pagination } = outcome;
  const title = outcome.hasQuery ? `Search results for “${outcome.query.slice(0, 80)}”` : 'Search';
  return (
    <Layout ctx={ctx} title={title} noindex breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'Search' }]}>
      <h1>Search</h1>
      <SearchForm outcome={outcome} />
      {outcome.wasShortened ? <p class="notice" role="status">Your search was long, so we used its first words only.</p> : ''}
      {outcome.unknownTopic ? <p class="notice" role="status">There is no topic called <q safe>{outcome.unknownTopic}</q>, so we searched every topic.</p> : ''}
      {!outcome.hasQuery ? (
        outcome.query ? <p class="notice" role="status">Please type some letters or numbers to search for.</p> : <p>Type a word or phrase above to search news, reports and events.</p>
      ) : pagination.total === 0 ? (
        <NoResults outcome={outcome} />
      ) : (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" class="results-count" safe>
            {outcome.isCapped ? `More than ${pagination.total.toLocaleString('en-GB')} results` : `${pagination.total} ${pagination.total === 1 ? 'result' : 'results'}`}
          </h2>
          {outcome.isCapped ? <p class="notice">These are the best matches among the most recent items. Add a word or choose a topic to narrow them down.</p> : ''}
          {outcome.mode === 'any' ? <p class="notice" role="status">Nothing contained all of your words, so these results contain some of them.</p> : ''}
          <ol class="search-results">
            {outcome.hits.map((hit) => <Hit hit={hit} />)}
          </ol>
          <Pagination pagination={pagination} hrefFor={(n) => searchHref(outcome, { page: n })} />
        </section>
      )}
    </Layout>
  );
}
