// The only SQL for the outbox: mail kept for admins to read when there is no SMTP_URL.
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database, OutboxTable } from '../../db/schema.js';

export type OutboxMessage = Selectable<OutboxTable>;
export type NewOutboxMessage = Omit<Insertable<OutboxTable>, 'id'>;

export class OutboxRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(message: NewOutboxMessage): Promise<number> {
    const { id } = await this.db.insertInto('outbox').values(message).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  async count(): Promise<number> {
    const { total } = await this.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .executeTakeFirstOrThrow();
    return Number(total);
  }

  /** Ordered by id, which only grows, so messages stored in the same millisecond keep their order. */
  async listNewestFirst(page: { limit: number; offset: number }): Promise<OutboxMessage[]> {
    return this.db.selectFrom('outbox').selectAll().orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute();
  }

  async findById(id: number): Promise<OutboxMessage | undefined> {
    return this.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst();
  }
}
