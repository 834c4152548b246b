import Html from '@kitajs/html';
import type { PageContext } from './context.js';
import { absoluteUrl } from './context.js';
import { brandCssPath } from '../site/brand.js';
import { canUseAdmin } from '../admin/policy.js';
import type { SiteSettings } from '../site/settings.js';

export interface Crumb {
  label: string;
  path?: string;
}

export interface LayoutProps {
  ctx: PageContext;
  title: string;
  description?: string;
  /** Canonical path when it differs from ctx.path (e.g. page 1 of a listing). */
  canonicalPath?: string;
  ogType?: 'website' | 'article';
  ogImage?: string;
  jsonLd?: object;
  breadcrumbs?: Crumb[];
  noindex?: boolean;
  children?: Html.Children;
}

/** JSON inside a script element must not be able to close it. */
function jsonForScript(value: object): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function isCurrent(ctx: PageContext, path: string): boolean {
  if (!path.startsWith('/')) return false;
  return ctx.path === path || (path !== '/' && ctx.path.startsWith(`${path}/`));
}

/** The organisation's uploaded logo, or the default one. */
function logoOf(ctx: PageContext): { src: string; type: string; isCustom: boolean } {
  const logo: SiteSettings['logo'] = ctx.site.logo;
  return logo ? { src: `/media/${logo.key}`, type: logo.mime, isCustom: true } : { src: ctx.asset('logo.svg'), type: 'image/svg+xml', isCustom: false };
}

export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }): JSX.Element {
  return (
    <nav class="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {crumbs.map((crumb) =>
          crumb.path ? (
            <li><a href={crumb.path} safe>{crumb.label}</a></li>
          ) : (
            <li><span aria-current="page" safe>{crumb.label}</span></li>
          ),
        )}
      </ol>
    </nav>
  );
}

/** Log in / register for visitors; the account link and a log-out button for people signed in. */
function AccountNav({ ctx }: { ctx: PageContext }): JSX.Element {
  const viewer = ctx.viewer;
  if (viewer.kind === 'user') {
    return (
      <div class="account-nav">
        <a href="/for-you" aria-current={isCurrent(ctx, '/for-you') ? 'page' : undefined}>For you</a>
        <a href="/account" aria-current={isCurrent(ctx, '/account') ? 'page' : undefined}>Your account</a>
        {canUseAdmin(viewer) ? <a href="/admin" aria-current={isCurrent(ctx, '/admin') ? 'page' : undefined}>Admin</a> : ''}
        <form method="post" action="/logout">
          <input type="hidden" name="_csrf" value={viewer.csrfToken} />
          <button type="submit" class="link-button">Log out</button>
        </form>
      </div>
    );
  }
  return (
    <div class="account-nav">
      <a href="/login" aria-current={isCurrent(ctx, '/login') ? 'page' : undefined}>Log in</a>
      <a href="/register" aria-current={isCurrent(ctx, '/register') ? 'page' : undefined}>Register</a>
    </div>
  );
}

export function Layout(props: LayoutProps): JSX.Element {
  const { ctx } = props;
  const site = ctx.site;
  const fullTitle = ctx.path === '/' ? `${site.name}: ${site.tagline}` : `${props.title} | ${site.name}`;
  const canonical = absoluteUrl(ctx, props.canonicalPath ?? ctx.path);
  const description = props.description ?? site.description;
  const logo = logoOf(ctx);
  return (
    <>
      {'<!doctype html>'}
      <html lang="en-GB">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title safe>{fullTitle}</title>
          <meta name="description" content={description} />
          <link rel="canonical" href={canonical} />
          {props.noindex ? <meta name="robots" content="noindex" /> : ''}
          <meta property="og:site_name" content={site.name} />
          <meta property="og:title" content={props.title} />
          <meta property="og:description" content={description} />
          <meta property="og:type" content={props.ogType ?? 'website'} />
          <meta property="og:url" content={canonical} />
          {props.ogImage ? <meta property="og:image" content={absoluteUrl(ctx, props.ogImage)} /> : ''}
          <meta name="twitter:card" content={props.ogImage ? 'summary_large_image' : 'summary'} />
          <link rel="stylesheet" href={ctx.asset('site.css')} />
          <link rel="stylesheet" href={brandCssPath(site)} />
          <link rel="icon" href={logo.src} type={logo.type} />
          <link rel="alternate" type="application/atom+xml" title={`${site.name}: latest`} href="/feed.xml" />
          <script src={ctx.asset('site.js')} defer></script>
          {props.jsonLd ? <script type="application/ld+json">{jsonForScript(props.jsonLd)}</script> : ''}
        </head>
        <body>
          <a class="skip-link" href="#main">Skip to main content</a>
          <header class="site-header">
            <div class="wrap site-header__inner">
              <a class="brand" href="/">
                <img class={logo.isCustom ? 'brand__logo brand__logo--custom' : 'brand__logo'} src={logo.src} alt="" width="40" height="40" />
                <span class="brand__name" safe>{site.name}</span>
              </a>
              <nav class="site-nav" aria-label="Main">
                <ul>
                  {site.nav.map((item) => (
                    <li>
                      <a href={item.href} aria-current={isCurrent(ctx, item.href) ? 'page' : undefined} safe>{item.label}</a>
                    </li>
                  ))}
                </ul>
              </nav>
              <form class="site-search" role="search" action="/search" method="get">
                <label for="site-search-q" class="visually-hidden">Search the site</label>
                <input id="site-search-q" type="search" name="q" placeholder="Search the site" autocomplete="off" />
                <button type="submit">Search</button>
              </form>
              <AccountNav ctx={ctx} />
            </div>
          </header>
          <div class="wrap">{props.breadcrumbs ? <Breadcrumbs crumbs={props.breadcrumbs} /> : ''}</div>
          <main id="main" tabindex="-1" class="wrap">
            {props.children}
          </main>
          <footer class="site-footer">
            <div class="wrap">
              <nav aria-label="Footer">
                <ul class="footer-links">
                  {site.footer.map((link) => (
                    <li><a href={link.href} safe>{link.label}</a></li>
                  ))}
                </ul>
              </nav>
              {site.social.length > 0 ? (
                <nav aria-label="Social media">
                  <ul class="footer-links footer-links--social">
                    {site.social.map((profile) => (
                      <li><a href={profile.url} rel="me noopener" safe>{profile.label}</a></li>
                    ))}
                  </ul>
                </nav>
              ) : ''}
              <p class="site-footer__about" safe>{site.description}</p>
              <p class="site-footer__small">Published with Pulse.</p>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}

export { Html };
