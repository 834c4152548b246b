// Site settings: the organisation's name, tagline and "Why register?" text. Templates read
// these instead of hard-coding an organisation, since Pulse serves many. Held in memory and
// reloaded when an admin changes them (the editor's desk adds the editing screen).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

export interface WhyRegister {
  heading: string;
  intro: string;
  reasons: { title: string; text: string }[];
}

export interface SiteSettings {
  name: string;
  tagline: string;
  description: string;
  whyRegister: WhyRegister;
}

export const DEFAULT_SETTINGS: SiteSettings = {
  name: 'Pulse',
  tagline: 'News, reports and events for members',
  description: 'News, reports and events for our members and partners.',
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
};

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

  get settings(): SiteSettings {
    return this.current;
  }

  async load(): Promise<SiteSettings> {
    const stored = await this.repo.readAll();
    const parsed = stored.site ? (JSON.parse(stored.site) as Partial<SiteSettings>) : {};
    this.current = { ...DEFAULT_SETTINGS, ...parsed };
    return this.current;
  }

  async save(settings: SiteSettings): Promise<void> {
    await this.repo.write('site', JSON.stringify(settings));
    this.current = settings;
  }
}
