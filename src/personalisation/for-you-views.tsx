// "For you" (/for-you), the home page's "Recommended for you" module and the item page's
// "Related" and "People who read this also read" sections. Every card says why it is there.
import Html from '@kitajs/html';
import type { ItemCard } from '../content/presenters.js';
import { Card, CardGrid } from '../web/components.js';
import type { PageContext } from '../web/context.js';
import { Layout } from '../web/layout.js';
import type { ForYouEntry } from './for-you-service.js';
import type { RecsJobStatus } from './recs-job.js';
import { formatDate, formatTime } from '../platform/dates.js';

function EntryList({ entries, label }: { entries: ForYouEntry[]; label: string }): JSX.Element {
  return (
    <ul class="card-grid" aria-label={label}>
      {entries.map((entry) => (
        <li class={entry.isInvitation ? 'for-you__invitation' : undefined}>
          <Card card={entry.card} reason={entry.reason} />
        </li>
      ))}
    </ul>
  );
}

export interface ForYouPageProps {
  ctx: PageContext;
  entries: ForYouEntry[];
  followsCount: number;
}

export function ForYouPage({ ctx, entries, followsCount }: ForYouPageProps): JSX.Element {
  const signedIn = ctx.viewer.kind === 'user';
  return (
    <Layout ctx={ctx} title="For you" noindex={signedIn} breadcrumbs={[{ label: 'Home', path: '/' }, { label: 'For you' }]}>
      <h1>For you</h1>
      {signedIn ? (
        <div class="for-you__intro">
          <p>
            {followsCount > 0
              ? 'Picked from the topics you follow, what you have read, and what people like you are reading. Each item says why it is here.'
              : 'Picked from what you have read and what people like you are reading. Follow topics to see more of what matters to you.'}
          </p>
          <ul class="inline-links">
            <li><a href="/account/interests">Choose your topics</a></li>
            <li><a href="/account/interests#private-feed">Get this list in a feed reader</a></li>
          </ul>
        </div>
      ) : (
        <div class="for-you__intro">
          <p>Popular and new across the site. <a href="/login?next=%2Ffor-you">Log in</a> or <a href="/register">register</a> (it is free) to follow topics and get recommendations chosen for you, each with the reason it was picked.</p>
        </div>
      )}
      {entries.length > 0 ? <EntryList entries={entries} label="Recommended items" /> : <p>Nothing to recommend yet: read a few items or follow some <a href="/topics">topics</a>, and this page will fill up.</p>}
    </Layout>
  );
}

/** The home page module for signed-in people (nothing for visitors, whose home page is cached). */
export function RecommendedModule({ entries }: { entries: ForYouEntry[] }): JSX.Element {
  if (entries.length === 0) return '';
  return (
    <section class="home-section for-you-module" aria-labelledby="for-you-heading">
      <h2 id="for-you-heading">Recommended for you</h2>
      <EntryList entries={entries} label="Recommended for you" />
      <p><a href="/for-you">More for you</a></p>
    </section>
  );
}

/** Under an item: "Related" by content and "People who read this also read" by readers. */
export function ItemRecommendations({ related, alsoRead }: { related: ItemCard[]; alsoRead: ItemCard[] }): JSX.Element {
  return (
    <>
      {related.length > 0 ? (
        <section class="related" aria-labelledby="related-heading">
          <h2 id="related-heading">Related</h2>
          <CardGrid cards={related} />
        </section>
      ) : ''}
      {alsoRead.length > 0 ? (
        <section class="related" aria-labelledby="also-read-heading">
          <h2 id="also-read-heading">People who read this also read</h2>
          <CardGrid cards={alsoRead} />
        </section>
      ) : ''}
    </>
  );
}

/** The recommender job's state on the admin dashboard (a long first build shows its progress). */
export function RecommenderGlance({ status }: { status: RecsJobStatus }): JSX.Element {
  const n = (value: number) => value.toLocaleString('en-GB');
  const last = status.lastRunAt ? `Last updated ${formatDate(status.lastRunAt)} at ${formatTime(status.lastRunAt)}, in ${((status.lastRunMs ?? 0) / 1000).toFixed(1)} s.` : 'Not built yet in this process.';
  return (
    <section aria-labelledby="dash-recommender">
      <h2 id="dash-recommender">Recommendations</h2>
      {status.step ? <p role="status" safe>{`Working: ${status.step}…`}</p> : ''}
      <p safe>{last}</p>
      <p safe>{`${n(status.items)} items, ${n(status.people)} readers, ${n(status.eventsRead)} engagement events read.`}</p>
      {status.lastError ? <p class="field__error" safe>{`The last update failed: ${status.lastError}. It is tried again every minute.`}</p> : ''}
    </section>
  );
}

export { Html };
