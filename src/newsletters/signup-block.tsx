// The compact newsletter sign-up on the home page and item pages. Those pages are cached for
// every visitor, so the form carries no CSRF token: its route is `csrfExempt: 'no-session'`
// (same-site checks only), and the double opt-in is what protects an address.
import Html from '@kitajs/html';
import { MONTHLY_WORDING } from './subscribers-service.js';

export function NewsletterSignup({ source }: { source: string }): JSX.Element {
  return (
    <section class="newsletter-signup" aria-labelledby="newsletter-signup-heading">
      <h2 id="newsletter-signup-heading">Get the monthly newsletter</h2>
      <p>The month’s news, reports and events in one email. <a href="/newsletter">More about the newsletter</a></p>
      <form method="post" action="/newsletter/subscribe" class="newsletter-signup__form">
        <input type="hidden" name="source" value={source} />
        <div class="field">
          <label for="newsletter-signup-email">Email address</label>
          <input id="newsletter-signup-email" type="email" name="email" autocomplete="email" maxlength="254" required />
        </div>
        <div class="field field--checkbox">
          <input id="newsletter-signup-consent" type="checkbox" name="consent" value="yes" required />
          <label for="newsletter-signup-consent">{MONTHLY_WORDING}</label>
        </div>
        <button type="submit">Subscribe</button>
      </form>
    </section>
  );
}

export { Html };
