import { sql, type Kysely } from 'kysely';

// Newsletters: subscribers (anyone, by email; a person's own row when they have an account),
// their consent records, topic alerts and what each alert has already carried, newsletter
// issues with their items, one delivery row per recipient per issue (the sending engine's
// at-most-once state), and the bounce/complaint log with the suppression list.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    // status: 'pending' until the emailed link is followed (double opt-in), then 'active';
    // 'unsubscribed' keeps the row (and its consent history) so a later sign-up starts again.
    // token_version is part of every signed preference/unsubscribe link: bumping it revokes them.
    `CREATE TABLE newsletter_subscribers (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      email TEXT NOT NULL UNIQUE,
      user_id INTEGER UNIQUE REFERENCES users(id) ON DELETE SET NULL,
      status TEXT NOT NULL CHECK (status IN ('pending','active','unsubscribed')),
      confirm_token_hash TEXT UNIQUE,
      confirm_expires_at TEXT,
      token_version INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      confirmed_at TEXT,
      unsubscribed_at TEXT,
      updated_at TEXT NOT NULL)`,
    `CREATE INDEX newsletter_subscribers_status ON newsletter_subscribers (status, id)`,
    // Evidence of consent: what was agreed to (list and wording version), where and when.
    // The monthly newsletter's records name the subscriber; topic alerts (for people with an
    // account) name the person. One of the two is always set.
    `CREATE TABLE newsletter_consents (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      subscriber_id INTEGER REFERENCES newsletter_subscribers(id) ON DELETE CASCADE,
      user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
      list TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('requested','confirmed','withdrawn')),
      source TEXT NOT NULL,
      wording_version TEXT NOT NULL,
      created_at TEXT NOT NULL,
      CHECK (subscriber_id IS NOT NULL OR user_id IS NOT NULL))`,
    `CREATE INDEX newsletter_consents_subscriber ON newsletter_consents (subscriber_id, created_at)`,
    `CREATE INDEX newsletter_consents_user ON newsletter_consents (user_id, created_at)`,
    // A topic alert a person chose for a topic they follow; no row: no alerts for it.
    `CREATE TABLE topic_alerts (
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      topic_id INTEGER NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
      frequency TEXT NOT NULL CHECK (frequency IN ('immediate','weekly')),
      created_at TEXT NOT NULL,
      PRIMARY KEY (user_id, topic_id))`,
    `CREATE INDEX topic_alerts_topic ON topic_alerts (topic_id, frequency)`,
    // Written before an alert is sent: the same item never reaches a person twice by alerts.
    `CREATE TABLE alert_deliveries (
      user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      channel TEXT NOT NULL CHECK (channel IN ('immediate','weekly')),
      created_at TEXT NOT NULL,
      PRIMARY KEY (user_id, item_id))`,
    `CREATE TABLE newsletter_issues (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      subject TEXT NOT NULL,
      intro_md TEXT NOT NULL DEFAULT '',
      intro_html TEXT NOT NULL DEFAULT '',
      status TEXT NOT NULL CHECK (status IN ('draft','scheduled','sending','paused','sent','cancelled')),
      scheduled_at TEXT,
      started_at TEXT,
      finished_at TEXT,
      recipient_count INTEGER NOT NULL DEFAULT 0,
      created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      version INTEGER NOT NULL DEFAULT 1)`,
    `CREATE INDEX newsletter_issues_status ON newsletter_issues (status, scheduled_at)`,
    `CREATE TABLE newsletter_issue_items (
      issue_id INTEGER NOT NULL REFERENCES newsletter_issues(id) ON DELETE CASCADE,
      item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      position INTEGER NOT NULL,
      PRIMARY KEY (issue_id, item_id))`,
    // One row per recipient of an issue. status: pending → sending (claimed by one sender,
    // written before the SMTP conversation) → sent | failed (the server refused it) | unknown
    // (the sender died or the connection broke mid-message: never retried automatically).
    `CREATE TABLE newsletter_deliveries (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      issue_id INTEGER NOT NULL REFERENCES newsletter_issues(id) ON DELETE CASCADE,
      subscriber_id INTEGER NOT NULL REFERENCES newsletter_subscribers(id) ON DELETE CASCADE,
      email TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending','sending','sent','failed','unknown')),
      claimed_by TEXT,
      error TEXT,
      updated_at TEXT NOT NULL,
      UNIQUE (issue_id, subscriber_id))`,
    `CREATE INDEX newsletter_deliveries_status ON newsletter_deliveries (issue_id, status, id)`,
    // Addresses never mailed again (hard bounce, complaint, repeated soft bounces, by hand).
    `CREATE TABLE email_suppressions (
      email TEXT PRIMARY KEY,
      reason TEXT NOT NULL CHECK (reason IN ('hard-bounce','complaint','soft-bounces','manual')),
      detail TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL)`,
    `CREATE TABLE bounce_events (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      email TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('hard','soft','complaint')),
      delivery_id INTEGER REFERENCES newsletter_deliveries(id) ON DELETE SET NULL,
      status_code TEXT NOT NULL DEFAULT '',
      diagnostic TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL)`,
    `CREATE INDEX bounce_events_email ON bounce_events (email, created_at)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
