// /admin/analytics and its CSV exports, for editors and admins. The admin guard (admin/routes)
// already refuses everyone else; each handler checks again through the admin policy.
import { Type } from 'typebox';
import type { FastifyReply } from 'fastify';
import { Forbidden } from '../errors.js';
import { canUseAdmin } from '../admin/policy.js';
import type { Viewer } from '../accounts/viewer.js';
import type { App } from '../platform/http/types.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import { presentTopItems, registrationsCsv, topCsv, viewsCsv } from './presenters.js';
import type { AnalyticsService, Period } from './service.js';
import { AnalyticsPage } from './views.js';

const Days = Type.Union([Type.Literal('7'), Type.Literal('30'), Type.Literal('90')], { default: '30' });
// An empty topic is the form's "Choose a topic".
const TopicSlug = Type.String({ maxLength: 200, pattern: '^([a-z0-9][a-z0-9-]*)?$' });
const ReportQuery = Type.Object({ days: Days, topic: Type.Optional(TopicSlug) });
const DaysQuery = Type.Object({ days: Days });
const TopQuery = Type.Object({
  days: Days,
  topic: Type.Optional(TopicSlug),
  access: Type.Optional(Type.Union([Type.Literal('public'), Type.Literal('registered'), Type.Literal('members')])),
});

export interface AnalyticsRouteDeps {
  analytics: AnalyticsService;
  page: PageContextFactory;
  publicUrl: string;
}

const editors = { adminAccess: 'editor' } as const;

function authorise(viewer: Viewer): void {
  if (!canUseAdmin(viewer)) throw new Forbidden('Analytics are for editors and administrators.');
}

function sendCsv(reply: FastifyReply, name: string, csv: string): FastifyReply {
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}.csv"`)
    .header('cache-control', 'private, no-store')
    .send(csv);
}

export function registerAnalyticsRoutes(app: App, deps: AnalyticsRouteDeps): void {
  const { analytics, page } = deps;
  const periodOf = (days: string) => Number(days) as Period;

  app.get('/admin/analytics', { schema: { querystring: ReportQuery }, config: editors }, async (request, reply) => {
    authorise(request.viewer);
    const report = await analytics.report({ period: periodOf(request.query.days), topicSlug: request.query.topic || undefined });
    return sendHtml(reply, <AnalyticsPage ctx={page(request)} report={report} />);
  });

  app.get('/admin/analytics/views.csv', { schema: { querystring: DaysQuery }, config: editors }, async (request, reply) => {
    authorise(request.viewer);
    const days = periodOf(request.query.days);
    return sendCsv(reply, `page-views-${days}-days`, viewsCsv(await analytics.daily(analytics.rangeFor(days))));
  });

  app.get('/admin/analytics/top.csv', { schema: { querystring: TopQuery }, config: editors }, async (request, reply) => {
    authorise(request.viewer);
    const { topic, access } = request.query;
    const days = periodOf(request.query.days);
    const items = await analytics.top(analytics.rangeFor(days), { topicSlug: topic || undefined, access, limit: 100 });
    const name = ['most-read', topic, access, `${days}-days`].filter(Boolean).join('-');
    return sendCsv(reply, name, topCsv(presentTopItems(items), deps.publicUrl));
  });

  app.get('/admin/analytics/registrations.csv', { schema: { querystring: DaysQuery }, config: editors }, async (request, reply) => {
    authorise(request.viewer);
    const days = periodOf(request.query.days);
    return sendCsv(reply, `registrations-${days}-days`, registrationsCsv(await analytics.growth(analytics.rangeFor(days))));
  });
}
