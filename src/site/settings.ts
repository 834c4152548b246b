// Site settings: everything that makes a Pulse site one organisation's own — name, logo,
// colours, navigation, footer, "Why register?" text, social profiles — and the defaults
// other features read (access level for new content, comment policy). Templates read these
// instead of hard-coding an organisation, since Pulse serves many. Held in memory, stored as
// one JSON value, and replaced at once when an admin saves (see settings-admin.ts).
import type { Kysely } from 'kysely';
import type { AccessLevel, Database } from '../db/schema.js';

export interface WhyRegister {
  heading: string;
  intro: string;
  reasons: { title: string; text: string }[];
}

/** A link in the main navigation or the footer: a path on this site or an https URL. */
export interface SiteLink {
  label: string;
  href: string;
}

/** Who may comment on an item that follows the site's policy. */
export type CommentPolicy = 'verified' | 'members' | 'closed';

export const COMMENT_POLICIES: readonly { value: CommentPolicy; label: string }[] = [
  { value: 'verified', label: 'Open to anyone with a confirmed account' },
  { value: 'members', label: 'Members only' },
  { value: 'closed', label: 'Closed' },
];

export const ACCESS_LEVELS: readonly { value: AccessLevel; label: string }[] = [
  { value: 'public', label: 'Public: anyone' },
  { value: 'registered', label: 'Registered: anyone with a confirmed account' },
  { value: 'members', label: 'Members: people at member organisations' },
];

export const SOCIAL_NETWORKS = [
  { id: 'linkedin', label: 'LinkedIn' },
  { id: 'bluesky', label: 'Bluesky' },
  { id: 'x', label: 'X' },
  { id: 'mastodon', label: 'Mastodon' },
  { id: 'youtube', label: 'YouTube' },
  { id: 'facebook', label: 'Facebook' },
  { id: 'instagram', label: 'Instagram' },
] as const;

export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number]['id'];

export interface SocialProfile {
  network: SocialNetwork;
  label: string;
  url: string;
}

/** An uploaded logo in the file store, served from /media/:key. */
export interface SiteLogo {
  key: string;
  mime: string;
}

export interface SiteSettings {
  name: string;
  tagline: string;
  description: string;
  /** null: the default logo.svg. */
  logo: SiteLogo | null;
  /** `#rrggbb`, checked for WCAG AA contrast when saved (site/brand.ts). */
  colours: { brand: string; link: string };
  nav: SiteLink[];
  footer: SiteLink[];
  /** In SOCIAL_NETWORKS order; only the profiles that are set. */
  social: SocialProfile[];
  whyRegister: WhyRegister;
  /** The access level a new item starts with in the editor. */
  defaultAccess: AccessLevel;
  /** Who may comment on items whose own setting is "default". */
  commentPolicy: CommentPolicy;
  /** Engagement events (reads, reactions…) older than this many days are deleted daily. */
  engagementRetentionDays: number;
}

/** The range "Keep engagement history for N days" accepts. */
export const RETENTION_DAYS = { min: 30, max: 3650, default: 730 } as const;

export const DEFAULT_SETTINGS: SiteSettings = {
  name: 'Pulse',
  tagline: 'News, reports and events for members',
  description: 'News, reports and events for our members and partners.',
  logo: null,
  colours: { brand: '#0b5563', link: '#0b5563' },
  nav: [
    { label: 'News', href: '/news' },
    { label: 'Reports', href: '/reports' },
    { label: 'Events', href: '/events' },
    { label: 'Topics', href: '/topics' },
  ],
  footer: [
    { label: 'About us', href: '/about' },
    { label: 'Contact', href: '/contact' },
    { label: 'Privacy', href: '/privacy' },
    { label: 'Accessibility', href: '/accessibility' },
    { label: 'Atom feed', href: '/feed.xml' },
    { label: 'Sitemap', href: '/sitemap.xml' },
  ],
  social: [],
  whyRegister: {
    heading: 'Why register?',
    intro: 'A free account gets you more from this site.',
    reasons: [
      { title: 'Member resources', text: 'Open member-only reports and briefings, and benefits matched to your organisation.' },
      { title: 'Your topics', text: 'Choose the subjects you care about and see recommendations for them.' },
      { title: 'Join the conversation', text: 'Comment on, rate and share what you read with colleagues.' },
      { title: 'Stay up to date', text: 'Get the monthly newsletter and alerts for your topics.' },
    ],
  },
  defaultAccess: 'public',
  commentPolicy: 'verified',
  engagementRetentionDays: RETENTION_DAYS.default,
};

/** Stored settings over the defaults: a value saved by an older version lacks newer fields. */
export function withDefaults(stored: Partial<SiteSettings>): SiteSettings {
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    colours: { ...DEFAULT_SETTINGS.colours, ...stored.colours },
    whyRegister: { ...DEFAULT_SETTINGS.whyRegister, ...stored.whyRegister },
  };
}

export class SettingsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async readAll(): Promise<Record<string, string>> {
    const rows = await this.db.selectFrom('site_settings').selectAll().execute();
    return Object.fromEntries(rows.map((r) => [r.key, r.value]));
  }

  async write(key: string, value: string): Promise<void> {
    await this.db.insertInto('site_settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
  }
}

export class SettingsService {
  private current: SiteSettings = DEFAULT_SETTINGS;

  constructor(private readonly repo: SettingsRepo) {}

  /** The settings now in force. Read it per request: a save replaces the object. */
  get settings(): SiteSettings {
    return this.current;
  }

  async load(): Promise<SiteSettings> {
    const stored = await this.repo.readAll();
    this.current = withDefaults(stored.site ? (JSON.parse(stored.site) as Partial<SiteSettings>) : {});
    return this.current;
  }

  async save(settings: SiteSettings): Promise<void> {
    const complete = withDefaults(settings);
    await this.repo.write('site', JSON.stringify(complete));
    this.current = complete;
  }
}
