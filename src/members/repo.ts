// The only SQL for member organisations, their email domains and membership requests.
import type { Kysely } from 'kysely';
import type { Database, MembershipRequestRow, OrganisationRow, OrganisationStatus, RequestStatus } from '../db/schema.js';

export type OrganisationWithDomains = OrganisationRow & { domains: string[] };

export class MemberRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async listOrganisations(options: { status?: OrganisationStatus } = {}): Promise<OrganisationWithDomains[]> {
    let query = this.db.selectFrom('organisations').selectAll().orderBy('name');
    if (options.status) query = query.where('status', '=', options.status);
    const organisations = await query.execute();
    if (organisations.length === 0) return [];
    const domains = await this.db.selectFrom('organisation_domains').selectAll().where('organisation_id', 'in', organisations.map((o) => o.id)).orderBy('domain').execute();
    return organisations.map((o) => ({ ...o, domains: domains.filter((d) => d.organisation_id === o.id).map((d) => d.domain) }));
  }

  async findOrganisation(id: number): Promise<OrganisationWithDomains | undefined> {
    const organisation = await this.db.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!organisation) return undefined;
    const domains = await this.db.selectFrom('organisation_domains').select('domain').where('organisation_id', '=', id).orderBy('domain').execute();
    return { ...organisation, domains: domains.map((d) => d.domain) };
  }

  findOrganisationByName(name: string): Promise<OrganisationRow | undefined> {
    return this.db.selectFrom('organisations').selectAll().where('name', '=', name).executeTakeFirst();
  }

  /** Which organisation, if any, owns each of these domains. */
  async domainOwners(domains: readonly string[]): Promise<Map<string, number>> {
    if (domains.length === 0) return new Map();
    const rows = await this.db.selectFrom('organisation_domains').selectAll().where('domain', 'in', domains).execute();
    return new Map(rows.map((r) => [r.domain, r.organisation_id]));
  }

  /** Saves an organisation and replaces its domains, in one transaction. */
  async saveOrganisation(organisation: Omit<OrganisationRow, 'id'> & { id?: number }, domains: readonly string[]): Promise<number> {
    return this.db.transaction().execute(async (trx) => {
      let id = organisation.id;
      const { id: _ignored, ...values } = organisation;
      if (id === undefined) {
        id = (await trx.insertInto('organisations').values(values).returning('id').executeTakeFirstOrThrow()).id;
      } else {
        const { created_at: _created, ...changes } = values;
        await trx.updateTable('organisations').set(changes).where('id', '=', id).execute();
        await trx.deleteFrom('organisation_domains').where('organisation_id', '=', id).execute();
      }
      const organisationId = id;
      if (domains.length > 0) await trx.insertInto('organisation_domains').values(domains.map((domain) => ({ domain, organisation_id: organisationId }))).execute();
      return organisationId;
    });
  }

  /**
   * The organisation that makes a person a member, if any: an approved request for an
   * active organisation first, else the active organisation owning their email domain.
   * Read on every signed-in request, so a lapse takes effect at once.
   */
  async activeOrganisationFor(userId: number, emailDomain: string | undefined): Promise<OrganisationRow | undefined> {
    const approved = await this.db
      .selectFrom('membership_requests')
      .innerJoin('organisations', 'organisations.id', 'membership_requests.organisation_id')
      .selectAll('organisations')
      .where('membership_requests.user_id', '=', userId)
      .where('membership_requests.status', '=', 'approved')
      .where('organisations.status', '=', 'active')
      .orderBy('membership_requests.decided_at', 'desc')
      .executeTakeFirst();
    if (approved || !emailDomain) return approved;
    return this.db
      .selectFrom('organisation_domains')
      .innerJoin('organisations', 'organisations.id', 'organisation_domains.organisation_id')
      .selectAll('organisations')
      .where('organisation_domains.domain', '=', emailDomain)
      .where('organisations.status', '=', 'active')
      .executeTakeFirst();
  }

  /**
   * activeOrganisationFor for many people at once (a newsletter send): by person id, the
   * organisation of their latest approved request, else of their email domain.
   */
  async activeOrganisationsFor(people: readonly { userId: number; emailDomain: string | undefined }[]): Promise<Map<number, OrganisationRow>> {
    const result = new Map<number, OrganisationRow>();
    if (people.length === 0) return result;
    const approved = await this.db
      .selectFrom('membership_requests')
      .innerJoin('organisations', 'organisations.id', 'membership_requests.organisation_id')
      .selectAll('organisations')
      .select(['membership_requests.user_id as member_user_id'])
      .where('membership_requests.user_id', 'in', people.map((p) => p.userId))
      .where('membership_requests.status', '=', 'approved')
      .where('organisations.status', '=', 'active')
      .orderBy('membership_requests.decided_at', 'asc')
      .execute();
    // Ascending, so the latest decision per person is the one left in the map.
    for (const { member_user_id: userId, ...organisation } of approved) result.set(userId, organisation);
    const domains = [...new Set(people.filter((p) => !result.has(p.userId) && p.emailDomain).map((p) => p.emailDomain!))];
    if (domains.length === 0) return result;
    const byDomain = new Map<string, OrganisationRow>();
    for (const { domain, ...organisation } of await this.db
      .selectFrom('organisation_domains')
      .innerJoin('organisations', 'organisations.id', 'organisation_domains.organisation_id')
      .selectAll('organisations')
      .select('organisation_domains.domain')
      .where('organisation_domains.domain', 'in', domains)
      .where('organisations.status', '=', 'active')
      .execute()) byDomain.set(domain, organisation);
    for (const p of people) {
      const organisation = !result.has(p.userId) && p.emailDomain ? byDomain.get(p.emailDomain) : undefined;
      if (organisation) result.set(p.userId, organisation);
    }
    return result;
  }

  // ---- membership requests ----

  async insertRequest(request: Omit<MembershipRequestRow, 'id'>): Promise<number> {
    const { id } = await this.db.insertInto('membership_requests').values(request).returning('id').executeTakeFirstOrThrow();
    return id;
  }

  findOpenRequestOf(userId: number): Promise<(MembershipRequestRow & { organisation_name: string }) | undefined> {
    return this.db
      .selectFrom('membership_requests')
      .innerJoin('organisations', 'organisations.id', 'membership_requests.organisation_id')
      .selectAll('membership_requests')
      .select('organisations.name as organisation_name')
      .where('membership_requests.user_id', '=', userId)
      .where('membership_requests.status', '=', 'pending')
      .executeTakeFirst();
  }

  listRequests(status: RequestStatus) {
    return this.db
      .selectFrom('membership_requests')
      .innerJoin('organisations', 'organisations.id', 'membership_requests.organisation_id')
      .innerJoin('users', 'users.id', 'membership_requests.user_id')
      .selectAll('membership_requests')
      .select(['organisations.name as organisation_name', 'users.name as user_name', 'users.email as user_email'])
      .where('membership_requests.status', '=', status)
      .orderBy('membership_requests.created_at')
      .execute();
  }

  findRequest(id: number): Promise<MembershipRequestRow | undefined> {
    return this.db.selectFrom('membership_requests').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** Decides a pending request; false when it was already decided (a stale form). */
  async decideRequest(id: number, decision: { status: 'approved' | 'refused'; decidedAt: string; decidedBy: number }): Promise<boolean> {
    const result = await this.db
      .updateTable('membership_requests')
      .set({ status: decision.status, decided_at: decision.decidedAt, decided_by: decision.decidedBy })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
