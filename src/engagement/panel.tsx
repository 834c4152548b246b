// What sits under an item's body: reactions (rating, recommend), sharing, and comments. Each
// part is a section function from its own module; the panel runs them in order and joins the
// HTML. Anonymous pages are cached (page cache), so a section must render the same for every
// visitor and call `invalidate` (the page cache's) after any change it shows to the public.
import type { FastifyRequest } from 'fastify';
import type { Viewer } from '../accounts/viewer.js';
import type { CommentSetting, ItemRow } from '../db/schema.js';
import type { PageContext } from '../web/context.js';

/** The item as engagement sections see it. */
export interface EngagedItem {
  id: number;
  kind: ItemRow['kind'];
  slug: string;
  title: string;
  access: ItemRow['access'];
  comments: CommentSetting;
  /** The item's own address, where forms return to. */
  path: string;
}

export interface EngagementContext {
  ctx: PageContext;
  request: FastifyRequest;
  viewer: Viewer;
  item: EngagedItem;
  /** Whether the viewer may open the full item (members-only items show a teaser otherwise). */
  canRead: boolean;
}

export type PanelSection = (context: EngagementContext) => Promise<JSX.Element>;

export class EngagementPanel {
  constructor(private readonly sections: readonly PanelSection[]) {}

  async render(context: EngagementContext): Promise<JSX.Element> {
    const parts = await Promise.all(this.sections.map((section) => section(context)));
    return parts.join('');
  }
}
