import { Type, type Static } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Forbidden, Invalid } from '../errors.js';
import type { App } from '../platform/http/types.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import type { AuditLog } from '../audit/service.js';
import type { BenefitInput, BenefitService } from './benefits-service.js';
import { BenefitFormPage, BenefitsAdminPage, MemberBenefitsPage, presentAdminBenefit, presentOffer } from './benefits-views.js';

const text = (max: number) => Type.String({ maxLength: max, default: '' });
// A single ticked box arrives as a string; Fastify's validator turns it into a one-item list.
const list = (maxItems: number, maxLength: number) => Type.Array(Type.String({ maxLength }), { maxItems, default: [] });
const ChoicesBody = Type.Object({ _csrf: text(200), benefit: list(500, 20) });
const BenefitBody = Type.Object({
  _csrf: text(200),
  title: text(2000),
  description: text(20000),
  category: text(50),
  org_types: list(50, 200),
  tiers: list(50, 200),
  roles: text(5000),
  link_url: text(5000),
  is_active: text(10),
});
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });

export interface BenefitRouteDeps {
  benefits: BenefitService;
  page: PageContextFactory;
  /** Where creating and changing a benefit is recorded. */
  audit: AuditLog;
}

/** Visitors go to the login page; signed-in people who are not admins get a 403 page. */
function requireAdmin(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.viewer.kind === 'anonymous') {
    void reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
    return false;
  }
  if (request.viewer.role !== 'admin') throw new Forbidden('Only administrators can manage member benefits.');
  return true;
}

const LOGIN = '/login?next=%2Faccount%2Fbenefits';
const blankBenefit: BenefitInput = { title: '', description: '', category: '', orgTypes: [], tiers: [], roles: '', linkUrl: '', isActive: true };

export function registerBenefitRoutes(app: App, deps: BenefitRouteDeps): void {
  const { benefits, page } = deps;

  app.get('/account/benefits', async (request, reply) => {
    if (request.viewer.kind !== 'user') return reply.redirect(LOGIN, 303);
    const offer = await benefits.offerFor(request.viewer);
    return sendHtml(reply, <MemberBenefitsPage ctx={page(request)} view={presentOffer(offer)} />);
  });

  app.post('/account/benefits', { schema: { body: ChoicesBody } }, async (request, reply) => {
    if (request.viewer.kind !== 'user') return reply.redirect(LOGIN, 303);
    const saved = await benefits.saveChoices(request.viewer, request.body.benefit);
    const offer = await benefits.offerFor(request.viewer);
    const notice = saved === 0 ? 'Saved. We will not contact you about any of these.' : `Saved. We will tell you about ${saved === 1 ? 'the benefit' : `the ${saved} benefits`} you ticked.`;
    return sendHtml(reply, <MemberBenefitsPage ctx={page(request)} view={presentOffer(offer)} notice={notice} />);
  });

  app.get('/admin/benefits', async (request, reply) => {
    if (!requireAdmin(request, reply)) return reply;
    const { benefits: rows, interest } = await benefits.listForAdmin();
    return sendHtml(reply, <BenefitsAdminPage ctx={page(request)} benefits={rows.map((b) => presentAdminBenefit(b, interest.get(b.id) ?? 0))} />);
  });

  app.get('/admin/benefits/new', async (request, reply) => {
    if (!requireAdmin(request, reply)) return reply;
    return sendHtml(reply, <BenefitFormPage ctx={page(request)} values={blankBenefit} />);
  });

  app.get('/admin/benefits/:id', { schema: { params: IdParams } }, async (request, reply) => {
    if (!requireAdmin(request, reply)) return reply;
    return sendHtml(reply, <BenefitFormPage ctx={page(request)} values={await benefits.getForEditing(request.params.id)} />);
  });

  const save = async (request: FastifyRequest, reply: FastifyReply, body: Static<typeof BenefitBody>, id?: number) => {
    const values: BenefitInput = { id, title: body.title, description: body.description, category: body.category, orgTypes: body.org_types, tiers: body.tiers, roles: body.roles, linkUrl: body.link_url, isActive: body.is_active === 'yes' };
    let savedId: number;
    try {
      savedId = await benefits.save(values);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <BenefitFormPage ctx={page(request)} values={values} errors={error.fields} />, 400);
    }
    const title = values.title.trim();
    await deps.audit.record(request.viewer, id === undefined
      ? { action: 'benefit.create', subjectType: 'benefit', subjectId: savedId, summary: `Added the benefit “${title}”${values.isActive ? '' : ' (hidden from members)'}` }
      : { action: 'benefit.update', subjectType: 'benefit', subjectId: savedId, summary: `Changed the benefit “${title}”${values.isActive ? '' : ' (hidden from members)'}` });
    return reply.redirect('/admin/benefits', 303);
  };

  app.post('/admin/benefits', { schema: { body: BenefitBody } }, async (request, reply) => {
    if (!requireAdmin(request, reply)) return reply;
    return save(request, reply, request.body);
  });

  app.post('/admin/benefits/:id', { schema: { params: IdParams, body: BenefitBody } }, async (request, reply) => {
    if (!requireAdmin(request, reply)) return reply;
    return save(request, reply, request.body, request.params.id);
  });
}
