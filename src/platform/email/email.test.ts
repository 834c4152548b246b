import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { AddressObject, ParsedMail } from 'mailparser';
import pg from 'pg';
import { openDb, type Db } from '../../db/connection.js';
import { migrateToLatest } from '../../db/migrate.js';
import { NotFound } from '../../errors.js';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink.js';
import { createMailer, OutboxMailer, SmtpMailer, type EmailMessage } from './mailer.js';
import { OutboxRepo } from './outbox-repo.js';
import { renderEmail } from './templates.js';

const HOSTILE_HEADING = '<script>alert("owned")</script> & \'quotes\'';
const HOSTILE_PARAGRAPH = 'She said "<b>hello</b>" & left <img src=x onerror=alert(1)>';

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((group) => group.value.map((mailbox) => mailbox.address ?? ''));
}

function welcome(): EmailMessage {
  const { html, text } = renderEmail({
    siteName: 'Example Network',
    siteUrl: 'https://news.example.org',
    heading: 'Confirm your email address',
    paragraphs: ['Thanks for registering.', 'The link works for one day.'],
    action: { label: 'Confirm my address', url: 'https://news.example.org/confirm?token=abc&next=%2F' },
  });
  return { to: 'reader@example.com', subject: 'Confirm your email address', text, html, headers: { 'X-Pulse-Kind': 'confirm-email' } };
}

describe('SMTP delivery', () => {
  let sink: SmtpSink;
  before(async () => {
    sink = await startSmtpSink();
  });
  after(async () => {
    await sink.close();
  });

  test('the SMTP mailer delivers one message with a text part, an HTML part, its addresses, subject and custom headers', async () => {
    const mailer = new SmtpMailer({ smtpUrl: sink.url, mailFrom: 'Example Network <news@example.org>' });
    try {
      await mailer.send(welcome());
      const received = await sink.waitFor((m) => m.subject === 'Confirm your email address');
      assert.equal(sink.messages.filter((m) => m.subject === 'Confirm your email address').length, 1);
      assert.deepEqual(addresses(received.to), ['reader@example.com']);
      assert.deepEqual(addresses(received.from), ['news@example.org']);
      assert.equal(received.from?.value[0]?.name, 'Example Network');
      assert.equal((received.headers.get('content-type') as { value: string }).value, 'multipart/alternative');
      assert.match(received.text ?? '', /Thanks for registering\./);
      assert.match(received.text ?? '', /^https:\/\/news\.example\.org\/confirm\?token=abc&next=%2F$/m);
      assert.ok(typeof received.html === 'string');
      assert.match(received.html, /<h1[^>]*>Confirm your email address<\/h1>/);
      assert.equal(received.headers.get('x-pulse-kind'), 'confirm-email');
    } finally {
      await mailer.close();
    }
  });

  test('hostile input reaches the reader escaped in the HTML part and exactly as written in the text part', async () => {
    const mailer = new SmtpMailer({ smtpUrl: sink.url, mailFrom: 'news@example.org' });
    try {
      const { html, text } = renderEmail({ siteName: 'Site', siteUrl: 'https://example.org', heading: HOSTILE_HEADING, paragraphs: [HOSTILE_PARAGRAPH] });
      await mailer.send({ to: 'reader@example.com', subject: 'Hostile', text, html });
      const received: ParsedMail = await sink.waitFor((m) => m.subject === 'Hostile');
      const receivedHtml = received.html || '';
      assert.doesNotMatch(receivedHtml, /<script|<b>|<img/i);
      assert.ok(receivedHtml.includes('&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;'));
      assert.ok(receivedHtml.includes('She said &quot;&lt;b&gt;hello&lt;/b&gt;&quot; &amp; left &lt;img src=x onerror=alert(1)&gt;'));
      assert.ok(received.text?.includes(HOSTILE_HEADING));
      assert.ok(received.text?.includes(HOSTILE_PARAGRAPH));
    } finally {
      await mailer.close();
    }
  });

  test('closing the SMTP mailer first finishes the messages already handed to it', async () => {
    const mailer = new SmtpMailer({ smtpUrl: sink.url, mailFrom: 'news@example.org' });
    const sending = mailer.send({ ...welcome(), subject: 'Sent while shutting down' });
    await mailer.close();
    await sending;
    assert.ok(sink.messages.some((m) => m.subject === 'Sent while shutting down'));
    await assert.rejects(mailer.send(welcome()), 'a closed mailer sends nothing');
  });

  test('createMailer sends through SMTP when a URL is configured and to the outbox otherwise', async () => {
    const withSmtp = createMailer({ smtpUrl: sink.url, mailFrom: 'news@example.org', db: {} as Db });
    const withoutSmtp = createMailer({ smtpUrl: undefined, mailFrom: 'news@example.org', db: { kysely: {} } as Db });
    try {
      assert.ok(withSmtp instanceof SmtpMailer);
      assert.ok(withoutSmtp instanceof OutboxMailer);
    } finally {
      await withSmtp.close();
      await withoutSmtp.close();
    }
  });
});

describe('messages that must not be sent', () => {
  const mailer = new OutboxMailer(new OutboxRepo({} as never));
  const valid = welcome();

  test('a message without a text or an HTML part is refused', async () => {
    await assert.rejects(mailer.send({ ...valid, text: ' ' }), /no plain-text part/);
    await assert.rejects(mailer.send({ ...valid, html: '' }), /no HTML part/);
  });

  test('a line break in the subject, recipient or a header value is refused, so no header can be injected', async () => {
    await assert.rejects(mailer.send({ ...valid, subject: 'Hi\r\nBcc: victim@example.com' }), /subject contains a line break/);
    await assert.rejects(mailer.send({ ...valid, to: 'a@example.com\nBcc: b@example.com' }), /to contains a line break/);
    await assert.rejects(mailer.send({ ...valid, headers: { 'X-Kind': 'a\nBcc: b@example.com' } }), /header X-Kind contains a line break/);
    await assert.rejects(mailer.send({ ...valid, headers: { 'Bad: name': 'x' } }), /not a plain token/);
  });
});

describe('the email layout', () => {
  test('the HTML is a complete English document with a real heading, inline styles only and nothing loaded from elsewhere', () => {
    const { html } = welcome();
    assert.match(html, /^<!doctype html>\n<html lang="en-GB">/);
    assert.match(html, /<meta charset="utf-8">/);
    assert.equal((html.match(/<h1[ >]/g) ?? []).length, 1);
    assert.doesNotMatch(html, /<(img|link|style|script|iframe|object|svg)\b/i);
    assert.doesNotMatch(html, /src=|url\(|@import/i);
  });

  test('the action is a plain link whose address is also written out, in both parts', () => {
    const { html, text } = welcome();
    const escapedUrl = 'https://news.example.org/confirm?token=abc&amp;next=%2F';
    assert.ok(html.includes(`<a href="${escapedUrl}"`));
    assert.ok(html.includes(`>${escapedUrl}</a>`), 'the URL is written out as link text');
    assert.ok(html.includes('>Confirm my address</a>'));
    assert.match(text, /^Confirm my address:\nhttps:\/\/news\.example\.org\/confirm\?token=abc&next=%2F$/m);
  });

  test('the text part carries the same content: site, heading, paragraphs, footer', () => {
    const { text } = renderEmail({ siteName: 'Example Network', siteUrl: 'https://example.org', heading: 'Hello', paragraphs: ['One.', 'Two.'], footer: 'You asked for this email.' });
    assert.equal(text, 'Example Network\n\nHello\n=====\n\nOne.\n\nTwo.\n\n-- \nYou asked for this email.\nExample Network: https://example.org\n');
  });

  test('a link that is not a web address is refused rather than rendered', () => {
    assert.throws(() => renderEmail({ siteName: 'S', siteUrl: 'https://example.org', heading: 'H', paragraphs: [], action: { label: 'Go', url: 'javascript:alert(1)' } }), /action\.url must be an http\(s\) URL/);
    assert.throws(() => renderEmail({ siteName: 'S', siteUrl: 'data:text/html,hi', heading: 'H', paragraphs: [] }), /siteUrl/);
  });
});

async function checkOutboxRoundTrip(db: Db): Promise<void> {
  await migrateToLatest(db);
  const mailer = new OutboxMailer(new OutboxRepo(db.kysely));
  assert.deepEqual((await mailer.listMessages()).messages, [], 'an empty outbox lists nothing');
  for (const n of [1, 2, 3]) await mailer.send({ ...welcome(), to: `reader${n}@example.com`, subject: `Message ${n}` });

  const first = await mailer.listMessages({ page: 1, pageSize: 2 });
  assert.deepEqual(first.messages.map((m) => m.subject), ['Message 3', 'Message 2']);
  assert.equal(first.pagination.total, 3);
  assert.equal(first.pagination.pageCount, 2);
  const second = await mailer.listMessages({ page: 2, pageSize: 2 });
  assert.deepEqual(second.messages.map((m) => m.subject), ['Message 1']);
  await assert.rejects(mailer.listMessages({ page: 3, pageSize: 2 }), NotFound);

  const newest = first.messages[0];
  assert.ok(newest);
  const stored = await mailer.getMessage(newest.id);
  assert.equal(stored.to_address, 'reader3@example.com');
  assert.equal(stored.text_body, welcome().text);
  assert.equal(stored.html_body, welcome().html);
  assert.match(stored.created_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  await assert.rejects(mailer.getMessage(newest.id + 1000), NotFound);
}

describe('the outbox', () => {
  test('without SMTP, messages are kept in the outbox and read back newest first (SQLite)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pulse-outbox-'));
    const db = openDb({ dialect: 'sqlite', file: path.join(dir, 'pulse.db') });
    try {
      await checkOutboxRoundTrip(db);
    } finally {
      await db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  const postgresUrl = process.env.TEST_DATABASE_URL;
  test(
    'without SMTP, messages are kept in the outbox and read back newest first (PostgreSQL)',
    { skip: postgresUrl ? false : 'TEST_DATABASE_URL is not set, so the PostgreSQL run is skipped' },
    async () => {
      assert.ok(postgresUrl);
      // A schema of its own, as test/helpers.ts does, so parallel runs never collide.
      const schema = `pulse_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      await admin.query(`CREATE SCHEMA ${schema}`);
      await admin.end();
      const url = new URL(postgresUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const db = openDb({ dialect: 'postgres', url: url.toString() });
      try {
        await checkOutboxRoundTrip(db);
      } finally {
        await db.close();
        const client = new pg.Client({ connectionString: postgresUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await client.end();
      }
    },
  );
});
