// The engagement event log: what signed-in people did with items (read, rate, recommend,
// comment, share, gift). Personalisation reads it; nothing here is shown to other people.
import type { Kysely } from 'kysely';
import type { Database, EngagementKind } from '../db/schema.js';

export interface EngagementEvent {
  userId: number | null;
  itemId: number;
  kind: EngagementKind;
  /** Stars for 'rate'; for 'read' 1 = opened, 2 = read to the end; -1 when a recommend is taken back; else 1. */
  value?: number;
}

function dayStartOf(now: Date): string {
  return `${now.toISOString().slice(0, 10)}T00:00:00.000Z`;
}

export class EngagementEventRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(event: EngagementEvent, at: string): Promise<void> {
    await this.db.insertInto('engagement_events').values({ user_id: event.userId, item_id: event.itemId, kind: event.kind, value: event.value ?? 1, created_at: at }).execute();
  }

  async hasSince(userId: number, itemId: number, kind: EngagementKind, since: string): Promise<boolean> {
    const row = await this.db.selectFrom('engagement_events').select('id').where('user_id', '=', userId).where('item_id', '=', itemId).where('kind', '=', kind).where('created_at', '>=', since).executeTakeFirst();
    return row !== undefined;
  }

  /** Marks reads of an item since a time as read to the end; how many rows changed. */
  async markReadComplete(userId: number, itemId: number, since: string): Promise<number> {
    const result = await this.db.updateTable('engagement_events').set({ value: 2 })
      .where('user_id', '=', userId).where('item_id', '=', itemId).where('kind', '=', 'read').where('created_at', '>=', since)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async countFor(userId: number): Promise<number> {
    const row = await this.db.selectFrom('engagement_events').select((eb) => eb.fn.countAll<string | number>().as('n')).where('user_id', '=', userId).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async deleteFor(userId: number): Promise<number> {
    const result = await this.db.deleteFrom('engagement_events').where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** Deletes everyone's events older than a time (the retention period); how many went. */
  async deleteBefore(cutoff: string): Promise<number> {
    const result = await this.db.deleteFrom('engagement_events').where('created_at', '<', cutoff).executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  /** A person's own history, for their data export. */
  listFor(userId: number): Promise<{ item_id: number; kind: EngagementKind; value: number; created_at: string }[]> {
    return this.db.selectFrom('engagement_events').select(['item_id', 'kind', 'value', 'created_at']).where('user_id', '=', userId).orderBy('created_at').execute();
  }
}

export class EngagementEvents {
  private readonly listeners: ((userId: number) => void)[] = [];

  constructor(
    private readonly repo: EngagementEventRepo,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Called with a person's id whenever their history changes (recommendations cached for them go). */
  onChange(listener: (userId: number) => void): void {
    this.listeners.push(listener);
  }

  private changed(userId: number | null): void {
    if (userId !== null) for (const listener of this.listeners) listener(userId);
  }

  async record(event: EngagementEvent): Promise<void> {
    await this.repo.insert(event, this.clock().toISOString());
    this.changed(event.userId);
  }

  /** A read counts once per person per item per UTC day. */
  async recordRead(userId: number, itemId: number): Promise<void> {
    const now = this.clock();
    if (await this.repo.hasSince(userId, itemId, 'read', dayStartOf(now))) return;
    await this.repo.insert({ userId, itemId, kind: 'read' }, now.toISOString());
    this.changed(userId);
  }

  /**
   * The reader reached the end of the body (site.js): today's read of the item becomes
   * value 2. False when there is no read today to mark (the page was never opened, or
   * opened by someone who could not read it, since those reads are not recorded).
   */
  async markReadComplete(userId: number, itemId: number): Promise<boolean> {
    return (await this.repo.markReadComplete(userId, itemId, dayStartOf(this.clock()))) > 0;
  }

  countFor(userId: number): Promise<number> {
    return this.repo.countFor(userId);
  }

  /** Clears a person's history (their comments, ratings and recommends themselves stay). */
  async clearFor(userId: number): Promise<number> {
    const deleted = await this.repo.deleteFor(userId);
    this.changed(userId);
    return deleted;
  }

  /** Deletes every event older than the given number of days. */
  purgeOlderThan(days: number): Promise<number> {
    return this.repo.deleteBefore(new Date(this.clock().getTime() - days * 24 * 3600 * 1000).toISOString());
  }

  listFor(userId: number) {
    return this.repo.listFor(userId);
  }
}
