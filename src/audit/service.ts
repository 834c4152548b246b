// The audit log: who did what, and when, to content, people, organisations and settings.
// Domains call `audit.record(...)` after a change has been made; entries are never edited.
import type { Viewer } from '../accounts/viewer.js';
import type { AuditLogRow } from '../db/schema.js';
import { paginate, type Pagination } from '../platform/pagination.js';
import type { AuditFilter, AuditRepo } from './repo.js';

/** Someone signed in, or the system itself (the scheduler, the CLI). */
export type Actor = Viewer | { kind: 'system'; name: string };

export interface AuditEvent {
  /** Dotted verb: "item.publish", "item.delete", "user.role", "organisation.update", "admin.login"… */
  action: string;
  subjectType: string;
  subjectId?: string | number;
  /** One readable sentence, e.g. "Published “Winter plan”". */
  summary: string;
}

export const SYSTEM: Actor = { kind: 'system', name: 'Pulse (automatic)' };

export class AuditLog {
  constructor(
    private readonly repo: AuditRepo,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async record(actor: Actor, event: AuditEvent): Promise<void> {
    const who = actor.kind === 'user' ? { actor_id: actor.id, actor_name: `${actor.name} <${actor.email}>` } : { actor_id: null, actor_name: actor.kind === 'system' ? actor.name : 'A visitor' };
    await this.repo.insert({
      at: this.clock().toISOString(),
      ...who,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId === undefined ? '' : String(event.subjectId),
      summary: event.summary.slice(0, 1000),
    });
  }

  /** For an event whose actor has no viewer yet, such as a sign-in: the person as they are now. */
  async recordBy(person: { id: number; name: string; email: string }, event: AuditEvent): Promise<void> {
    await this.repo.insert({
      at: this.clock().toISOString(),
      actor_id: person.id,
      actor_name: `${person.name} <${person.email}>`,
      action: event.action,
      subject_type: event.subjectType,
      subject_id: event.subjectId === undefined ? '' : String(event.subjectId),
      summary: event.summary.slice(0, 1000),
    });
  }

  async list(filter: AuditFilter, page: number, pageSize = 50): Promise<{ entries: AuditLogRow[]; pagination: Pagination }> {
    const pagination = paginate(page, await this.repo.count(filter), pageSize);
    return { entries: await this.repo.list(filter, pagination), pagination };
  }

  stream(filter: AuditFilter): AsyncGenerator<AuditLogRow> {
    return this.repo.stream(filter);
  }

  actions(): Promise<string[]> {
    return this.repo.actions();
  }
}
