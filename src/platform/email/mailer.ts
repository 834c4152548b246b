// Sending mail. With SMTP_URL every message goes out through one pooled SMTP transport;
// without it, messages are kept in the outbox table for admins to read. Both mailers refuse
// the same malformed messages, so a fault found in development is not new in production.
import nodemailer from 'nodemailer';
import type { Db } from '../../db/connection.js';
import { NotFound } from '../../errors.js';
import { paginate, PAGE_SIZE, type Pagination } from '../pagination.js';
import { OutboxRepo, type OutboxMessage } from './outbox-repo.js';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** The envelope sender (Return-Path), where bounces go; MAIL_FROM's address when unset. */
  envelopeFrom?: string;
}

/** DKIM signing (RFC 6376) of every message a mailer sends; nodemailer signs, including List-* headers. */
export interface DkimOptions {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

/**
 * Why a message was not sent: 'refused' when the SMTP server answered with an error code (it
 * did not take the message), 'unknown' when the conversation broke (it may have taken it).
 */
export function sendFailureKind(error: unknown): 'refused' | 'unknown' {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 400 ? 'refused' : 'unknown';
}

export interface Mailer {
  send(message: EmailMessage): Promise<void>;
  /** Finishes the messages already handed to send(), then releases connections. */
  close(): Promise<void>;
}

/**
 * Throws on a message that must not be sent: a missing part (every message carries both a
 * text and an HTML part), or a line break in an address, subject or header, which would
 * let a value start a header of its own.
 */
export function assertSendable(message: EmailMessage): void {
  const problems: string[] = [];
  if (!message.to.trim()) problems.push('it has no recipient');
  if (!message.subject.trim()) problems.push('it has no subject');
  if (!message.text.trim()) problems.push('it has no plain-text part');
  if (!message.html.trim()) problems.push('it has no HTML part');
  const singleLine: [string, string][] = [['to', message.to], ['subject', message.subject], ['envelope sender', message.envelopeFrom ?? '']];
  for (const [name, value] of Object.entries(message.headers ?? {})) {
    if (!/^[A-Za-z0-9-]+$/.test(name)) problems.push(`the header name "${name}" is not a plain token`);
    singleLine.push([`header ${name}`, value]);
  }
  for (const [field, value] of singleLine) {
    if (/[\r\n]/.test(value)) problems.push(`its ${field} contains a line break`);
  }
  if (problems.length > 0) throw new Error(`Refusing to send an email: ${problems.join('; ')}.`);
}

/** How long close() waits for messages in flight before it drops the connections anyway. */
const CLOSE_GRACE_MS = 10_000;

export class SmtpMailer implements Mailer {
  private readonly transport;
  private readonly inFlight = new Set<Promise<unknown>>();

  constructor(options: { smtpUrl: string; mailFrom: string; dkim?: DkimOptions; maxConnections?: number; maxMessagesPerSecond?: number }) {
    const rate = options.maxMessagesPerSecond ? { rateDelta: 1000, rateLimit: options.maxMessagesPerSecond } : {};
    this.transport = nodemailer.createTransport(
      { url: options.smtpUrl, pool: true, maxConnections: options.maxConnections ?? 5, maxMessages: Infinity, ...rate, ...(options.dkim ? { dkim: options.dkim } : {}) },
      { from: options.mailFrom },
    );
  }

  async send(message: EmailMessage): Promise<void> {
    assertSendable(message);
    const sending = this.transport.sendMail({
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      headers: message.headers,
      ...(message.envelopeFrom ? { envelope: { from: message.envelopeFrom, to: message.to } } : {}),
    });
    this.inFlight.add(sending);
    try {
      await sending;
    } finally {
      this.inFlight.delete(sending);
    }
  }

  async close(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), CLOSE_GRACE_MS);
    });
    const outcome = await Promise.race([Promise.allSettled([...this.inFlight]), grace]);
    clearTimeout(timer);
    this.transport.close({ force: outcome === 'timeout' });
  }
}

export class OutboxMailer implements Mailer {
  constructor(private readonly outbox: OutboxRepo) {}

  async send(message: EmailMessage): Promise<void> {
    assertSendable(message);
    await this.outbox.insert({
      to_address: message.to,
      subject: message.subject,
      text_body: message.text,
      html_body: message.html,
      created_at: new Date().toISOString(),
    });
  }

  /** Newest first; a page past the last one is NotFound (page 1 of an empty outbox is not). */
  async listMessages(options: { page?: number; pageSize?: number } = {}): Promise<{ messages: OutboxMessage[]; pagination: Pagination }> {
    const pagination = paginate(options.page ?? 1, await this.outbox.count(), options.pageSize ?? PAGE_SIZE);
    const messages = await this.outbox.listNewestFirst({ limit: pagination.limit, offset: pagination.offset });
    return { messages, pagination };
  }

  async getMessage(id: number): Promise<OutboxMessage> {
    const message = await this.outbox.findById(id);
    if (!message) throw new NotFound('There is no message with that number in the outbox.');
    return message;
  }

  async close(): Promise<void> {
    // The database belongs to the container, which closes it after the mailer.
  }
}

/** SMTP when a URL is configured, otherwise the outbox. */
export function createMailer(options: { smtpUrl: string | undefined; mailFrom: string; db: Db; dkim?: DkimOptions; maxConnections?: number; maxMessagesPerSecond?: number }): Mailer {
  if (options.smtpUrl) return new SmtpMailer({ smtpUrl: options.smtpUrl, mailFrom: options.mailFrom, dkim: options.dkim, maxConnections: options.maxConnections, maxMessagesPerSecond: options.maxMessagesPerSecond });
  return new OutboxMailer(new OutboxRepo(options.db.kysely));
}
