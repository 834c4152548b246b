// The comments part of the panel under an item. It renders the same for every visitor who is
// not signed in (the page cache shares that page); forms and per-person controls appear only
// for signed-in people, whose pages are never cached.
import type { FastifyRequest } from 'fastify';
import type { PanelSection } from './panel.js';
import type { ThreadSort } from './comments-presenters.js';
import type { CommentService } from './comments-service.js';
import { CommentsSection, type CommentFormState } from './comments-views.js';

const formStates = new WeakMap<FastifyRequest, CommentFormState>();

/** A comment form that came back with a problem: the item page re-rendered shows it in place. */
export function keepCommentForm(request: FastifyRequest, state: CommentFormState): void {
  formStates.set(request, state);
}

export function sortFrom(query: unknown): ThreadSort {
  const value = typeof query === 'object' && query !== null ? (query as Record<string, unknown>).comments : undefined;
  return value === 'newest' ? 'newest' : 'oldest';
}

export function commentsSection(comments: CommentService): PanelSection {
  return async ({ request, viewer, item, canRead }) => {
    const thread = await comments.thread(viewer, item, { canRead, sort: sortFrom(request.query) });
    if (!thread) return '';
    const csrf = viewer.kind === 'user' ? viewer.csrfToken : undefined;
    return CommentsSection({ thread, itemId: item.id, csrf, state: formStates.get(request) });
  };
}
