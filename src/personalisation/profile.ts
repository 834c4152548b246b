// Optional profile signals a person may give on /account/interests, from fixed lists so they
// can be counted ("popular with people like you") and never carry free text. The stored
// value is the label itself: lists may grow, but a label, once used, is not renamed.

import { ORGANISATION_TYPES as MEMBER_ORGANISATION_TYPES } from '../members/service.js';

export const PROFESSIONS = [
  'Clinical',
  'Nursing and midwifery',
  'Allied health',
  'Finance',
  'Workforce and HR',
  'Digital and data',
  'Executive and board',
  'Policy and strategy',
  'Communications',
  'Other',
] as const;

/**
 * The member organisations' own types (members/service.ts) plus kinds of organisation that
 * are never members, so "people like you" means the same whether the type came from a
 * membership or from the person.
 */
export const ORGANISATION_TYPES = [
  ...MEMBER_ORGANISATION_TYPES.filter((t) => t !== 'Other'),
  'University or research',
  'Charity or voluntary',
  'Supplier or consultancy',
  'Other',
] as const;

export type Profession = (typeof PROFESSIONS)[number];
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export function isProfession(value: string): value is Profession {
  return (PROFESSIONS as readonly string[]).includes(value);
}

export function isOrganisationType(value: string): value is OrganisationType {
  return (ORGANISATION_TYPES as readonly string[]).includes(value);
}
