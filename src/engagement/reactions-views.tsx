// The reactions section under an item (rating and recommend) and the "most recommended"
// list. Without JavaScript each control is a form that posts and comes back to #reactions;
// site.js (guarded by data-reactions) posts the same forms with fetch and updates in place.
import Html from '@kitajs/html';
import { AccessBadge } from '../web/components.js';
import { CsrfField } from '../web/forms.js';
import type { ReactionAccess } from './reactions-policy.js';
import { MOST_RECOMMENDED_DAYS, type ReactionState, type RecommendedItem } from './reactions-service.js';

const STAR_WORDS = ['', 'poor', 'fair', 'good', 'very good', 'excellent'];

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function ratingSummaryText(state: ReactionState): string {
  if (!state.rating) return 'Not enough ratings yet';
  return `Rated ${state.rating.average.toFixed(1)} out of 5 by ${plural(state.rating.count, 'person', 'people')}`;
}

export function recommendCountText(state: ReactionState): string {
  return state.recommends === 0 ? 'Nobody has recommended this yet' : `Recommended by ${plural(state.recommends, 'person', 'people')}`;
}

function WayIn({ access, path }: { access: Exclude<ReactionAccess, 'yes'>; path: string }): JSX.Element {
  if (access === 'log-in') {
    return <p class="reactions__way-in"><a href={`/login?next=${encodeURIComponent(path)}`}>Log in</a> or <a href="/register">register</a> to rate and recommend.</p>;
  }
  if (access === 'confirm') {
    return <p class="reactions__way-in">Please confirm your email address to rate and recommend, using the link we sent you. You can ask for a new link on <a href="/account">your account page</a>.</p>;
  }
  // Only a non-member on a members-only item gets here, under the teaser that already links to
  // the membership page: a second identical link would just be noise.
  return <p class="reactions__way-in">Rating and recommending this item is for people at member organisations.</p>;
}

function RatingForm({ state, csrf }: { state: ReactionState; csrf: string }): JSX.Element {
  const base = `stars-${state.itemId}`;
  return (
    <form class="reactions__rating" method="post" action={`/items/${state.itemId}/rating`} data-reactions-form="rating">
      <CsrfField token={csrf} />
      <fieldset class="stars" aria-describedby={`${base}-hint`}>
        <legend>Your rating</legend>
        <p class="field__hint" id={`${base}-hint`}>From 1 star (poor) to 5 stars (excellent).</p>
        <div class="stars__choices">
          {[1, 2, 3, 4, 5].map((n) => (
            <div class="stars__choice">
              <input type="radio" id={`${base}-${n}`} name="stars" value={String(n)} checked={state.myStars === n} required={n === 1} />
              <label for={`${base}-${n}`}>
                <span class="stars__glyph" aria-hidden="true" safe>{'★'.repeat(n)}</span>
                <span safe>{`${plural(n, 'star', 'stars')}`}</span>
                <span class="visually-hidden" safe>{`, ${STAR_WORDS[n]}`}</span>
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      <button type="submit" class="button">{state.myStars ? 'Change rating' : 'Save rating'}</button>
    </form>
  );
}

function RecommendForm({ state, csrf }: { state: ReactionState; csrf: string }): JSX.Element {
  return (
    <form class="reactions__recommend" method="post" action={`/items/${state.itemId}/recommend`} data-reactions-form="recommend">
      <CsrfField token={csrf} />
      <input type="hidden" name="recommend" value={state.isRecommended ? 'no' : 'yes'} />
      <button type="submit" class={`button${state.isRecommended ? '' : ' button--secondary'} recommend-button`} data-recommended={state.isRecommended ? 'true' : 'false'}>
        {state.isRecommended ? 'Recommended — undo' : 'Recommend'}
      </button>
    </form>
  );
}

/** Rating and recommend under an item: counts for everyone, controls for those who may use them. */
export function ReactionsSection({ state, access, csrf }: { state: ReactionState; access: ReactionAccess; csrf: string | undefined }): JSX.Element {
  return (
    <section class="reactions" id="reactions" aria-labelledby="reactions-heading" data-reactions>
      <h2 id="reactions-heading">Ratings and recommends</h2>
      <ul class="reactions__summary">
        <li data-rating-summary safe>{ratingSummaryText(state)}</li>
        <li data-recommend-count safe>{recommendCountText(state)}</li>
      </ul>
      {access === 'yes' && csrf ? (
        <div class="reactions__controls">
          <RatingForm state={state} csrf={csrf} />
          <RecommendForm state={state} csrf={csrf} />
        </div>
      ) : access !== 'yes' ? (
        <WayIn access={access} path={state.path} />
      ) : ''}
      <p class="reactions__status" role="status" aria-live="polite" data-reactions-status></p>
    </section>
  );
}

/** A compact "most recommended" list; nothing at all when nobody has recommended anything. */
export function MostRecommended({ items, heading, headingId }: { items: readonly RecommendedItem[]; heading: string; headingId: string }): JSX.Element {
  if (items.length === 0) return '';
  return (
    <section class="most-recommended" aria-labelledby={headingId}>
      <h2 id={headingId} safe>{heading}</h2>
      <p class="most-recommended__note" safe>{`What readers recommended most in the last ${String(MOST_RECOMMENDED_DAYS)} days.`}</p>
      <ol class="compact-list">
        {items.map((item) => (
          <li>
            <a href={item.path} safe>{item.title}</a>
            <span class="compact-list__meta"><span safe>{item.kindLabel}</span> <AccessBadge label={item.accessLabel} /> <span safe>{` · ${plural(item.recommends, 'recommend', 'recommends')}`}</span></span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export { Html };
