// The only SQL for member benefits and the choices people make among them. Audiences are
// stored as JSON text and matched in the service, so every query here is plain on both dialects.
import type { Insertable, Kysely } from 'kysely';
import type { BenefitRow, BenefitsTable, Database } from '../db/schema.js';

export type NewBenefit = Omit<Insertable<BenefitsTable>, 'id'>;

export class BenefitRepo {
  constructor(private readonly db: Kysely<Database>) {}

  listAll(): Promise<BenefitRow[]> {
    return this.db.selectFrom('benefits').selectAll().orderBy('category').orderBy('title').orderBy('id').execute();
  }

  listActive(): Promise<BenefitRow[]> {
    return this.db.selectFrom('benefits').selectAll().where('is_active', '=', 1).orderBy('title').orderBy('id').execute();
  }

  find(id: number): Promise<BenefitRow | undefined> {
    return this.db.selectFrom('benefits').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async insert(benefit: NewBenefit): Promise<number> {
    const { id } = await this.db.insertInto('benefits').values(benefit).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  /** False when there is no such benefit. */
  async update(id: number, changes: Omit<NewBenefit, 'created_at'>): Promise<boolean> {
    const result = await this.db.updateTable('benefits').set(changes).where('id', '=', id).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** The job role a person gave (accounts owns the column; benefits only read it). */
  async jobRoleOf(userId: number): Promise<string> {
    const row = await this.db.selectFrom('users').select('job_role').where('id', '=', userId).executeTakeFirst();
    return row?.job_role ?? '';
  }

  async chosenIds(userId: number): Promise<Set<number>> {
    const rows = await this.db.selectFrom('benefit_choices').select('benefit_id').where('user_id', '=', userId).execute();
    return new Set(rows.map((r) => r.benefit_id));
  }

  /** How many people asked to hear about each benefit. */
  async choiceCounts(): Promise<Map<number, number>> {
    const rows = await this.db.selectFrom('benefit_choices').select((eb) => ['benefit_id', eb.fn.countAll<number>().as('people')]).groupBy('benefit_id').execute();
    return new Map(rows.map((r) => [r.benefit_id, Number(r.people)]));
  }

  /**
   * Makes a person's choices exactly these benefits, in one transaction. Choices they keep
   * keep their first date; a double-submitted form cannot collide on the primary key.
   */
  async replaceChoices(userId: number, benefitIds: readonly number[], now: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      const wanted = new Set(benefitIds);
      const existing = await trx.selectFrom('benefit_choices').select('benefit_id').where('user_id', '=', userId).execute();
      const dropped = existing.map((r) => r.benefit_id).filter((id) => !wanted.has(id));
      if (dropped.length > 0) await trx.deleteFrom('benefit_choices').where('user_id', '=', userId).where('benefit_id', 'in', dropped).execute();
      const added = [...wanted].filter((id) => !existing.some((r) => r.benefit_id === id));
      if (added.length > 0) {
        await trx
          .insertInto('benefit_choices')
          .values(added.map((benefitId) => ({ user_id: userId, benefit_id: benefitId, created_at: now })))
          .onConflict((oc) => oc.columns(['user_id', 'benefit_id']).doNothing())
          .execute();
      }
    });
  }
}
