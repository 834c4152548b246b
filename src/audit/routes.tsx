// /admin/audit and /admin/audit.csv: admins only (no adminAccess declared, so the guard in
// admin/routes.tsx keeps them for admins; each handler checks the policy too).
import { Readable } from 'node:stream';
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { Forbidden, Invalid } from '../errors.js';
import { isAdmin } from '../admin/policy.js';
import type { App } from '../platform/http/types.js';
import { MAX_PAGE } from '../platform/pagination.js';
import type { PageContextFactory } from '../web/render.js';
import { sendHtml } from '../web/render.js';
import { auditCsv } from './csv.js';
import { actionChoices, parseAuditQuery, type AuditQueryValues } from './query.js';
import type { AuditLog } from './service.js';
import { AuditLogPage, presentEntry } from './views.js';

const text = (max: number) => Type.String({ maxLength: max, default: '' });
const FilterQuery = Type.Object({ action: text(100), person: text(200), from: text(30), to: text(30) });
const ListQuery = Type.Object({ ...FilterQuery.properties, page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }) });

export const AUDIT_PAGE_SIZE = 50;

export interface AuditRouteDeps {
  audit: AuditLog;
  page: PageContextFactory;
}

function requireAdmin(request: FastifyRequest): void {
  if (!isAdmin(request.viewer)) throw new Forbidden('Only administrators can read the audit log.');
}

export function registerAuditRoutes(app: App, deps: AuditRouteDeps): void {
  const { audit, page } = deps;

  app.get('/admin/audit', { schema: { querystring: ListQuery } }, async (request, reply) => {
    requireAdmin(request);
    const { page: pageNumber, ...typed } = request.query;
    const values: AuditQueryValues = { action: typed.action, person: typed.person, from: typed.from, to: typed.to };
    const choices = actionChoices(await audit.actions());
    try {
      const filter = parseAuditQuery(values);
      const { entries, pagination } = await audit.list(filter, pageNumber, AUDIT_PAGE_SIZE);
      return sendHtml(reply, <AuditLogPage ctx={page(request)} values={values} choices={choices} entries={entries.map(presentEntry)} pagination={pagination} />);
    } catch (error) {
      if (!(error instanceof Invalid)) throw error;
      return sendHtml(reply, <AuditLogPage ctx={page(request)} values={values} choices={choices} entries={[]} pagination={undefined} errors={error.fields} />, 400);
    }
  });

  // The same filter as the page, every matching entry, streamed as it is read.
  app.get('/admin/audit.csv', { schema: { querystring: FilterQuery } }, async (request, reply) => {
    requireAdmin(request);
    const filter = parseAuditQuery(request.query);
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="audit-log-${day}.csv"`)
      .header('x-content-type-options', 'nosniff')
      .send(Readable.from(auditCsv(audit.stream(filter))));
  });
}
