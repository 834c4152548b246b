// Times are stored in UTC and shown in the organisation's time zone (Europe/London).
export const DISPLAY_TIME_ZONE = 'Europe/London';

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: DISPLAY_TIME_ZONE });
const timeFormat = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: DISPLAY_TIME_ZONE, timeZoneName: 'short' });
const weekdayFormat = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: DISPLAY_TIME_ZONE });

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

export function formatLongDate(iso: string): string {
  return weekdayFormat.format(new Date(iso));
}

export function formatTime(iso: string): string {
  return timeFormat.format(new Date(iso));
}

/** "Tuesday 3 March 2026, 09:30 GMT to 11:00 GMT" (or across days when it spans them). */
export function formatEventRange(startIso: string, endIso: string | null): string {
  const start = `${formatLongDate(startIso)}, ${formatTime(startIso)}`;
  if (!endIso) return start;
  if (formatLongDate(startIso) === formatLongDate(endIso)) return `${start} to ${formatTime(endIso)}`;
  return `${start} to ${formatLongDate(endIso)}, ${formatTime(endIso)}`;
}

/**
 * The UTC instant of a wall-clock time in Europe/London (handles GMT/BST):
 * guess the offset, then correct it once by reading the zone's offset at the guess.
 */
export function londonWallTimeToUtc(date: string, time: string): Date {
  const naive = new Date(`${date}T${time}:00Z`);
  const offsetMinutes = zoneOffsetMinutes(naive);
  const first = new Date(naive.getTime() - offsetMinutes * 60_000);
  const corrected = zoneOffsetMinutes(first);
  return corrected === offsetMinutes ? first : new Date(naive.getTime() - corrected * 60_000);
}

function zoneOffsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: DISPLAY_TIME_ZONE, timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** A UTC instant as the value of a datetime-local input in Europe/London ("2026-03-03T09:30"). */
export function utcToLondonInput(iso: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: DISPLAY_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour') === '24' ? '00' : get('hour')}:${get('minute')}`;
}

/** A datetime-local value in Europe/London as a UTC ISO string, or undefined when malformed. */
export function londonInputToUtc(value: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m || Number(m[3] ?? 0) > 59) return undefined;
  // Only a real calendar time: "9999-99-99" is no date at all, and "2027-02-30" would roll over into March.
  const naive = new Date(`${m[1]}T${m[2]}:00Z`);
  if (Number.isNaN(naive.getTime()) || naive.toISOString().slice(0, 16) !== `${m[1]}T${m[2]}`) return undefined;
  const date = londonWallTimeToUtc(m[1]!, m[2]!);
  if (Number.isNaN(date.getTime())) return undefined;
  return new Date(date.getTime() + Number(m[3] ?? 0) * 1000).toISOString();
}
