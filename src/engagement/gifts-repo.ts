// SQL for gift links. Only a hash of each link's token is stored (see gifts-service.ts).
import type { Kysely } from 'kysely';
import type { Database, GiftRow, ItemKind } from '../db/schema.js';

export interface GiftWithGiver extends GiftRow {
  giver_name: string;
}

export interface GiftListRow {
  id: number;
  item_id: number;
  item_title: string;
  item_kind: ItemKind;
  item_slug: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  opened_count: number;
  has_recipient: boolean;
}

export interface OrganisationGiftCount {
  organisationId: number | null;
  organisationName: string | null;
  given: number;
  revoked: number;
  opened: number;
}

export class GiftRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(gift: { tokenHash: string; itemId: number; giverId: number; organisationId: number | null; recipientHash: string; createdAt: string; expiresAt: string }): Promise<number> {
    const row = await this.db
      .insertInto('gifts')
      .values({ token_hash: gift.tokenHash, item_id: gift.itemId, giver_id: gift.giverId, organisation_id: gift.organisationId, recipient_hash: gift.recipientHash, created_at: gift.createdAt, expires_at: gift.expiresAt })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  findByTokenHash(tokenHash: string): Promise<GiftWithGiver | undefined> {
    return this.db.selectFrom('gifts').innerJoin('users', 'users.id', 'gifts.giver_id').selectAll('gifts').select('users.name as giver_name').where('gifts.token_hash', '=', tokenHash).executeTakeFirst();
  }

  async countByGiverSince(giverId: number, since: string): Promise<number> {
    const row = await this.db.selectFrom('gifts').select((eb) => eb.fn.countAll<number>().as('n')).where('giver_id', '=', giverId).where('created_at', '>=', since).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async listByGiver(giverId: number, limit: number): Promise<GiftListRow[]> {
    const rows = await this.db
      .selectFrom('gifts')
      .innerJoin('items', 'items.id', 'gifts.item_id')
      .select(['gifts.id', 'gifts.item_id', 'items.title as item_title', 'items.kind as item_kind', 'items.slug as item_slug', 'gifts.created_at', 'gifts.expires_at', 'gifts.revoked_at', 'gifts.opened_count', 'gifts.recipient_hash'])
      .where('gifts.giver_id', '=', giverId)
      .orderBy('gifts.created_at', 'desc')
      .orderBy('gifts.id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(({ recipient_hash, ...row }) => ({ ...row, opened_count: Number(row.opened_count), has_recipient: recipient_hash !== '' }));
  }

  /** Revokes one of the giver's own gifts; false when there is no such gift of theirs still open. */
  async revoke(giftId: number, giverId: number, at: string): Promise<boolean> {
    const result = await this.db.updateTable('gifts').set({ revoked_at: at }).where('id', '=', giftId).where('giver_id', '=', giverId).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  findOwn(giftId: number, giverId: number): Promise<GiftRow | undefined> {
    return this.db.selectFrom('gifts').selectAll().where('id', '=', giftId).where('giver_id', '=', giverId).executeTakeFirst();
  }

  async recordOpened(giftId: number): Promise<void> {
    await this.db.updateTable('gifts').set((eb) => ({ opened_count: eb('opened_count', '+', 1) })).where('id', '=', giftId).execute();
  }

  /** Gifts given since a time, per member organisation (null: the organisation was deleted). */
  async countsByOrganisationSince(since: string): Promise<OrganisationGiftCount[]> {
    const rows = await this.db
      .selectFrom('gifts')
      .leftJoin('organisations', 'organisations.id', 'gifts.organisation_id')
      .select((eb) => [
        'gifts.organisation_id',
        'organisations.name',
        eb.fn.countAll<number>().as('given'),
        eb.fn.count<number>('gifts.revoked_at').as('revoked'),
        eb.fn.sum<number>('gifts.opened_count').as('opened'),
      ])
      .where('gifts.created_at', '>=', since)
      .groupBy(['gifts.organisation_id', 'organisations.name'])
      .orderBy('given', 'desc')
      .orderBy('organisations.name')
      .execute();
    return rows.map((r) => ({ organisationId: r.organisation_id, organisationName: r.name, given: Number(r.given), revoked: Number(r.revoked), opened: Number(r.opened ?? 0) }));
  }
}
