// POST /items/:id/read-complete: site.js reports that a signed-in reader reached the end of
// an item's body (a sentinel after the body came into view). Today's 'read' event of that
// person and item becomes value 2. Quiet by design: 204 when marked, a bare 4xx otherwise.
import { Type } from 'typebox';
import type { AccessLevel } from '../db/schema.js';
import { canRead } from '../content/policy.js';
import type { App } from '../platform/http/types.js';
import type { EngagementEvents } from './events.js';

const ItemParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const Body = Type.Object({ _csrf: Type.Optional(Type.String({ maxLength: 200 })) });

export function registerReadCompleteRoutes(app: App, deps: { events: EngagementEvents; accessOf: (itemId: number) => Promise<AccessLevel | undefined> }): void {
  app.post('/items/:id/read-complete', { schema: { params: ItemParams, body: Body } }, async (request, reply) => {
    const viewer = request.viewer;
    reply.header('cache-control', 'no-store');
    if (viewer.kind !== 'user') return reply.code(401).send();
    const access = await deps.accessOf(request.params.id);
    if (access === undefined) return reply.code(404).send();
    if (!canRead(viewer, access)) return reply.code(403).send();
    const isMarked = await deps.events.markReadComplete(viewer.id, request.params.id);
    return reply.code(isMarked ? 204 : 404).send();
  });
}
