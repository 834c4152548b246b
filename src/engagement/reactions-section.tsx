// The reactions section of the panel under an item (see panel.tsx). Visitors all get the
// same HTML (it is cached with the page); signed-in people see their own rating and recommend.
import Html from '@kitajs/html';
import type { PanelSection } from './panel.js';
import { reactionAccess } from './reactions-policy.js';
import type { ReactionsService } from './reactions-service.js';
import { ReactionsSection } from './reactions-views.js';

/** The reactions section under every item (not static pages). */
export function reactionsSection(reactions: ReactionsService): PanelSection {
  return async ({ viewer, item }) => {
    if (item.kind === 'page') return '';
    const state = await reactions.state(item.id, item.path, viewer);
    return <ReactionsSection state={state} access={reactionAccess(viewer, item.access)} csrf={viewer.kind === 'user' ? viewer.csrfToken : undefined} />;
  };
}

export { Html };
