// Rows → view models for the admin screens.
import { formatDate, formatTime } from '../platform/dates.js';
import type { OutboxMessage } from '../platform/email/outbox-repo.js';

export interface OutboxMessageView {
  id: number;
  path: string;
  htmlPath: string;
  to: string;
  subject: string;
  keptAt: string;
  /** Machine-readable time for <time datetime>. */
  keptAtIso: string;
  text: string;
}

export function presentOutboxMessage(message: OutboxMessage): OutboxMessageView {
  return {
    id: message.id,
    path: `/admin/outbox/${message.id}`,
    htmlPath: `/admin/outbox/${message.id}/html`,
    to: message.to_address,
    subject: message.subject,
    keptAt: `${formatDate(message.created_at)}, ${formatTime(message.created_at)}`,
    keptAtIso: new Date(message.created_at).toISOString(),
    text: message.text_body,
  };
}
