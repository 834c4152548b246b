// Member organisations and who belongs to them. A person is a member when their confirmed
// email is on an active organisation's domain, or an admin approved their request to join
// an active organisation. Membership is worked out on every request, so a lapse is at once.
import { Conflict, Forbidden, Invalid, NotFound } from '../errors.js';
import type { Mailer } from '../platform/email/mailer.js';
import { renderEmail } from '../platform/email/templates.js';
import type { SettingsService } from '../site/settings.js';
import type { OrganisationRow, OrganisationStatus } from '../db/schema.js';
import type { Viewer, ViewerMembership } from '../accounts/viewer.js';
import type { MemberRepo, OrganisationWithDomains } from './repo.js';

export const ORGANISATION_TYPES = ['Acute trust', 'Community trust', 'Mental health trust', 'Ambulance service', 'Primary care network', 'Integrated care board', 'Social care provider', 'International partner', 'Other'] as const;
export const TIERS = ['standard', 'premium'] as const;

export type Membership = ViewerMembership;

export interface OrganisationInput {
  id?: number;
  name: string;
  type: string;
  status: OrganisationStatus;
  tier: string;
  /** Comma- or space-separated domains, as typed. */
  domains: string;
}

export function emailDomain(email: string): string | undefined {
  return email.split('@')[1]?.toLowerCase();
}

export function parseDomains(raw: string): string[] {
  return [...new Set(raw.toLowerCase().split(/[\s,;]+/).map((d) => d.replace(/^@/, '').trim()).filter(Boolean))];
}

const DOMAIN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export class MembershipService {
  constructor(
    private readonly repo: MemberRepo,
    private readonly mailer: Mailer,
    private readonly settings: SettingsService,
    private readonly publicUrl: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The membership a person holds now; none until their email address is confirmed. */
  async membershipOf(user: { id: number; email: string; email_verified_at: string | null }): Promise<Membership | undefined> {
    if (!user.email_verified_at) return undefined;
    const organisation = await this.repo.activeOrganisationFor(user.id, emailDomain(user.email));
    return organisation ? toMembership(organisation) : undefined;
  }

  /** membershipOf for many people at once, by person id (those without one are absent). */
  async membershipsOf(users: readonly { id: number; email: string; email_verified_at: string | null }[]): Promise<Map<number, Membership>> {
    const verified = users.filter((u) => u.email_verified_at);
    const organisations = await this.repo.activeOrganisationsFor(verified.map((u) => ({ userId: u.id, emailDomain: emailDomain(u.email) })));
    return new Map([...organisations].map(([userId, organisation]) => [userId, toMembership(organisation)]));
  }

  listActiveOrganisations(): Promise<OrganisationWithDomains[]> {
    return this.repo.listOrganisations({ status: 'active' });
  }

  openRequestOf(userId: number) {
    return this.repo.findOpenRequestOf(userId);
  }

  async requestMembership(viewer: Viewer, organisationId: number, message: string): Promise<void> {
    if (viewer.kind !== 'user') throw new Forbidden('Please log in first.');
    if (!viewer.isEmailVerified) throw new Invalid('organisation', 'Please confirm your email address before asking to join an organisation.');
    if (viewer.membership) throw new Conflict(`You are already a member through ${viewer.membership.organisationName}.`);
    const organisation = await this.repo.findOrganisation(organisationId);
    if (!organisation || organisation.status !== 'active') throw new Invalid('organisation', 'Choose an organisation from the list.');
    if (message.length > 1000) throw new Invalid('message', 'Use at most 1,000 characters.');
    if (await this.repo.findOpenRequestOf(viewer.id)) throw new Conflict('You already have a request waiting for a decision.');
    await this.repo.insertRequest({ user_id: viewer.id, organisation_id: organisationId, status: 'pending', message: message.trim(), created_at: this.clock().toISOString(), decided_at: null, decided_by: null });
  }

  // ---- administration ----

  listOrganisations(): Promise<OrganisationWithDomains[]> {
    return this.repo.listOrganisations();
  }

  async getOrganisation(id: number): Promise<OrganisationWithDomains> {
    const organisation = await this.repo.findOrganisation(id);
    if (!organisation) throw new NotFound('There is no organisation with that number.');
    return organisation;
  }

  async saveOrganisation(input: OrganisationInput): Promise<number> {
    const domains = parseDomains(input.domains);
    const name = input.name.trim();
    const problems: Record<string, string | undefined> = {
      name: name === '' ? 'Enter the organisation’s name.' : name.length > 200 ? 'Use at most 200 characters.' : undefined,
      type: (ORGANISATION_TYPES as readonly string[]).includes(input.type) ? undefined : 'Choose a type from the list.',
      tier: (TIERS as readonly string[]).includes(input.tier) ? undefined : 'Choose a tier from the list.',
      status: input.status === 'active' || input.status === 'lapsed' ? undefined : 'Choose active or lapsed.',
      domains: domains.find((d) => !DOMAIN.test(d)) ? `“${domains.find((d) => !DOMAIN.test(d))}” is not a domain like trust.example.org.` : domains.length > 20 ? 'Use at most 20 domains.' : undefined,
    };
    const sameName = name ? await this.repo.findOrganisationByName(name) : undefined;
    if (sameName && sameName.id !== input.id) problems.name = 'Another organisation already has that name.';
    const owners = await this.repo.domainOwners(domains);
    const taken = domains.find((d) => owners.has(d) && owners.get(d) !== input.id);
    if (taken && !problems.domains) problems.domains = `${taken} already belongs to another organisation.`;
    Invalid.check(problems);
    if (input.id !== undefined && !(await this.repo.findOrganisation(input.id))) throw new NotFound('There is no organisation with that number.');
    const now = this.clock().toISOString();
    return this.repo.saveOrganisation({ id: input.id, name, type: input.type, status: input.status, tier: input.tier, created_at: now, updated_at: now }, domains);
  }

  listPendingRequests() {
    return this.repo.listRequests('pending');
  }

  /** Approves or refuses a request and tells the person by email either way; says who and which organisation, for the audit log. */
  async decideRequest(
    admin: Viewer,
    requestId: number,
    approve: boolean,
    findUser: (id: number) => Promise<{ email: string; name: string } | undefined>,
  ): Promise<{ person: { email: string; name: string } | undefined; organisationName: string | undefined }> {
    if (admin.kind !== 'user' || admin.role !== 'admin') throw new Forbidden();
    const request = await this.repo.findRequest(requestId);
    if (!request) throw new NotFound('There is no such request.');
    const decided = await this.repo.decideRequest(requestId, { status: approve ? 'approved' : 'refused', decidedAt: this.clock().toISOString(), decidedBy: admin.id });
    if (!decided) throw new Conflict('Someone has already decided this request.');
    const [user, organisation] = await Promise.all([findUser(request.user_id), this.repo.findOrganisation(request.organisation_id)]);
    if (!user || !organisation) return { person: user, organisationName: organisation?.name };
    const site = this.settings.settings.name;
    const { html, text } = renderEmail({
      siteName: site,
      siteUrl: this.publicUrl,
      heading: approve ? `You are now a member through ${organisation.name}` : 'Your membership request',
      paragraphs: approve
        ? [`Hello ${user.name},`, `Your request to join ${site} as part of ${organisation.name} has been approved. Member-only reports, briefings and benefits are now open to you.`]
        : [`Hello ${user.name},`, `We could not confirm that you work at ${organisation.name}, so your request to join as a member was not approved. If you think this is a mistake, reply to this email or contact us.`],
      action: approve ? { label: 'See your benefits', url: `${this.publicUrl}/account/membership` } : undefined,
    });
    await this.mailer.send({ to: user.email, subject: approve ? `Welcome: your ${site} membership` : `Your ${site} membership request`, html, text });
    return { person: user, organisationName: organisation.name };
  }
}

function toMembership(organisation: OrganisationRow): Membership {
  return { organisationId: organisation.id, organisationName: organisation.name, organisationType: organisation.type, tier: organisation.tier };
}
