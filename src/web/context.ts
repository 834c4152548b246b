// What every page template needs besides its own data: the site's settings, asset URLs,
// where the page lives, and who is looking.
import type { Viewer } from '../accounts/viewer.js';
import type { SiteSettings } from '../site/settings.js';

export interface PageContext {
  site: SiteSettings;
  asset: (file: string) => string;
  publicUrl: string;
  /** The path of this page (no query), for the canonical link and the current nav item. */
  path: string;
  viewer: Viewer;
}

export function absoluteUrl(ctx: Pick<PageContext, 'publicUrl'>, path: string): string {
  return ctx.publicUrl + path;
}
