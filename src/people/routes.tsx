// /admin/people: admins only. Declaring no adminAccess keeps these routes for admins (the
// guard in admin/routes.tsx fails closed); each handler also checks with the admin policy.
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Conflict, Forbidden, Invalid } from '../errors.js';
import { hashSecret } from '../accounts/tokens.js';
import { isAdmin } from '../admin/policy.js';
import type { App } from '../platform/http/types.js';
import { MAX_PAGE } from '../platform/pagination.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import { presentPerson, presentPersonRow } from './presenters.js';
import type { PeopleQuery, PeopleService, SignedIn } from './service.js';
import { PeopleListPage, PersonPage, type PersonPageState } from './views.js';

const text = (max: number) => Type.String({ maxLength: max, default: '' });
const choice = (values: readonly string[]) => Type.Union(['', ...values].map((v) => Type.Literal(v)), { default: '' });

const ListQuery = Type.Object({
  q: text(200),
  role: choice(['member', 'editor', 'admin']),
  status: choice(['active', 'suspended', 'unverified']),
  page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
});
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const DoneQuery = Type.Object({ done: text(20) });
const RoleBody = Type.Object({ _csrf: text(200), role: text(50), currentRole: text(50) });
const SuspendBody = Type.Object({ _csrf: text(200), reason: text(5000) });
const EmptyBody = Type.Object({ _csrf: text(200) });

const NOTICES: Record<string, string> = {
  role: 'The role has been changed. They have been logged out, so the new role applies from their next login.',
  'own-role': 'Your role has been changed. Your other sessions have ended.',
  suspend: 'Suspended. They have been logged out everywhere and cannot log in until reinstated.',
  reinstate: 'Reinstated. They can log in again.',
  sessions: 'Their sessions have ended.',
  'own-sessions': 'Your other sessions have ended.',
};

export interface PeopleRouteDeps {
  people: PeopleService;
  page: PageContextFactory;
}

function admin(request: FastifyRequest): SignedIn {
  const viewer = request.viewer;
  if (viewer.kind !== 'user' || !isAdmin(viewer)) throw new Forbidden('Only administrators can manage people.');
  return viewer;
}

export function registerPeopleRoutes(app: App, deps: PeopleRouteDeps): void {
  const { people, page } = deps;

  const personPage = async (request: FastifyRequest, reply: FastifyReply, id: number, state: PersonPageState = {}, status = 200) => {
    const viewer = admin(request);
    const details = await people.get(id);
    const person = presentPerson(details, hashSecret(viewer.sessionId));
    return sendHtml(reply, <PersonPage ctx={page(request)} person={person} isYou={viewer.id === id} state={state} />, status);
  };

  /** Runs a change; a refused or stale form shows the person's page again with why, and what was typed. */
  const change = async (request: FastifyRequest, reply: FastifyReply, id: number, done: string, act: () => Promise<unknown>, values: PersonPageState['values'] = {}) => {
    try {
      await act();
    } catch (error) {
      if (error instanceof Invalid) return personPage(request, reply, id, { errors: error.fields, values }, 400);
      if (error instanceof Conflict) return personPage(request, reply, id, { problem: error.message }, 409);
      throw error;
    }
    return reply.redirect(`/admin/people/${id}?done=${done}`, 303);
  };

  app.get('/admin/people', { schema: { querystring: ListQuery } }, async (request, reply) => {
    admin(request);
    const query: PeopleQuery = { text: request.query.q.trim(), role: request.query.role as PeopleQuery['role'], status: request.query.status as PeopleQuery['status'], page: request.query.page };
    const { people: found, pagination } = await people.list(query);
    return sendHtml(reply, <PeopleListPage ctx={page(request)} people={found.map(presentPersonRow)} pagination={pagination} query={query} />);
  });

  app.get('/admin/people/:id', { schema: { params: IdParams, querystring: DoneQuery } }, async (request, reply) => {
    return personPage(request, reply, request.params.id, { notice: NOTICES[request.query.done] });
  });

  app.post('/admin/people/:id/role', { schema: { params: IdParams, body: RoleBody } }, async (request, reply) => {
    const viewer = admin(request);
    const { id } = request.params;
    const { role, currentRole } = request.body;
    return change(request, reply, id, id === viewer.id ? 'own-role' : 'role', () => people.changeRole(viewer, id, { role, currentRole }), { role });
  });

  app.post('/admin/people/:id/suspend', { schema: { params: IdParams, body: SuspendBody } }, async (request, reply) => {
    const viewer = admin(request);
    const { id } = request.params;
    return change(request, reply, id, 'suspend', () => people.suspend(viewer, id, { reason: request.body.reason }), { reason: request.body.reason });
  });

  app.post('/admin/people/:id/reinstate', { schema: { params: IdParams, body: EmptyBody } }, async (request, reply) => {
    const viewer = admin(request);
    const { id } = request.params;
    return change(request, reply, id, 'reinstate', () => people.reinstate(viewer, id));
  });

  app.post('/admin/people/:id/sessions/end', { schema: { params: IdParams, body: EmptyBody } }, async (request, reply) => {
    const viewer = admin(request);
    const { id } = request.params;
    return change(request, reply, id, id === viewer.id ? 'own-sessions' : 'sessions', () => people.endSessions(viewer, id));
  });
}
