// The follow controls other domains' pages show, as slots: topics/routes.tsx asks for one on
// a topic page, content/routes.tsx for one beside an item's topic tags. The domains stay apart:
// they pass the request and what the page is about, and get markup back.
import type { FastifyRequest } from 'fastify';
import type { ItemRow } from '../db/schema.js';
import { itemPath } from '../content/urls.js';
import type { FollowsService } from './follows-service.js';
import { FollowControl } from './follows-views.js';

export interface FollowSlots {
  topicPage: (request: FastifyRequest, topic: { id: number; name: string; slug: string }) => Promise<JSX.Element>;
  itemPage: (request: FastifyRequest, row: ItemRow) => Promise<JSX.Element>;
}

export function followSlots(follows: FollowsService): FollowSlots {
  const csrfOf = (request: FastifyRequest) => (request.viewer.kind === 'user' ? request.viewer.csrfToken : undefined);
  return {
    async topicPage(request, topic) {
      const panel = await follows.panelFor(request.viewer, [{ id: topic.id, name: topic.name, slug: topic.slug }]);
      return FollowControl({ panel, csrf: csrfOf(request), back: `/topics/${topic.slug}`, label: topic.name });
    },
    async itemPage(request, row) {
      const panel = await follows.panelForItem(request.viewer, row.id);
      const label = panel.states.length === 1 ? panel.states[0]!.topic.name : 'these topics';
      return FollowControl({ panel, csrf: csrfOf(request), back: itemPath(row.kind, row.slug), label });
    },
  };
}
