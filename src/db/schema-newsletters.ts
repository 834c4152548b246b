// Table types of the newsletters domain (migration 009); schema.ts re-exports them and lists
// the tables. Timestamps are ISO-8601 UTC strings on both dialects.
import type { Generated } from 'kysely';

export type SubscriberStatus = 'pending' | 'active' | 'unsubscribed';

/** Anyone who asked for the monthly newsletter, by email; user_id when they have an account. */
export interface NewsletterSubscribersTable {
  id: Generated<number>;
  /** Lower-cased. */
  email: string;
  user_id: number | null;
  status: SubscriberStatus;
  /** SHA-256 of the double opt-in token while one is outstanding. */
  confirm_token_hash: string | null;
  confirm_expires_at: string | null;
  /** Part of every signed preference and unsubscribe link; bumping it revokes them all. */
  token_version: Generated<number>;
  created_at: string;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  updated_at: string;
}

export type ConsentAction = 'requested' | 'confirmed' | 'withdrawn';

/** Evidence of consent: which list, what was done, where (a page path or "email"), the wording. */
export interface NewsletterConsentsTable {
  id: Generated<number>;
  /** The monthly newsletter's records name the subscriber… */
  subscriber_id: number | null;
  /** …topic alerts' records name the person. */
  user_id: number | null;
  /** 'monthly', or 'alerts:<topic id>'. */
  list: string;
  action: ConsentAction;
  source: string;
  wording_version: string;
  created_at: string;
}

export type AlertFrequency = 'immediate' | 'weekly';

export interface TopicAlertsTable {
  user_id: number;
  topic_id: number;
  frequency: AlertFrequency;
  created_at: string;
}

/** Written before an alert goes out, so the same item never reaches a person twice by alerts. */
export interface AlertDeliveriesTable {
  user_id: number;
  item_id: number;
  channel: AlertFrequency;
  created_at: string;
}

export type IssueStatus = 'draft' | 'scheduled' | 'sending' | 'paused' | 'sent' | 'cancelled';

export interface NewsletterIssuesTable {
  id: Generated<number>;
  subject: string;
  intro_md: Generated<string>;
  /** Sanitised HTML of intro_md, made at save time. */
  intro_html: Generated<string>;
  status: IssueStatus;
  scheduled_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  /** Set when sending starts: the number of delivery rows made. */
  recipient_count: Generated<number>;
  created_by: number | null;
  created_at: string;
  updated_at: string;
  /** Catches the second of two conflicting saves. */
  version: Generated<number>;
}

export interface NewsletterIssueItemsTable {
  issue_id: number;
  item_id: number;
  position: number;
}

export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'unknown';

/** One recipient of one issue: the sending engine's at-most-once state. */
export interface NewsletterDeliveriesTable {
  id: Generated<number>;
  issue_id: number;
  subscriber_id: number;
  email: string;
  status: DeliveryStatus;
  /** The sender that claimed it (host:pid:random). */
  claimed_by: string | null;
  error: string | null;
  updated_at: string;
}

export type SuppressionReason = 'hard-bounce' | 'complaint' | 'soft-bounces' | 'manual';

export interface EmailSuppressionsTable {
  /** Lower-cased. */
  email: string;
  reason: SuppressionReason;
  detail: Generated<string>;
  created_at: string;
}

export type BounceKind = 'hard' | 'soft' | 'complaint';

export interface BounceEventsTable {
  id: Generated<number>;
  email: string;
  kind: BounceKind;
  delivery_id: number | null;
  status_code: Generated<string>;
  diagnostic: Generated<string>;
  created_at: string;
}

/** The newsletters domain's tables; schema.ts's Database extends this. */
export interface NewsletterTables {
  newsletter_subscribers: NewsletterSubscribersTable;
  newsletter_consents: NewsletterConsentsTable;
  topic_alerts: TopicAlertsTable;
  alert_deliveries: AlertDeliveriesTable;
  newsletter_issues: NewsletterIssuesTable;
  newsletter_issue_items: NewsletterIssueItemsTable;
  newsletter_deliveries: NewsletterDeliveriesTable;
  email_suppressions: EmailSuppressionsTable;
  bounce_events: BounceEventsTable;
}
