// Changing the site settings: each settings form's input is checked field by field, saved
// as a whole new settings value, applied at once (the page cache is dropped) and written
// to the audit log naming what changed.
import type { Actor, AuditLog } from '../audit/service.js';
import type { AccessLevel } from '../db/schema.js';
import { createHash } from 'node:crypto';
import { Conflict, Invalid } from '../errors.js';
import { IMAGE_KINDS, sniff, type UploadedFile } from '../platform/http/uploads.js';
import type { FileStore } from '../platform/storage.js';
import { brandColourProblem, linkColourProblem, normaliseColour } from './brand.js';
import {
  ACCESS_LEVELS, COMMENT_POLICIES, RETENTION_DAYS, SOCIAL_NETWORKS,
  type CommentPolicy, type SettingsService, type SiteLink, type SiteSettings, type SocialNetwork, type SocialProfile,
} from './settings.js';

export const MAX_LINKS = 12;
export const MAX_REASONS = 6;
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
/** A logo is a photo-like image: PNG, JPEG or WebP, decided by its bytes. SVG can carry script. */
export const LOGO_KINDS = IMAGE_KINDS.filter((k) => k.ext !== 'gif');

export const LIMITS = { name: 100, tagline: 200, description: 1000, label: 60, href: 500, heading: 120, intro: 600, reasonTitle: 100, reasonText: 400 } as const;

export interface GeneralInput { name: string; tagline: string; description: string; defaultAccess: string; commentPolicy: string; /** Absent: left as it is. */ retentionDays?: string }
export interface BrandInput { brandColour: string; linkColour: string; removeLogo: boolean }
export interface LinkRowInput { label: string; href: string; position: string }
export interface LinksInput { nav: LinkRowInput[]; footer: LinkRowInput[]; social: Record<SocialNetwork, string> }
export interface WhyRegisterInput { heading: string; intro: string; reasons: { title: string; text: string }[] }

type Problems = Record<string, string | undefined>;

/** Control characters other than newlines and tabs have no place in settings text. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function textProblem(value: string, max: number, what: string, required = true): string | undefined {
  if (required && value.trim() === '') return `Enter ${what}.`;
  if (value.length > max) return `Use ${max} characters or fewer (this has ${value.length}).`;
  if (CONTROL.test(value)) return 'Remove the control characters.';
  return undefined;
}

/** Why a link target cannot be used: a path on this site or an https:// address only. */
export function hrefProblem(href: string): string | undefined {
  if (href === '') return 'Enter a path such as /news or an address starting with https://.';
  if (href.length > LIMITS.href) return `Use ${LIMITS.href} characters or fewer.`;
  if (/[\s\u0000-\u001f\u007f\\]/.test(href)) return 'A link cannot contain spaces or backslashes.';
  if (/["'<>`]/.test(href)) return 'A link cannot contain quotes or angle brackets.';
  if (href.startsWith('/')) return href.startsWith('//') ? 'Start a path on this site with a single /, or give a full https:// address.' : undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'Enter a path such as /news or an address starting with https://.';
  }
  if (url.protocol !== 'https:') return `Only paths on this site and https:// addresses are allowed, not “${url.protocol}” links.`;
  return undefined;
}

function socialProblem(url: string): string | undefined {
  if (url.length > LIMITS.href) return `Use ${LIMITS.href} characters or fewer.`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Enter the full address of the profile, starting with https://.';
  }
  if (parsed.protocol !== 'https:' || /[\s\\"'<>`]/.test(url)) return 'Enter the full address of the profile, starting with https://.';
  return undefined;
}

function retentionProblem(days: string): string | undefined {
  const value = days.trim();
  if (!/^\d{1,5}$/.test(value) || Number(value) < RETENTION_DAYS.min || Number(value) > RETENTION_DAYS.max) {
    return `Enter a whole number of days from ${RETENTION_DAYS.min} to ${RETENTION_DAYS.max}.`;
  }
  return undefined;
}

const FIELD_NAMES: Record<string, string> = {
  name: 'organisation name', tagline: 'tagline', description: 'description', logo: 'logo', colours: 'brand colours',
  nav: 'navigation links', footer: 'footer links', social: 'social profiles', whyRegister: '“Why register?” panel',
  defaultAccess: 'default access level', commentPolicy: 'comment policy', engagementRetentionDays: 'engagement history period',
};

/** The settings whose values differ, named for people. */
function changedFields(before: SiteSettings, after: SiteSettings): string[] {
  return (Object.keys(FIELD_NAMES) as (keyof SiteSettings)[])
    .filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]))
    .map((key) => FIELD_NAMES[key]!);
}

export interface SettingsAdminDeps {
  settings: SettingsService;
  files: FileStore;
  audit: AuditLog;
  /** Drops every cached anonymous page, so the change shows at once. */
  invalidatePages: () => void;
}

/** The settings each screen edits, for telling whether someone else saved them meanwhile. */
export const SECTION_FIELDS = {
  general: ['name', 'tagline', 'description', 'defaultAccess', 'commentPolicy', 'engagementRetentionDays'],
  brand: ['colours', 'logo'],
  links: ['nav', 'footer', 'social'],
  'why-register': ['whyRegister'],
} as const satisfies Record<string, readonly (keyof SiteSettings)[]>;

export type SettingsSectionId = keyof typeof SECTION_FIELDS;

export class SettingsAdmin {
  /** Saves one after another: each starts from the last one's result, so two screens saved at once both keep their changes. */
  private saving: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: SettingsAdminDeps) {}

  get current(): SiteSettings {
    return this.deps.settings.settings;
  }

  /** A short fingerprint of one screen's settings as they are now; forms carry it as "loaded". */
  fingerprint(section: SettingsSectionId): string {
    const values = SECTION_FIELDS[section].map((key) => this.current[key]);
    return createHash('sha256').update(JSON.stringify(values)).digest('hex').slice(0, 16);
  }

  /** A form opened before someone else saved the same settings must not overwrite them. */
  checkNotStale(section: SettingsSectionId, loaded: string): void {
    if (loaded !== '' && loaded !== this.fingerprint(section)) {
      throw new Conflict('Someone else saved these settings after you opened this page. Open the page again to see their changes, then make yours.');
    }
  }

  async saveGeneral(actor: Actor, input: GeneralInput): Promise<string[]> {
    Invalid.check({
      name: textProblem(input.name, LIMITS.name, 'the organisation’s name'),
      tagline: textProblem(input.tagline, LIMITS.tagline, 'a tagline'),
      description: textProblem(input.description, LIMITS.description, 'a description'),
      default_access: ACCESS_LEVELS.some((a) => a.value === input.defaultAccess) ? undefined : 'Choose who new content is for.',
      comment_policy: COMMENT_POLICIES.some((p) => p.value === input.commentPolicy) ? undefined : 'Choose who may comment.',
      retention_days: input.retentionDays === undefined ? undefined : retentionProblem(input.retentionDays),
    });
    return this.apply(actor, {
      name: input.name.trim(),
      tagline: input.tagline.trim(),
      description: input.description.trim(),
      defaultAccess: input.defaultAccess as AccessLevel,
      commentPolicy: input.commentPolicy as CommentPolicy,
      ...(input.retentionDays !== undefined ? { engagementRetentionDays: Number(input.retentionDays.trim()) } : {}),
    });
  }

  async saveBrand(actor: Actor, input: BrandInput, logo: UploadedFile | undefined): Promise<string[]> {
    const brand = normaliseColour(input.brandColour);
    const link = normaliseColour(input.linkColour);
    const sniffed = logo ? await sniff(logo, LOGO_KINDS, MAX_LOGO_BYTES) : undefined;
    const problems: Problems = {
      brand_colour: brandColourProblem(brand),
      link_colour: linkColourProblem(link),
      logo: sniffed && !sniffed.ok ? sniffed.message : undefined,
    };
    if (logo && !problems.logo && (problems.brand_colour || problems.link_colour)) {
      problems.logo = 'Choose the logo file again: a file is not kept when the form has a problem.';
    }
    Invalid.check(problems);
    const uploaded: SiteSettings['logo'] = logo && sniffed?.ok ? { key: await this.deps.files.put(logo.data, sniffed.kind.ext), mime: sniffed.kind.mime } : null;
    // The logo kept is the one in force when this save runs, not when the form arrived.
    return this.apply(actor, (current) => ({ colours: { brand, link }, logo: uploaded ?? (input.removeLogo ? null : current.logo) }));
  }

  async saveLinks(actor: Actor, input: LinksInput): Promise<string[]> {
    const problems: Problems = {};
    const nav = this.linkList('nav', input.nav, problems);
    const footer = this.linkList('footer', input.footer, problems);
    const social: SocialProfile[] = [];
    for (const network of SOCIAL_NETWORKS) {
      const url = (input.social[network.id] ?? '').trim();
      if (url === '') continue;
      problems[`social_${network.id}`] = socialProblem(url);
      social.push({ network: network.id, label: network.label, url });
    }
    Invalid.check(problems);
    return this.apply(actor, { nav, footer, social });
  }

  async saveWhyRegister(actor: Actor, input: WhyRegisterInput): Promise<string[]> {
    const problems: Problems = {
      why_heading: textProblem(input.heading, LIMITS.heading, 'a heading'),
      why_intro: textProblem(input.intro, LIMITS.intro, 'an introduction'),
    };
    const reasons: { title: string; text: string }[] = [];
    input.reasons.forEach((reason, i) => {
      const title = reason.title.trim();
      const text = reason.text.trim();
      if (title === '' && text === '') return;
      problems[`reason_${i}_title`] = textProblem(reason.title, LIMITS.reasonTitle, 'a title for this reason');
      problems[`reason_${i}_text`] = textProblem(reason.text, LIMITS.reasonText, 'a sentence or two for this reason');
      reasons.push({ title, text });
    });
    Invalid.check(problems);
    return this.apply(actor, { whyRegister: { heading: input.heading.trim(), intro: input.intro.trim(), reasons } });
  }

  /** Rows with neither label nor link are left out; the rest are ordered by position, then as listed. */
  private linkList(prefix: string, rows: LinkRowInput[], problems: Problems): SiteLink[] {
    const kept: { link: SiteLink; position: number; index: number }[] = [];
    rows.forEach((row, index) => {
      const label = row.label.trim();
      const href = row.href.trim();
      const positionText = row.position.trim();
      if (label === '' && href === '') return;
      const field = `${prefix}_${index}`;
      problems[`${field}_label`] = textProblem(row.label, LIMITS.label, 'the text people will see for this link');
      problems[`${field}_href`] = hrefProblem(href);
      let position = index + 1;
      if (positionText !== '') {
        if (/^\d{1,3}$/.test(positionText)) position = Number(positionText);
        else problems[`${field}_position`] = 'Enter a whole number from 0 to 999.';
      }
      kept.push({ link: { label, href }, position, index });
    });
    return kept.sort((a, b) => a.position - b.position || a.index - b.index).map((k) => k.link);
  }

  private apply(actor: Actor, changes: Partial<SiteSettings> | ((current: SiteSettings) => Partial<SiteSettings>)): Promise<string[]> {
    const run = this.saving.then(() => this.applyNow(actor, changes));
    this.saving = run.catch(() => undefined);
    return run;
  }

  private async applyNow(actor: Actor, changes: Partial<SiteSettings> | ((current: SiteSettings) => Partial<SiteSettings>)): Promise<string[]> {
    const before = this.current;
    const after: SiteSettings = { ...before, ...(typeof changes === 'function' ? changes(before) : changes) };
    const changed = changedFields(before, after);
    if (changed.length === 0) return changed;
    await this.deps.settings.save(after);
    this.deps.invalidatePages();
    // A replaced or removed logo's file is not left behind (pages naming it were just dropped).
    if (before.logo && before.logo.key !== after.logo?.key) await this.deps.files.remove(before.logo.key);
    await this.deps.audit.record(actor, { action: 'settings.update', subjectType: 'settings', subjectId: 'site', summary: `Changed the ${changed.join(', ')}` });
    return changed;
  }
}
