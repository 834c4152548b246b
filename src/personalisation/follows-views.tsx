// Follow buttons for a topic page (one topic) and an item page (one per topic of the item).
// Without JavaScript each is a form that posts and comes back to #follow-topics; site.js
// (guarded by data-follow) posts the same forms with fetch, turns each button into a toggle
// (aria-pressed) and says what happened in a polite live region. The anonymous version is a
// single "Log in to follow" link, the same for every visitor, because it is cached.
import Html from '@kitajs/html';
import { CsrfField } from '../web/forms.js';
import type { FollowPanel, FollowState } from './follows-service.js';

export const FOLLOW_ANCHOR = 'follow-topics';

function FollowForm({ state, csrf, back }: { state: FollowState; csrf: string; back: string }): JSX.Element {
  const { topic, isFollowing } = state;
  return (
    <form method="post" action="/follows" class="follow__form" data-follow-form>
      <CsrfField token={csrf} />
      <input type="hidden" name="topic" value={String(topic.id)} />
      <input type="hidden" name="follow" value={isFollowing ? 'no' : 'yes'} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" class={`follow__button${isFollowing ? '' : ' button--secondary'}`} data-following={isFollowing ? 'true' : 'false'} data-topic-name={topic.name}>
        {isFollowing ? <>Following <span safe>{topic.name}</span> — unfollow</> : <>Follow <span safe>{topic.name}</span></>}
      </button>
    </form>
  );
}

/**
 * The follow control. `back` is the page's own path (the form returns there); `label` names
 * what a visitor would follow ("Workforce", or "these topics").
 */
export function FollowControl({ panel, csrf, back, label }: { panel: FollowPanel; csrf: string | undefined; back: string; label: string }): JSX.Element {
  if (panel.states.length === 0) return '';
  let body: JSX.Element;
  if (panel.access === 'log-in') {
    body = <p class="follow__way-in"><a href={`/login?next=${encodeURIComponent(back)}`}>Log in to follow <span safe>{label}</span></a></p>;
  } else if (panel.access === 'confirm' || !csrf) {
    body = <p class="follow__way-in">Please confirm your email address to follow topics, using the link we sent you. You can ask for a new link on <a href="/account">your account page</a>.</p>;
  } else {
    body = (
      <ul class="follow__list" aria-label="Follow topics">
        {panel.states.map((state) => <li><FollowForm state={state} csrf={csrf} back={back} /></li>)}
      </ul>
    );
  }
  return (
    <div class="follow" id={FOLLOW_ANCHOR} data-follow>
      {body}
      <p class="follow__status" role="status" aria-live="polite" data-follow-status></p>
    </div>
  );
}

export { Html };
