// Table types shared by both dialects. Timestamps are ISO-8601 UTC strings on both:
// TEXT on SQLite, timestamptz on PostgreSQL (parsed back to ISO strings in connection.ts).
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { TopicFollowsTable, FeedTokensTable, NeighbourSource, ItemNeighboursTable, ItemPopularityTable, RecommendationInvitationsTable, JobStateTable } from './schema-personalisation.js';
import type { NewsletterTables } from './schema-newsletters.js';
export type * from './schema-newsletters.js';
export type { TopicFollowsTable, FeedTokensTable, NeighbourSource, ItemNeighboursTable, ItemPopularityTable, RecommendationInvitationsTable, JobStateTable } from './schema-personalisation.js';

export type ItemKind = 'news' | 'report' | 'event' | 'page';
export type ItemStatus = 'draft' | 'scheduled' | 'published';
export type AccessLevel = 'public' | 'registered' | 'members';

export interface SiteSettingsTable {
  key: string;
  value: string;
}

export interface TopicsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  description: string;
  created_at: string;
}

export interface AuthorsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  role: string;
}

export interface ItemsTable {
  id: Generated<number>;
  kind: ItemKind;
  slug: string;
  title: string;
  summary: string;
  body_md: string;
  body_html: string;
  body_text: string;
  reading_minutes: number;
  hero_image: string | null;
  hero_alt: string | null;
  status: ItemStatus;
  access: AccessLevel;
  published_at: string | null;
  updated_at: string;
  created_at: string;
  event_start: string | null;
  event_end: string | null;
  venue: string | null;
  online_url: string | null;
  /** Bumped on every editor save; a save naming an older version is refused as a conflict. */
  version: Generated<number>;
  /** 'default' follows the site's comment policy. */
  comments: Generated<CommentSetting>;
}

export type CommentSetting = 'default' | 'open' | 'closed';

export interface ItemRevisionsTable {
  id: Generated<number>;
  item_id: number;
  version: number;
  author_id: number | null;
  author_name: string;
  note: string;
  /** JSON of the editable fields (see content/revisions.ts). */
  snapshot: string;
  created_at: string;
}

export interface TopicRedirectsTable {
  old_slug: string;
  topic_id: number;
}

export interface ItemTopicsTable {
  item_id: number;
  topic_id: number;
}

export interface ItemAuthorsTable {
  item_id: number;
  author_id: number;
  position: number;
}

export interface AttachmentsTable {
  id: Generated<number>;
  item_id: number;
  title: string;
  filename: string;
  mime: string;
  size_bytes: number;
  storage_key: string;
  created_at: string;
}

export interface SlugRedirectsTable {
  kind: ItemKind;
  old_slug: string;
  item_id: number;
}

export interface OutboxTable {
  id: Generated<number>;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string;
  created_at: string;
}

export type Role = 'member' | 'editor' | 'admin';
export type TokenPurpose = 'verify-email' | 'magic-link' | 'reset-password' | 'setup-admin' | 'change-email';

export interface UsersTable {
  id: Generated<number>;
  /** Lower-cased; unique. */
  email: string;
  name: string;
  password_hash: string | null;
  role: Role;
  organisation_name: string;
  job_role: string;
  /** 0 or 1 on both dialects. */
  newsletter_opt_in: number;
  terms_accepted_at: string;
  email_verified_at: string | null;
  created_at: string;
  updated_at: string;
  /** Set while an admin has suspended the account: no sign-in, sessions ended. */
  suspended_at: Generated<string | null>;
  /** Set while a moderator has stopped this person commenting. */
  commenting_suspended_at: Generated<string | null>;
  /** 1: email me when someone replies to my comment. */
  reply_emails: Generated<number>;
  /** When the topic picker was offered (shown or skipped), so it is offered once. */
  interests_offered_at: Generated<string | null>;
  /** Optional profile signals, from fixed lists in personalisation/profile.ts. */
  profession: Generated<string | null>;
  organisation_type: Generated<string | null>;
}

export interface SessionsTable {
  /** SHA-256 of the id in the cookie; the id itself is never stored. */
  id_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  authenticated_at: string;
  expires_at: string;
  ip: string;
  user_agent: string;
}

export interface TokensTable {
  id: Generated<number>;
  /** SHA-256 of the secret sent by email. */
  token_hash: string;
  purpose: TokenPurpose;
  user_id: number | null;
  /** JSON, e.g. the new address for an email change. */
  data: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export type OrganisationStatus = 'active' | 'lapsed';
export type RequestStatus = 'pending' | 'approved' | 'refused';

export interface OrganisationsTable {
  id: Generated<number>;
  name: string;
  /** e.g. "Acute trust", "Primary care network": a free label admins choose from a list. */
  type: string;
  status: OrganisationStatus;
  tier: string;
  created_at: string;
  updated_at: string;
}

export interface OrganisationDomainsTable {
  /** Lower-case domain, e.g. "riverside.example". */
  domain: string;
  organisation_id: number;
}

export interface MembershipRequestsTable {
  id: Generated<number>;
  user_id: number;
  organisation_id: number;
  status: RequestStatus;
  message: string;
  created_at: string;
  decided_at: string | null;
  decided_by: number | null;
}

export type BenefitCategory = 'event' | 'network' | 'briefing' | 'discount' | 'service';

export interface BenefitsTable {
  id: Generated<number>;
  title: string;
  /** Plain text; paragraphs are separated by blank lines. */
  description: string;
  category: BenefitCategory;
  /** JSON arrays of names; an empty array means everyone. */
  audience_org_types: string;
  audience_tiers: string;
  /** JSON array of lower-case keywords matched inside a person's job role. */
  audience_roles: string;
  link_url: string | null;
  /** 0 or 1 on both dialects. */
  is_active: number;
  created_at: string;
  updated_at: string;
}

export interface BenefitChoicesTable {
  user_id: number;
  benefit_id: number;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  actor_id: number | null;
  /** Kept as written at the time, so the log still reads after an account is deleted. */
  actor_name: string;
  /** Dotted verb, e.g. "item.publish", "user.role", "admin.login". */
  action: string;
  subject_type: string;
  subject_id: string;
  summary: string;
}

export interface PageViewsDailyTable {
  /** YYYY-MM-DD, UTC. */
  day: string;
  item_id: number;
  views: number;
}

export interface VisitorDaysTable {
  day: string;
  visitor_hash: string;
}

export interface AnalyticsSaltsTable {
  day: string;
  salt: string;
}

export type CommentStatus = 'visible' | 'held' | 'rejected' | 'deleted';

export interface CommentsTable {
  id: Generated<number>;
  item_id: number;
  user_id: number;
  /** Replies are one level deep: a reply's parent is always a top-level comment. */
  parent_id: number | null;
  body_md: string;
  /** Rendered from the small Markdown subset and sanitised at save. */
  body_html: string;
  status: CommentStatus;
  /** Why a comment waits: "first comments", "many links", "blocked words", … */
  held_reason: Generated<string>;
  created_at: string;
  edited_at: string | null;
  decided_at: string | null;
  decided_by: number | null;
}

export interface CommentReportsTable {
  comment_id: number;
  user_id: number;
  reason: string;
  created_at: string;
  resolved_at: string | null;
}

export interface RatingsTable {
  item_id: number;
  user_id: number;
  stars: number;
  updated_at: string;
}

export interface RecommendsTable {
  item_id: number;
  user_id: number;
  created_at: string;
}

export interface SharesTable {
  id: Generated<number>;
  user_id: number;
  item_id: number;
  /** SHA-256 of the lower-cased address; the address itself is not kept. */
  recipient_hash: string;
  created_at: string;
}

export interface GiftsTable {
  id: Generated<number>;
  token_hash: string;
  item_id: number;
  giver_id: number;
  organisation_id: number | null;
  recipient_hash: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
  opened_count: Generated<number>;
}

export type EngagementKind = 'read' | 'rate' | 'recommend' | 'comment' | 'share' | 'gift';

export interface EngagementEventsTable {
  id: Generated<number>;
  user_id: number | null;
  item_id: number;
  kind: EngagementKind;
  /**
   * Stars for 'rate'; for 'read' 1 = opened, 2 = read to the end (site.js saw the end of the
   * body); -1 for an un-recommend; 1 for the others.
   */
  value: number;
  created_at: string;
}

export interface Database extends NewsletterTables {
  organisations: OrganisationsTable;
  organisation_domains: OrganisationDomainsTable;
  membership_requests: MembershipRequestsTable;
  users: UsersTable;
  sessions: SessionsTable;
  tokens: TokensTable;
  site_settings: SiteSettingsTable;
  topics: TopicsTable;
  authors: AuthorsTable;
  items: ItemsTable;
  item_topics: ItemTopicsTable;
  item_authors: ItemAuthorsTable;
  attachments: AttachmentsTable;
  slug_redirects: SlugRedirectsTable;
  outbox: OutboxTable;
  benefits: BenefitsTable;
  benefit_choices: BenefitChoicesTable;
  item_revisions: ItemRevisionsTable;
  topic_redirects: TopicRedirectsTable;
  audit_log: AuditLogTable;
  page_views_daily: PageViewsDailyTable;
  visitor_days: VisitorDaysTable;
  analytics_salts: AnalyticsSaltsTable;
  comments: CommentsTable;
  comment_reports: CommentReportsTable;
  ratings: RatingsTable;
  recommends: RecommendsTable;
  shares: SharesTable;
  gifts: GiftsTable;
  engagement_events: EngagementEventsTable;
  topic_follows: TopicFollowsTable;
  feed_tokens: FeedTokensTable;
  item_neighbours: ItemNeighboursTable;
  item_popularity: ItemPopularityTable;
  recommendation_invitations: RecommendationInvitationsTable;
  job_state: JobStateTable;
}

export type ItemRow = Selectable<ItemsTable>;
export type NewItem = Insertable<ItemsTable>;
export type ItemUpdate = Updateable<ItemsTable>;
export type TopicRow = Selectable<TopicsTable>;
export type AuthorRow = Selectable<AuthorsTable>;
export type AttachmentRow = Selectable<AttachmentsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type TokenRow = Selectable<TokensTable>;
export type OrganisationRow = Selectable<OrganisationsTable>;
export type MembershipRequestRow = Selectable<MembershipRequestsTable>;
export type BenefitRow = Selectable<BenefitsTable>;
export type ItemRevisionRow = Selectable<ItemRevisionsTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type CommentRow = Selectable<CommentsTable>;
export type GiftRow = Selectable<GiftsTable>;
