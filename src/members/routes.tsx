import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Forbidden, Invalid } from '../errors.js';
import type { App } from '../platform/http/types.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { AuditLog } from '../audit/service.js';
import type { MembershipService, OrganisationInput } from './service.js';
import { MembershipPage, OrganisationFormPage, OrganisationsAdminPage } from './views.js';

const text = (max: number) => Type.String({ maxLength: max, default: '' });
const JoinBody = Type.Object({ _csrf: text(200), organisation: text(20), message: text(5000) });
const OrganisationBody = Type.Object({ _csrf: text(200), name: text(2000), type: text(200), tier: text(50), status: text(20), domains: text(5000) });
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const DecisionBody = Type.Object({ _csrf: text(200), decision: Type.Union([Type.Literal('approve'), Type.Literal('refuse')]) });

export interface MemberRouteDeps {
  members: MembershipService;
  findUser: (id: number) => Promise<{ email: string; name: string } | undefined>;
  page: PageContextFactory;
  /** Where organisation changes and membership decisions are recorded. */
  audit: AuditLog;
}

/** Visitors go to the login page; signed-in people who are not admins get a 403 page. */
function requireAdmin(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.viewer.kind === 'anonymous') {
    void reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
    return false;
  }
  if (request.viewer.role !== 'admin') throw new Forbidden('Only administrators can manage organisations.');
  return true;
}

const blankOrganisation: OrganisationInput = { name: '', type: '', status: 'active', tier: 'standard', domains: '' };

export function registerMemberRoutes(app: App, deps: MemberRouteDeps): void {
  const { members, page } = deps;

  const membershipPage = async (request: FastifyRequest, extra: { errors?: Record<string, string>; values?: { organisation: string; message: string }; notice?: string } = {}) => {
    const viewer = request.viewer;
    const [organisations, openRequest] = await Promise.all([members.listActiveOrganisations(), viewer.kind === 'user' ? members.openRequestOf(viewer.id) : undefined]);
    return <MembershipPage ctx={page(request)} organisations={organisations} openRequest={openRequest} {...extra} />;
  };

  app.get('/account/membership', async (request, reply) => {
    if (request.viewer.kind !== 'user') return reply.redirect('/login?next=%2Faccount%2Fmembership', 303);
    return sendHtml(reply, await membershipPage(request));
  });

  app.post('/account/membership', { schema: { body: JoinBody } }, async (request, reply) => {
    if (request.viewer.kind !== 'user') return reply.redirect('/login?next=%2Faccount%2Fmembership', 303);
    const { organisation, message } = request.body;
    try {
      await members.requestMembership(request.viewer, Number(organisation) || 0, message);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, await membershipPage(request, { errors: error.fields, values: { organisation, message } }), 400);
    }
    return sendHtml(reply, await membershipPage(request, { notice: 'Thank you. Your request has been sent; we will email you when it has been decided.' }));
  });

  app.get('/admin/organisations', async (request, reply) => {
    if (!requireAdmin(request, reply)) return reply;
    const [organisations, requests] = await Promise.all([members.listOrganisations(), members.listPendingRequests()]);
    return sendHtml(reply, <OrganisationsAdminPage ctx={page(request)} organisations={organisations} requests={requests} />);
  });

  app.get('/admin/organisations/new', async (request, reply) => {
    if (!requireAdmin(request, reply)) return reply;
    return sendHtml(reply, <OrganisationFormPage ctx={page(request)} values={blankOrganisation} />);
  });

  app.get('/admin/organisations/:id', { schema: { params: IdParams } }, async (request, reply) => {
    if (!requireAdmin(request, reply)) return reply;
    const o = await members.getOrganisation(request.params.id);
    return sendHtml(reply, <OrganisationFormPage ctx={page(request)} values={{ id: o.id, name: o.name, type: o.type, tier: o.tier, status: o.status, domains: o.domains.join(', ') }} />);
  });

  const save = async (request: FastifyRequest, body: { name: string; type: string; tier: string; status: string; domains: string }, reply: FastifyReply, id?: number) => {
    const values: OrganisationInput = { id, name: body.name, type: body.type, tier: body.tier, status: body.status as OrganisationInput['status'], domains: body.domains };
    let savedId: number;
    try {
      savedId = await members.saveOrganisation(values);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <OrganisationFormPage ctx={page(request)} values={values} errors={error.fields} />, 400);
    }
    const name = values.name.trim();
    const status = values.status === 'active' ? 'active' : 'lapsed';
    await deps.audit.record(request.viewer, id === undefined
      ? { action: 'organisation.create', subjectType: 'organisation', subjectId: savedId, summary: `Added the organisation “${name}” (${status})` }
      : { action: 'organisation.update', subjectType: 'organisation', subjectId: savedId, summary: `Changed the organisation “${name}” (now ${status})` });
    return reply.redirect('/admin/organisations', 303);
  };

  app.post('/admin/organisations', { schema: { body: OrganisationBody } }, async (request, reply) => {
    if (!requireAdmin(request, reply)) return reply;
    return save(request, request.body, reply);
  });

  app.post('/admin/organisations/:id', { schema: { params: IdParams, body: OrganisationBody } }, async (request, reply) => {
    if (!requireAdmin(request, reply)) return reply;
    return save(request, request.body, reply, request.params.id);
  });

  app.post('/admin/membership-requests/:id', { schema: { params: IdParams, body: DecisionBody } }, async (request, reply) => {
    if (!requireAdmin(request, reply)) return reply;
    const approve = request.body.decision === 'approve';
    const decided = await members.decideRequest(request.viewer, request.params.id, approve, deps.findUser);
    const who = decided.person ? `${decided.person.name} <${decided.person.email}>` : 'a person who has since left';
    await deps.audit.record(request.viewer, {
      action: approve ? 'membership.approve' : 'membership.refuse',
      subjectType: 'membership_request',
      subjectId: request.params.id,
      summary: `${approve ? 'Approved' : 'Refused'} the request of ${who} to join ${decided.organisationName ?? 'an organisation since deleted'}`,
    });
    return reply.redirect('/admin/organisations', 303);
  });
}
