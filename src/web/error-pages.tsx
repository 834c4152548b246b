import Html from '@kitajs/html';
import { Layout } from './layout.js';
import type { PageContext } from './context.js';

export function NotFoundPage({ ctx, message }: { ctx: PageContext; message: string }): JSX.Element {
  return (
    <Layout ctx={ctx} title="Page not found" noindex>
      <h1>Page not found</h1>
      <p class="lede" safe>{message}</p>
      <p>If you typed the address, check it for mistakes. If you followed a link here, the page may have moved.</p>
      <form class="search-form search-form--inline" action="/search" method="get" role="search" aria-label="Search the site">
        <div class="field">
          <label for="notfound-q">Search for what you were looking for</label>
          <input id="notfound-q" type="search" name="q" />
        </div>
        <button type="submit">Search</button>
      </form>
      <ul>
        <li><a href="/">Go to the home page</a></li>
        <li><a href="/news">Latest news</a></li>
        <li><a href="/topics">Browse topics</a></li>
        <li><a href="/events">Upcoming events</a></li>
      </ul>
    </Layout>
  );
}

export function ErrorPage({ ctx, status, title, message, requestId }: { ctx: PageContext; status: number; title: string; message: string; requestId?: string }): JSX.Element {
  return (
    <Layout ctx={ctx} title={title} noindex>
      <h1 safe>{title}</h1>
      <p class="lede" safe>{message}</p>
      {status >= 500 && requestId ? <p>If you contact us about this, please quote reference <code safe>{requestId}</code>.</p> : ''}
      <p><a href="/">Go to the home page</a></p>
    </Layout>
  );
}
