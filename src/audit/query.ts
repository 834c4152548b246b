// The audit log's filter as typed in the address bar, checked and turned into an
// AuditFilter. Dates are whole days in Europe/London: "from 2026-03-29" starts at that
// day's midnight in London (GMT or BST), "to" ends at the last millisecond of its day.
import { Invalid } from '../errors.js';
import { londonWallTimeToUtc } from '../platform/dates.js';
import type { AuditFilter } from './repo.js';

export interface AuditQueryValues {
  action: string;
  person: string;
  from: string;
  to: string;
}

const ACTION = /^[a-z][a-z_]*\.(?:[a-z][a-z_]*)?$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]) && Number(m[1]) >= 2000 && Number(m[1]) <= 2100;
}

function nextDay(value: string): string {
  const date = new Date(`${value}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** The start of a London day as a UTC ISO string. */
export function londonDayStart(day: string): string {
  return londonWallTimeToUtc(day, '00:00').toISOString();
}

/** The last millisecond of a London day as a UTC ISO string (the repo's bounds are inclusive). */
export function londonDayEnd(day: string): string {
  return new Date(londonWallTimeToUtc(nextDay(day), '00:00').getTime() - 1).toISOString();
}

/** Checks the typed filter; Invalid names every field with a problem. */
export function parseAuditQuery(values: AuditQueryValues): AuditFilter {
  const action = values.action.trim();
  const person = values.person.trim();
  const from = values.from.trim();
  const to = values.to.trim();
  const dayProblem = (v: string) => (v === '' || isRealDay(v) ? undefined : 'Enter a date like 2026-03-31.');
  Invalid.check({
    action: action === '' || ACTION.test(action) ? undefined : 'Choose an action from the list.',
    from: dayProblem(from),
    to: dayProblem(to) ?? (from && to && isRealDay(from) && to < from ? 'The end date must be the same as or after the start date.' : undefined),
  });
  const filter: AuditFilter = {};
  if (action) filter.action = action;
  // An account number within the id column's range (PostgreSQL's integer); anything else is text to look for.
  if (/^\d{1,10}$/.test(person) && Number(person) <= 2147483647) filter.actorId = Number(person);
  else if (person) filter.actorContains = person;
  if (from) filter.from = londonDayStart(from);
  if (to) filter.to = londonDayEnd(to);
  return filter;
}

/** The action families present ("item.", "user.") followed by the exact actions, for the filter's list. */
export function actionChoices(actions: readonly string[]): { families: string[]; actions: string[] } {
  const families = [...new Set(actions.map((a) => a.split('.')[0]!).filter(Boolean))].sort().map((f) => `${f}.`);
  return { families, actions: [...actions].sort() };
}
