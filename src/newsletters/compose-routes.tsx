// /admin/newsletters: editors and admins compose, check, schedule, send, pause and resume
// issues; /newsletter/archive: the issues that went out, for everyone.
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { Conflict, Forbidden, Invalid } from '../errors.js';
import { canUseAdmin } from '../admin/policy.js';
import { canRead } from '../content/policy.js';
import type { App } from '../platform/http/types.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import { compileIssueEmail, type IssueForEmail, type SiteForEmail } from './email/issue-email.js';
import type { IssueArchive, IssueDesk, IssueInput } from './issue-desk.js';
import type { IssuesService } from './issues-service.js';
import { IssueFormPage, IssuesAdminPage, ProgressPage, SendConfirmPage, type IssueFormModel } from './compose-views.js';
import { ArchiveIssuePage, ArchiveListPage, type IssuePageModel } from './archive-views.js';
import type { Viewer } from '../accounts/viewer.js';

const EDITORS = { adminAccess: 'editor' } as const;
const text = (max: number) => Type.String({ maxLength: max, default: '' });
const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2147483647 }) });
const ItemIds = Type.Union([Type.String({ pattern: '^[0-9]{1,10}$' }), Type.Array(Type.String({ pattern: '^[0-9]{1,10}$' }), { maxItems: 200 })]);
const IssueBody = Type.Object({ _csrf: text(200), subject: text(2000), intro: text(50000), items: Type.Optional(ItemIds), version: Type.Optional(Type.String({ pattern: '^[0-9]{1,9}$' })), action: Type.Optional(Type.Union([Type.Literal('save'), Type.Literal('fill')])) });
const FormQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })), done: Type.Optional(Type.String({ maxLength: 20 })) });
const ScheduleBody = Type.Object({ _csrf: text(200), send_at: text(40) });
const CsrfBody = Type.Object({ _csrf: text(200) });
const PreviewQuery = Type.Object({ as: Type.Optional(Type.Union([Type.Literal('member'), Type.Literal('registered'), Type.Literal('visitor')])) });
const PageQuery = Type.Object({ page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })) });

const NOTICES: Record<string, string> = {
  created: 'The draft was saved.', saved: 'The draft was saved.', scheduled: 'The issue is scheduled.', cancelled: 'The schedule was cancelled; the issue is a draft again.',
  tested: 'A test copy is on its way to your address.', sending: 'Sending has started.', paused: 'Sending is paused.', resumed: 'Sending has resumed.', filled: 'The month’s most read item in each topic was added. Save to keep them.',
};

function requireEditor(request: FastifyRequest): void {
  if (!canUseAdmin(request.viewer)) throw new Forbidden('Only editors and administrators can work on newsletters.');
}

function idsOf(items: string | string[] | undefined): number[] {
  const list = items === undefined ? [] : Array.isArray(items) ? items : [items];
  return [...new Set(list.map(Number))];
}

export interface ComposeRouteDeps {
  desk: IssueDesk;
  archive: IssueArchive;
  issues: IssuesService;
  site: () => SiteForEmail;
  page: PageContextFactory;
}

/** The issue as a web page for this viewer: only the items they can open, and how many others there are. */
function pageModel(issue: IssueForEmail, viewer: Viewer, isPreview = false): IssuePageModel {
  const open = issue.items.filter((i) => canRead(viewer, i.access));
  return { subject: issue.subject, sentAt: issue.sentAt, introHtml: issue.introHtml, cards: open.map((i) => i.card), hidden: issue.items.length - open.length, isPreview };
}

export function registerComposeRoutes(app: App, deps: ComposeRouteDeps): void {
  const { desk, issues, page } = deps;

  const formModel = async (input: { issueId?: number; values: IssueInput; version?: number; q: string; errors?: Record<string, string>; notice?: string }): Promise<IssueFormModel> => {
    const [issue, pickable, chosen, recipients] = await Promise.all([
      input.issueId ? issues.get(input.issueId) : Promise.resolve(undefined), desk.pickable(input.q), desk.pickableByIds(input.values.itemIds), desk.recipientCount(),
    ]);
    const byId = new Map(chosen.map((c) => [c.id, c]));
    return { issue, values: input.values, version: input.version, pickable, chosen: input.values.itemIds.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])), q: input.q, errors: input.errors, notice: input.notice, recipients };
  };

  app.get('/admin/newsletters', { config: EDITORS, schema: { querystring: FormQuery } }, async (request, reply) => {
    requireEditor(request);
    const notice = request.query.done ? NOTICES[request.query.done] : undefined;
    return sendHtml(reply, <IssuesAdminPage ctx={page(request)} issues={await desk.list()} notice={notice} recipients={await desk.recipientCount()} />);
  });

  app.get('/admin/newsletters/new', { config: EDITORS, schema: { querystring: FormQuery } }, async (request, reply) => {
    requireEditor(request);
    const model = await formModel({ values: { subject: '', introMd: '', itemIds: [] }, q: request.query.q ?? '' });
    return sendHtml(reply, <IssueFormPage ctx={page(request)} model={model} />);
  });

  app.post('/admin/newsletters', { config: EDITORS, schema: { body: IssueBody } }, async (request, reply) => {
    requireEditor(request);
    const values: IssueInput = { subject: request.body.subject, introMd: request.body.intro, itemIds: idsOf(request.body.items) };
    if (request.body.action === 'fill') {
      values.itemIds = [...new Set([...values.itemIds, ...(await desk.mostReadThisMonth())])];
      return sendHtml(reply, <IssueFormPage ctx={page(request)} model={await formModel({ values, q: '', notice: NOTICES.filled })} />);
    }
    try {
      const id = await desk.create(request.viewer, values);
      return reply.redirect(`/admin/newsletters/${id}?done=created`, 303);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <IssueFormPage ctx={page(request)} model={await formModel({ values, q: '', errors: error.fields })} />, 400);
    }
  });

  app.get('/admin/newsletters/:id', { config: EDITORS, schema: { params: IdParams, querystring: FormQuery } }, async (request, reply) => {
    requireEditor(request);
    const issue = await issues.get(request.params.id);
    const notice = request.query.done ? NOTICES[request.query.done] : undefined;
    if (issue.status === 'sending' || issue.status === 'paused' || issue.status === 'sent') {
      return sendHtml(reply, <ProgressPage ctx={page(request)} issue={issue} counts={await desk.counts(issue.id)} notice={notice} />);
    }
    const itemIds = (await issues.forEmail(issue.id)).items.map((i) => i.card.id);
    const model = await formModel({ issueId: issue.id, values: { subject: issue.subject, introMd: issue.intro_md, itemIds }, version: issue.version, q: request.query.q ?? '', notice });
    return sendHtml(reply, <IssueFormPage ctx={page(request)} model={model} />);
  });

  app.post('/admin/newsletters/:id', { config: EDITORS, schema: { params: IdParams, body: IssueBody } }, async (request, reply) => {
    requireEditor(request);
    const id = request.params.id;
    const values: IssueInput = { subject: request.body.subject, introMd: request.body.intro, itemIds: idsOf(request.body.items) };
    const version = Number(request.body.version ?? 0);
    if (request.body.action === 'fill') {
      values.itemIds = [...new Set([...values.itemIds, ...(await desk.mostReadThisMonth())])];
      return sendHtml(reply, <IssueFormPage ctx={page(request)} model={await formModel({ issueId: id, values, version, q: '', notice: NOTICES.filled })} />);
    }
    try {
      await desk.save(request.viewer, id, version, values);
      return reply.redirect(`/admin/newsletters/${id}?done=saved`, 303);
    } catch (error) {
      if (error instanceof Invalid) return sendHtml(reply, <IssueFormPage ctx={page(request)} model={await formModel({ issueId: id, values, version, q: '', errors: error.fields })} />, 400);
      // A stale save: the editor's text stays in the form, with the reason.
      if (error instanceof Conflict) return sendHtml(reply, <IssueFormPage ctx={page(request)} model={await formModel({ issueId: id, values, version, q: '', errors: { subject: error.message } })} />, 409);
      throw error;
    }
  });

  app.get('/admin/newsletters/:id/preview', { config: EDITORS, schema: { params: IdParams } }, async (request, reply) => {
    requireEditor(request);
    const issue = await issues.forEmail(request.params.id);
    return sendHtml(reply, <ArchiveIssuePage ctx={page(request)} model={pageModel(issue, request.viewer, true)} />);
  });

  app.get('/admin/newsletters/:id/preview/email', { config: EDITORS, schema: { params: IdParams, querystring: PreviewQuery } }, async (request, reply) => {
    requireEditor(request);
    const issue = await issues.forEmail(request.params.id);
    const site = deps.site();
    const example = [{ title: 'An item picked for this reader', url: `${site.url}/for-you`, summary: 'Each reader’s copy has picks of their own here, with the reason for each.', reason: 'Because you follow a topic' }];
    const { html } = compileIssueEmail(issue, request.query.as ?? 'member', site).fill({ picked: example, links: { preferencesUrl: `${site.url}/newsletter`, unsubscribeUrl: `${site.url}/newsletter` } });
    // The email exactly as sent: nothing of the site's own, and no script may run in it. Not the
    // outbox's sandboxed policy (EMAIL_HTML_CSP): the admin accessibility walk runs axe here too.
    return reply.type('text/html; charset=utf-8').header('content-security-policy', "default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'").send(html);
  });

  app.post('/admin/newsletters/:id/test', { config: EDITORS, schema: { params: IdParams, body: CsrfBody } }, async (request, reply) => {
    requireEditor(request);
    await desk.sendTest(request.viewer, request.params.id);
    return reply.redirect(`/admin/newsletters/${request.params.id}?done=tested`, 303);
  });

  app.post('/admin/newsletters/:id/schedule', { config: EDITORS, schema: { params: IdParams, body: ScheduleBody } }, async (request, reply) => {
    requireEditor(request);
    const id = request.params.id;
    try {
      await desk.schedule(request.viewer, id, request.body.send_at);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      const issue = await issues.get(id);
      const itemIds = (await issues.forEmail(id)).items.map((i) => i.card.id);
      const model = await formModel({ issueId: id, values: { subject: issue.subject, introMd: issue.intro_md, itemIds }, version: issue.version, q: '', errors: error.fields });
      return sendHtml(reply, <IssueFormPage ctx={page(request)} model={model} />, 400);
    }
    return reply.redirect(`/admin/newsletters/${id}?done=scheduled`, 303);
  });

  app.post('/admin/newsletters/:id/cancel', { config: EDITORS, schema: { params: IdParams, body: CsrfBody } }, async (request, reply) => {
    requireEditor(request);
    await desk.cancelSchedule(request.viewer, request.params.id);
    return reply.redirect(`/admin/newsletters/${request.params.id}?done=cancelled`, 303);
  });

  app.get('/admin/newsletters/:id/send', { config: EDITORS, schema: { params: IdParams } }, async (request, reply) => {
    requireEditor(request);
    const issue = await issues.get(request.params.id);
    if (issue.status !== 'draft' && issue.status !== 'scheduled') return reply.redirect(`/admin/newsletters/${issue.id}`, 303);
    return sendHtml(reply, <SendConfirmPage ctx={page(request)} issue={issue} recipients={await desk.recipientCount()} />);
  });

  for (const [path, act, done] of [['send', 'sendNow', 'sending'], ['pause', 'pause', 'paused'], ['resume', 'resume', 'resumed']] as const) {
    app.post(`/admin/newsletters/:id/${path}`, { config: EDITORS, schema: { params: IdParams, body: CsrfBody } }, async (request, reply) => {
      requireEditor(request);
      await desk[act](request.viewer, request.params.id);
      return reply.redirect(`/admin/newsletters/${request.params.id}?done=${done}`, 303);
    });
  }

  app.get('/newsletter/archive', { schema: { querystring: PageQuery } }, async (request, reply) => {
    const { issues: sent, pagination } = await deps.archive.page(request.query.page ?? 1);
    return sendHtml(reply, <ArchiveListPage ctx={page(request)} issues={sent} pagination={pagination} />);
  });

  app.get('/newsletter/archive/:id', { schema: { params: IdParams } }, async (request, reply) => {
    const issue = await deps.archive.issue(request.params.id);
    return sendHtml(reply, <ArchiveIssuePage ctx={page(request)} model={pageModel(issue, request.viewer)} />);
  });
}
