// iCalendar (RFC 5545) for one event, so readers can add it to their calendar.
import type { ItemRow } from '../db/schema.js';

function icsDate(iso: string): string {
  return iso.replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Escapes text values and folds lines at 75 octets as the RFC requires. */
function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\r?\n/g, '\\n').replace(/([,;])/g, '\\$1');
}

function fold(line: string): string {
  const bytes = Buffer.from(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  for (const char of line) {
    if (Buffer.byteLength(current + char) > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
    }
    current += char;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

export function eventToIcs(event: ItemRow, options: { url: string; organisation: string; host: string; now: string }): string {
  if (!event.event_start) throw new Error('Not an event');
  const end = event.event_end ?? new Date(Date.parse(event.event_start) + 3600_000).toISOString();
  const location = [event.venue, event.online_url].filter(Boolean).join(' / ');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${escapeText(options.organisation)}//Pulse//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:event-${event.id}@${options.host}`,
    `DTSTAMP:${icsDate(options.now)}`,
    `DTSTART:${icsDate(event.event_start)}`,
    `DTEND:${icsDate(end)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(`${event.summary}\n\n${options.url}`)}`,
    `URL:${options.url}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}
