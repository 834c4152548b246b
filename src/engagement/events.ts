// The engagement event log: what signed-in people did with items (read, rate, recommend,
// comment, share, gift). Personalisation reads it; nothing here is shown to other people.
import type { Kysely } from 'kysely';
import type { Database, EngagementKind } from '../db/schema.js';

export interface EngagementEvent {
  userId: number | null;
  itemId: number;
  kind: EngagementKind;
  /** Stars for 'rate'; 1 for others; -1 when a recommend is taken back. */
  value?: number;
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

  /** A person's own history, for their data export. */
  listFor(userId: number): Promise<{ item_id: number; kind: EngagementKind; value: number; created_at: string }[]> {
    return this.db.selectFrom('engagement_events').select(['item_id', 'kind', 'value', 'created_at']).where('user_id', '=', userId).orderBy('created_at').execute();
  }
}

export class EngagementEvents {
  constructor(
    private readonly repo: EngagementEventRepo,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async record(event: EngagementEvent): Promise<void> {
    await this.repo.insert(event, this.clock().toISOString());
  }

  /** A read counts once per person per item per UTC day. */
  async recordRead(userId: number, itemId: number): Promise<void> {
    const now = this.clock();
    const dayStart = `${now.toISOString().slice(0, 10)}T00:00:00.000Z`;
    if (await this.repo.hasSince(userId, itemId, 'read', dayStart)) return;
    await this.repo.insert({ userId, itemId, kind: 'read' }, now.toISOString());
  }

  listFor(userId: number) {
    return this.repo.listFor(userId);
  }
}
