// The only SQL for the audit log: append, filter, page and stream.
import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { AuditLogRow, Database } from '../db/schema.js';

export interface AuditFilter {
  /** An exact action ("item.publish") or a family ending in a dot ("item."). */
  action?: string;
  actorId?: number;
  /** Part of the actor as written ("Name <email>"), any case. */
  actorContains?: string;
  subjectType?: string;
  subjectId?: string;
  /** Inclusive ISO bounds. */
  from?: string;
  to?: string;
}

export type NewAuditEntry = Omit<AuditLogRow, 'id'>;

export class AuditRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(entry: NewAuditEntry): Promise<void> {
    await this.db.insertInto('audit_log').values(entry).execute();
  }

  private filtered(filter: AuditFilter): SelectQueryBuilder<Database, 'audit_log', object> {
    let query = this.db.selectFrom('audit_log');
    if (filter.action) query = filter.action.endsWith('.') ? query.where('action', 'like', `${filter.action.replace(/[%_\\]/g, '')}%`) : query.where('action', '=', filter.action);
    if (filter.actorId !== undefined) query = query.where('actor_id', '=', filter.actorId);
    if (filter.actorContains) {
      const pattern = `%${filter.actorContains.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      query = query.where(sql<boolean>`lower(actor_name) like ${pattern} escape '\\'`);
    }
    if (filter.subjectType) query = query.where('subject_type', '=', filter.subjectType);
    if (filter.subjectId) query = query.where('subject_id', '=', filter.subjectId);
    if (filter.from) query = query.where('at', '>=', filter.from);
    if (filter.to) query = query.where('at', '<=', filter.to);
    return query;
  }

  async count(filter: AuditFilter): Promise<number> {
    const row = await this.filtered(filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  list(filter: AuditFilter, page: { limit: number; offset: number }): Promise<AuditLogRow[]> {
    return this.filtered(filter).selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
  }

  /** Every matching entry, newest first, a batch at a time (for CSV export of a long log). */
  async *stream(filter: AuditFilter, batch = 1000): AsyncGenerator<AuditLogRow> {
    let before: { at: string; id: number } | undefined;
    for (;;) {
      let query = this.filtered(filter).selectAll();
      if (before) {
        const { at, id } = before;
        query = query.where((eb) => eb.or([eb('at', '<', at), eb.and([eb('at', '=', at), eb('id', '<', id)])]));
      }
      const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(batch).execute();
      yield* rows;
      if (rows.length < batch) return;
      const last = rows[rows.length - 1]!;
      before = { at: last.at, id: last.id };
    }
  }

  /** The distinct actions recorded, for the filter's choices. */
  async actions(): Promise<string[]> {
    return (await this.db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute()).map((r) => r.action);
  }
}
