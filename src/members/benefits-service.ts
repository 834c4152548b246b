// Member benefits: services, events, networks, briefings and discounts that admins offer to
// chosen audiences (organisation type, tier, job role). A member sees those matching their
// organisation and role, and says which they want to hear about.
import type { Kysely } from 'kysely';
import { Forbidden, Invalid, NotFound } from '../errors.js';
import type { BenefitCategory, BenefitRow, Database } from '../db/schema.js';
import type { Viewer, ViewerMembership } from '../accounts/viewer.js';
import { BenefitRepo } from './benefits-repo.js';
import { ORGANISATION_TYPES, TIERS } from './service.js';

export const BENEFIT_CATEGORIES: readonly { value: BenefitCategory; label: string }[] = [
  { value: 'event', label: 'Events' },
  { value: 'network', label: 'Networks' },
  { value: 'briefing', label: 'Briefings' },
  { value: 'discount', label: 'Discounts' },
  { value: 'service', label: 'Services' },
];

/** Who a benefit is for. Each empty list means "any". */
export interface Audience {
  orgTypes: string[];
  tiers: string[];
  /** Lower-case keywords; one found anywhere in a person's job role matches. */
  roles: string[];
}

/** A benefit as an admin edits it: exactly what was typed, so a rejected form keeps it. */
export interface BenefitInput {
  id?: number;
  title: string;
  description: string;
  category: string;
  orgTypes: string[];
  tiers: string[];
  /** Comma-separated job-role keywords, as typed. */
  roles: string;
  linkUrl: string;
  isActive: boolean;
}

export type SignedIn = Extract<Viewer, { kind: 'user' }>;

/** What a signed-in person is offered: nothing unless they belong to a member organisation. */
export type BenefitsOffer =
  | { isMember: false }
  | { isMember: true; membership: ViewerMembership; jobRole: string; benefits: BenefitRow[]; chosenIds: ReadonlySet<number> };

const MAX_ID = 2147483647;
const GARBLED_CHOICE = 'One of the choices sent is not a benefit we recognise. Please reload the page and try again.';

function stringList(json: string): string[] | undefined {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : undefined;
  } catch {
    return undefined;
  }
}

/** A stored audience; a damaged one matches nobody rather than everybody. */
export function audienceOf(benefit: Pick<BenefitRow, 'audience_org_types' | 'audience_tiers' | 'audience_roles'>): Audience | undefined {
  const orgTypes = stringList(benefit.audience_org_types);
  const tiers = stringList(benefit.audience_tiers);
  const roles = stringList(benefit.audience_roles);
  return orgTypes && tiers && roles ? { orgTypes, tiers, roles } : undefined;
}

export function isInAudience(audience: Audience | undefined, person: { organisationType: string; tier: string; jobRole: string }): boolean {
  if (!audience) return false;
  const jobRole = person.jobRole.toLowerCase();
  return (
    (audience.orgTypes.length === 0 || audience.orgTypes.includes(person.organisationType)) &&
    (audience.tiers.length === 0 || audience.tiers.includes(person.tier)) &&
    (audience.roles.length === 0 || audience.roles.some((keyword) => jobRole.includes(keyword)))
  );
}

/** "Finance, Director of finance; chief" → ["finance", "director of finance", "chief"]. */
export function parseRoleKeywords(raw: string): string[] {
  return [...new Set(raw.split(/[,;\n]+/).map((k) => k.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean))];
}

/** The link as it will be stored, or the problem with it. Only https links are offered to members. */
function checkLink(raw: string): { url: string | null; problem?: string } {
  const typed = raw.trim();
  if (typed === '') return { url: null };
  if (typed.length > 500) return { url: null, problem: 'Use at most 500 characters.' };
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return { url: null, problem: 'Enter a full web address, like https://www.example.org/events.' };
  }
  if (url.protocol !== 'https:') return { url: null, problem: 'The link must start with https://.' };
  if (url.username || url.password) return { url: null, problem: 'Remove the user name and password from the link.' };
  if (!url.hostname.includes('.')) return { url: null, problem: 'Enter a full web address, like https://www.example.org/events.' };
  return { url: url.href };
}

export class BenefitService {
  constructor(
    private readonly repo: BenefitRepo,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The active benefits meant for this person's organisation and role, and which they chose. */
  async offerFor(viewer: SignedIn): Promise<BenefitsOffer> {
    const membership = viewer.membership;
    if (!membership) return { isMember: false };
    const [benefits, jobRole, chosenIds] = await Promise.all([this.repo.listActive(), this.repo.jobRoleOf(viewer.id), this.repo.chosenIds(viewer.id)]);
    const person = { organisationType: membership.organisationType, tier: membership.tier, jobRole };
    const eligible = benefits.filter((b) => isInAudience(audienceOf(b), person));
    return { isMember: true, membership, jobRole, benefits: eligible, chosenIds: new Set([...chosenIds].filter((id) => eligible.some((b) => b.id === id))) };
  }

  /**
   * Makes a member's choices the ticked benefits they may see. Ids of benefits they are not
   * offered are dropped silently (the offer may have changed since the page was loaded);
   * anything that is not a benefit number at all is refused.
   */
  async saveChoices(viewer: SignedIn, ticked: readonly string[]): Promise<number> {
    const ids = new Set<number>();
    for (const raw of ticked) {
      if (!/^[1-9][0-9]{0,9}$/.test(raw) || Number(raw) > MAX_ID) throw new Invalid('benefits', GARBLED_CHOICE);
      ids.add(Number(raw));
    }
    const offer = await this.offerFor(viewer);
    if (!offer.isMember) throw new Forbidden('Member benefits are for people at member organisations.');
    const allowed = offer.benefits.map((b) => b.id).filter((id) => ids.has(id));
    await this.repo.replaceChoices(viewer.id, allowed, this.clock().toISOString());
    return allowed.length;
  }

  // ---- administration ----

  async listForAdmin(): Promise<{ benefits: BenefitRow[]; interest: ReadonlyMap<number, number> }> {
    const [benefits, interest] = await Promise.all([this.repo.listAll(), this.repo.choiceCounts()]);
    return { benefits, interest };
  }

  async getForEditing(id: number): Promise<BenefitInput> {
    const benefit = await this.repo.find(id);
    if (!benefit) throw new NotFound('There is no benefit with that number.');
    const audience = audienceOf(benefit) ?? { orgTypes: [], tiers: [], roles: [] };
    return {
      id: benefit.id,
      title: benefit.title,
      description: benefit.description,
      category: benefit.category,
      orgTypes: audience.orgTypes,
      tiers: audience.tiers,
      roles: audience.roles.join(', '),
      linkUrl: benefit.link_url ?? '',
      isActive: benefit.is_active === 1,
    };
  }

  /** Validates every field at once (Invalid lists them all), then creates or updates. Routes check the admin. */
  async save(input: BenefitInput): Promise<number> {
    const title = input.title.trim();
    const description = input.description.replace(/\r\n?/g, '\n').trim();
    const roles = parseRoleKeywords(input.roles);
    const link = checkLink(input.linkUrl);
    const category = BENEFIT_CATEGORIES.find((c) => c.value === input.category)?.value;
    Invalid.check({
      title: title === '' ? 'Enter a title.' : title.length > 200 ? 'Use at most 200 characters.' : undefined,
      description: description === '' ? 'Describe the benefit.' : description.length > 4000 ? 'Use at most 4,000 characters.' : undefined,
      category: category ? undefined : 'Choose a category from the list.',
      org_types: input.orgTypes.every((t) => (ORGANISATION_TYPES as readonly string[]).includes(t)) ? undefined : 'Choose organisation types from the list.',
      tiers: input.tiers.every((t) => (TIERS as readonly string[]).includes(t)) ? undefined : 'Choose tiers from the list.',
      roles: roles.length > 20 ? 'Use at most 20 keywords.' : roles.some((k) => k.length > 60) ? 'Keep each keyword to 60 characters or fewer.' : undefined,
      link_url: link.problem,
    });
    const now = this.clock().toISOString();
    const values = {
      title,
      description,
      category: category!,
      audience_org_types: JSON.stringify(ORGANISATION_TYPES.filter((t) => input.orgTypes.includes(t))),
      audience_tiers: JSON.stringify(TIERS.filter((t) => input.tiers.includes(t))),
      audience_roles: JSON.stringify(roles),
      link_url: link.url,
      is_active: input.isActive ? 1 : 0,
      updated_at: now,
    };
    if (input.id === undefined) return this.repo.insert({ ...values, created_at: now });
    if (!(await this.repo.update(input.id, values))) throw new NotFound('There is no benefit with that number.');
    return input.id;
  }
}

export function createBenefitsService(db: Kysely<Database>, clock?: () => Date): BenefitService {
  return new BenefitService(new BenefitRepo(db), clock);
}
