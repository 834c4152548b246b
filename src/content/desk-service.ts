// The editor's desk: writing, saving, publishing, scheduling, unpublishing and deleting items,
// with a revision for every save and a version check so two editors never silently overwrite
// each other. Markdown is rendered and sanitised at save, as for seeded content.
import type { Viewer } from '../accounts/viewer.js';
import type { AccessLevel, CommentSetting, ItemKind, ItemRow, ItemStatus } from '../db/schema.js';
import { Conflict, Invalid, NotFound } from '../errors.js';
import type { AuditLog } from '../audit/service.js';
import { formatDate, formatTime, londonInputToUtc, utcToLondonInput } from '../platform/dates.js';
import { readingMinutes, renderMarkdown } from '../platform/markdown.js';
import { paginate, type Pagination } from '../platform/pagination.js';
import { slugify } from '../platform/slug.js';
import type { FileStore } from '../platform/storage.js';
import { DOCUMENT_KINDS, IMAGE_KINDS, sniff, type UploadedFile } from '../platform/http/uploads.js';
import { isUniqueViolation, type DeskFilter, type DeskRepo, type DeskRow } from './desk-repo.js';
import { parseSnapshot, type Snapshot } from './revisions.js';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
export const LIMITS = { title: 200, slug: 80, summary: 500, body: 200_000, alt: 300, venue: 200, url: 500, attachmentTitle: 200 } as const;

export type Intent = 'save' | 'publish' | 'schedule';

/** What the edit form sends, as typed (strings), before any checking. */
export interface DeskForm {
  title: string;
  slug: string;
  summary: string;
  body: string;
  access: string;
  comments: string;
  topics: string[];
  authors: string[];
  heroAlt: string;
  removeHero: boolean;
  eventStart: string;
  eventEnd: string;
  venue: string;
  onlineUrl: string;
  scheduleAt: string;
  attachmentTitle: string;
  removeAttachments: string[];
}

export interface DeskUploads {
  heroImage?: UploadedFile;
  attachment?: UploadedFile;
}

export interface SaveOutcome {
  id: number;
  status: ItemStatus;
  publishedAt: string | null;
}

/** A save refused because someone else saved first: what they saved, to show beside yours. */
export class EditConflict extends Conflict {
  constructor(readonly current: ItemRow, readonly savedBy: string) {
    super(`${savedBy} saved this item at ${formatTime(current.updated_at)} on ${formatDate(current.updated_at)}, after you opened it. Your changes are not saved yet.`);
  }
}

const ACCESS: readonly AccessLevel[] = ['public', 'registered', 'members'];
const COMMENTS: readonly CommentSetting[] = ['default', 'open', 'closed'];

function actorName(viewer: Viewer): { id: number | null; name: string } {
  return viewer.kind === 'user' ? { id: viewer.id, name: viewer.name } : { id: null, name: 'Pulse' };
}

export class DeskService {
  constructor(
    private readonly deps: {
      repo: DeskRepo;
      files: FileStore;
      audit: AuditLog;
      topicIds: () => Promise<Set<number>>;
      /** Called after anything visible changed (the page cache is dropped). */
      onChange: () => void;
      /** Called after a schedule changed, so the scheduler re-reads its next time. */
      onScheduleChange: () => void;
      clock?: () => Date;
    },
  ) {}

  private now(): Date {
    return this.deps.clock?.() ?? new Date();
  }

  async list(filter: DeskFilter, page: number): Promise<{ rows: DeskRow[]; pagination: Pagination }> {
    const pagination = paginate(page, await this.deps.repo.count(filter), 25);
    return { rows: await this.deps.repo.list(filter, pagination), pagination };
  }

  async overview() {
    const [drafts, draftCount, scheduled, published] = await Promise.all([
      this.deps.repo.list({ status: 'draft' }, { limit: 5, offset: 0 }),
      this.deps.repo.count({ status: 'draft' }),
      this.deps.repo.listScheduled(5),
      this.deps.repo.listRecentlyPublished(5),
    ]);
    return { drafts, draftCount, scheduled, published };
  }

  async get(id: number) {
    const item = await this.deps.repo.findById(id);
    if (!item) throw new NotFound('There is no item with that number. It may have been deleted.');
    const [links, attachments] = await Promise.all([this.deps.repo.linksOf(id), this.deps.repo.attachmentsOf(id)]);
    return { item, links, attachments };
  }

  listAuthors() {
    return this.deps.repo.listAuthors();
  }

  /** Checks the form and returns the item's new field values, or throws Invalid with every problem. */
  private async check(kind: ItemKind, form: DeskForm, uploads: DeskUploads, existing?: ItemRow) {
    const errors: Record<string, string | undefined> = {};
    const title = form.title.trim();
    const slug = (form.slug.trim() || slugify(title)).toLowerCase();
    const summary = form.summary.trim();
    if (!title) errors.title = 'Enter a title.';
    else if (title.length > LIMITS.title) errors.title = `Keep the title to ${LIMITS.title} characters or fewer.`;
    if (!slug) errors.slug = 'Enter a slug, or a title to make one from.';
    else if (slug.length > LIMITS.slug || !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) errors.slug = `Use lower-case letters, digits and single hyphens, at most ${LIMITS.slug} characters.`;
    else if (await this.deps.repo.slugTaken(kind, slug, existing?.id)) errors.slug = 'Another item of this type already uses that slug. Choose another.';
    if (!summary) errors.summary = 'Enter a summary: it is shown in lists, search results and feeds.';
    else if (summary.length > LIMITS.summary) errors.summary = `Keep the summary to ${LIMITS.summary} characters or fewer.`;
    if (form.body.length > LIMITS.body) errors.body = `The body is too long (at most ${LIMITS.body.toLocaleString('en-GB')} characters).`;
    const access = ACCESS.find((a) => a === form.access);
    if (!access) errors.access = 'Choose who can read this item.';
    const comments = COMMENTS.find((c) => c === form.comments) ?? 'default';
    const knownTopics = await this.deps.topicIds();
    const topicIds = form.topics.map(Number).filter((id) => Number.isInteger(id));
    if (topicIds.some((id) => !knownTopics.has(id))) errors.topics = 'One of the chosen topics no longer exists. Choose again.';
    const authorIds = form.authors.map(Number).filter((id) => Number.isInteger(id) && id > 0);
    const knownAuthors = new Set((await this.deps.repo.listAuthors()).map((a) => a.id));
    if (authorIds.some((id) => !knownAuthors.has(id))) errors.authors = 'One of the chosen authors no longer exists. Choose again.';

    // The hero image: a new upload replaces the old; alt text is required whenever there is one.
    let heroUpload: { data: Buffer; ext: string } | undefined;
    if (uploads.heroImage) {
      const sniffed = await sniff(uploads.heroImage, IMAGE_KINDS, MAX_IMAGE_BYTES);
      if (sniffed.ok) heroUpload = { data: uploads.heroImage.data, ext: sniffed.kind.ext };
      else errors.heroImage = sniffed.message;
    }
    const hasHero = heroUpload !== undefined || (!form.removeHero && !!existing?.hero_image);
    const heroAlt = form.heroAlt.trim();
    if (hasHero && !heroAlt) errors.heroAlt = 'Describe the image for people who cannot see it (or write "decorative" if it adds nothing).';
    else if (heroAlt.length > LIMITS.alt) errors.heroAlt = `Keep the alt text to ${LIMITS.alt} characters or fewer.`;

    let attachmentUpload: { data: Buffer; ext: string; mime: string; filename: string; title: string } | undefined;
    if (uploads.attachment) {
      if (kind !== 'report') errors.attachment = 'Only reports have attached files.';
      else {
        const sniffed = await sniff(uploads.attachment, DOCUMENT_KINDS, MAX_ATTACHMENT_BYTES);
        const attachmentTitle = form.attachmentTitle.trim() || uploads.attachment.filename.replace(/\.[^.]+$/, '');
        if (!sniffed.ok) errors.attachment = sniffed.message;
        else if (attachmentTitle.length > LIMITS.attachmentTitle) errors.attachmentTitle = `Keep the file's title to ${LIMITS.attachmentTitle} characters or fewer.`;
        else {
          const base = uploads.attachment.filename.replace(/\.[^.]*$/, '') || 'file';
          attachmentUpload = { data: uploads.attachment.data, ext: sniffed.kind.ext, mime: sniffed.kind.mime, filename: `${base}.${sniffed.kind.ext}`, title: attachmentTitle };
        }
      }
    }

    let event: { event_start: string | null; event_end: string | null; venue: string | null; online_url: string | null } = { event_start: null, event_end: null, venue: null, online_url: null };
    if (kind === 'event') {
      const start = londonInputToUtc(form.eventStart);
      const end = form.eventEnd.trim() ? londonInputToUtc(form.eventEnd) : null;
      if (!start) errors.eventStart = 'Enter when the event starts, as a date and time.';
      if (end === undefined) errors.eventEnd = 'Enter the end as a date and time, or leave it empty.';
      else if (start && end && end <= start) errors.eventEnd = 'The end must be after the start.';
      const venue = form.venue.trim();
      const onlineUrl = form.onlineUrl.trim();
      if (venue.length > LIMITS.venue) errors.venue = `Keep the venue to ${LIMITS.venue} characters or fewer.`;
      if (onlineUrl && (!/^https:\/\/[^\s]+$/.test(onlineUrl) || onlineUrl.length > LIMITS.url)) errors.onlineUrl = 'Enter a full https:// address, or leave it empty.';
      event = { event_start: start ?? null, event_end: end ?? null, venue: venue || null, online_url: onlineUrl || null };
    }
    Invalid.check(errors);
    return { title, slug, summary, access: access!, comments, topicIds, authorIds, heroUpload, hasHero, heroAlt, attachmentUpload, event };
  }

  private statusFor(intent: Intent, form: DeskForm, existing?: ItemRow): { status: ItemStatus; published_at: string | null } {
    const now = this.now().toISOString();
    if (intent === 'publish') return { status: 'published', published_at: existing?.status === 'published' ? existing.published_at : now };
    if (intent === 'schedule') {
      // Scheduling a live item would take it offline until the new time: make that a choice.
      if (existing?.status === 'published') throw new Invalid('scheduleAt', 'This item is already published. To publish it again later, unpublish it first, then schedule it.');
      const at = londonInputToUtc(form.scheduleAt);
      if (!at) throw new Invalid('scheduleAt', 'Enter the date and time to publish, in UK time.');
      if (at <= now) throw new Invalid('scheduleAt', 'Choose a time in the future, or publish now.');
      return { status: 'scheduled', published_at: at };
    }
    return existing ? { status: existing.status, published_at: existing.published_at } : { status: 'draft', published_at: null };
  }

  private snapshotOf(values: Awaited<ReturnType<DeskService['check']>>, body: string, heroImage: string | null): Snapshot {
    return {
      slug: values.slug, title: values.title, summary: values.summary, bodyMarkdown: body, access: values.access, comments: values.comments,
      heroImage, heroAlt: heroImage ? values.heroAlt : null, eventStart: values.event.event_start, eventEnd: values.event.event_end,
      venue: values.event.venue, onlineUrl: values.event.online_url, topicIds: values.topicIds, authorIds: values.authorIds,
    };
  }

  async create(viewer: Viewer, kind: ItemKind, form: DeskForm, uploads: DeskUploads, intent: Intent): Promise<SaveOutcome> {
    const values = await this.check(kind, form, uploads);
    const status = this.statusFor(intent, form);
    const now = this.now().toISOString();
    const heroImage = values.heroUpload ? await this.deps.files.put(values.heroUpload.data, values.heroUpload.ext) : null;
    const rendered = renderMarkdown(form.body);
    const author = actorName(viewer);
    const id = await this.slugRace(heroImage, () => this.deps.repo.insert(
      {
        kind, slug: values.slug, title: values.title, summary: values.summary, body_md: form.body, body_html: rendered.html, body_text: rendered.text,
        reading_minutes: readingMinutes(rendered.words), hero_image: heroImage, hero_alt: heroImage ? values.heroAlt : null,
        status: status.status, access: values.access, comments: values.comments, published_at: status.published_at, updated_at: now, created_at: now, ...values.event,
      },
      { topicIds: values.topicIds, authorIds: values.authorIds },
      { author_id: author.id, author_name: author.name, note: 'Created', snapshot: JSON.stringify(this.snapshotOf(values, form.body, heroImage)), created_at: now },
    ));
    await this.addAttachment(id, values.attachmentUpload);
    await this.deps.audit.record(viewer, { action: 'item.create', subjectType: 'item', subjectId: id, summary: `Created ${kind} “${values.title}”` });
    await this.afterStatus(viewer, id, values.title, undefined, status.status, status.published_at);
    return { id, ...{ status: status.status, publishedAt: status.published_at } };
  }

  async update(viewer: Viewer, id: number, expectedVersion: number, form: DeskForm, uploads: DeskUploads, intent: Intent): Promise<SaveOutcome> {
    const existing = await this.deps.repo.findById(id);
    if (!existing) throw new NotFound('This item has been deleted since you opened it. Copy anything you need from the form below.');
    if (existing.version !== expectedVersion) throw await this.conflict(existing);
    const values = await this.check(existing.kind, form, uploads, existing);
    const status = this.statusFor(intent, form, existing);
    await this.keepBaseline(existing);
    const now = this.now().toISOString();
    const heroImage = values.heroUpload ? await this.deps.files.put(values.heroUpload.data, values.heroUpload.ext) : values.hasHero ? existing.hero_image : null;
    const rendered = renderMarkdown(form.body);
    const author = actorName(viewer);
    const saved = await this.slugRace(values.heroUpload ? heroImage : null, () => this.deps.repo.update(
      id, expectedVersion,
      {
        slug: values.slug, title: values.title, summary: values.summary, body_md: form.body, body_html: rendered.html, body_text: rendered.text,
        reading_minutes: readingMinutes(rendered.words), hero_image: heroImage, hero_alt: heroImage ? values.heroAlt : null,
        status: status.status, access: values.access, comments: values.comments, published_at: status.published_at, updated_at: now, ...values.event,
      },
      { topicIds: values.topicIds, authorIds: values.authorIds },
      { author_id: author.id, author_name: author.name, note: intent === 'save' ? 'Saved' : intent === 'publish' ? 'Published' : 'Scheduled', snapshot: JSON.stringify(this.snapshotOf(values, form.body, heroImage)), created_at: now },
    ));
    if (!saved) throw await this.conflict((await this.deps.repo.findById(id)) ?? existing);
    const removed = await this.deps.repo.deleteAttachments(id, form.removeAttachments.map(Number).filter(Number.isInteger));
    for (const key of removed) await this.deps.files.remove(key);
    await this.addAttachment(id, values.attachmentUpload);
    if (existing.slug !== values.slug) await this.deps.audit.record(viewer, { action: 'item.slug', subjectType: 'item', subjectId: id, summary: `Changed the address of “${values.title}” from ${existing.slug} to ${values.slug} (the old one redirects)` });
    await this.deps.audit.record(viewer, { action: 'item.update', subjectType: 'item', subjectId: id, summary: `Saved “${values.title}” (version ${expectedVersion + 1})` });
    await this.afterStatus(viewer, id, values.title, existing, status.status, status.published_at);
    return { id, status: status.status, publishedAt: status.published_at };
  }

  /**
   * Items that arrived by seeding or import have no revision yet: before their first edit on
   * the desk, their current state is kept as a revision, so it can be compared and restored.
   */
  private async keepBaseline(item: ItemRow): Promise<void> {
    if ((await this.deps.repo.findRevision(item.id, item.version)) !== undefined) return;
    const links = await this.deps.repo.linksOf(item.id);
    const snapshot: Snapshot = {
      slug: item.slug, title: item.title, summary: item.summary, bodyMarkdown: item.body_md, access: item.access, comments: item.comments,
      heroImage: item.hero_image, heroAlt: item.hero_alt, eventStart: item.event_start, eventEnd: item.event_end, venue: item.venue, onlineUrl: item.online_url,
      topicIds: links.topicIds, authorIds: links.authorIds,
    };
    await this.deps.repo.insertRevision({ item_id: item.id, version: item.version, author_id: null, author_name: 'Pulse', note: 'As it was before its first edit here', snapshot: JSON.stringify(snapshot), created_at: item.updated_at });
  }

  /** Runs a save; a slug taken since the check is the same form error as one taken before (and a just-stored image goes). */
  private async slugRace<T>(newHeroImage: string | null, save: () => Promise<T>): Promise<T> {
    try {
      return await save();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      if (newHeroImage) await this.deps.files.remove(newHeroImage);
      throw new Invalid('slug', 'Another item of this type already uses that slug. Choose another.');
    }
  }

  private async conflict(current: ItemRow): Promise<EditConflict> {
    const latest = (await this.deps.repo.listRevisions(current.id))[0];
    return new EditConflict(current, latest?.author_name ?? 'Someone else');
  }

  private async addAttachment(itemId: number, upload: { data: Buffer; ext: string; mime: string; filename: string; title: string } | undefined): Promise<void> {
    if (!upload) return;
    const key = await this.deps.files.put(upload.data, upload.ext);
    await this.deps.repo.insertAttachment({ item_id: itemId, title: upload.title, filename: upload.filename, mime: upload.mime, size_bytes: upload.data.length, storage_key: key, created_at: this.now().toISOString() });
  }

  /** Audits a change of status and tells the cache and scheduler. */
  private async afterStatus(viewer: Viewer, id: number, title: string, before: ItemRow | undefined, status: ItemStatus, publishedAt: string | null): Promise<void> {
    if (status === 'published' && before?.status !== 'published') await this.deps.audit.record(viewer, { action: 'item.publish', subjectType: 'item', subjectId: id, summary: `Published “${title}”` });
    if (status === 'scheduled' && (before?.status !== 'scheduled' || before.published_at !== publishedAt)) {
      await this.deps.audit.record(viewer, { action: 'item.schedule', subjectType: 'item', subjectId: id, summary: `Scheduled “${title}” for ${formatDate(publishedAt!)} ${formatTime(publishedAt!)}` });
    }
    if (status === 'scheduled' || before?.status === 'scheduled') this.deps.onScheduleChange();
    if (status === 'published' || before?.status === 'published') this.deps.onChange();
  }

  async unpublish(viewer: Viewer, id: number, expectedVersion: number): Promise<void> {
    const existing = await this.deps.repo.findById(id);
    if (!existing) throw new NotFound('This item has been deleted.');
    if (existing.status === 'draft') return;
    if (!(await this.deps.repo.setStatus(id, expectedVersion, { status: 'draft', published_at: existing.status === 'scheduled' ? null : existing.published_at, updated_at: this.now().toISOString() }))) throw await this.conflict(existing);
    await this.deps.audit.record(viewer, { action: 'item.unpublish', subjectType: 'item', subjectId: id, summary: `${existing.status === 'scheduled' ? 'Unscheduled' : 'Unpublished'} “${existing.title}”` });
    if (existing.status === 'scheduled') this.deps.onScheduleChange();
    this.deps.onChange();
  }

  async delete(viewer: Viewer, id: number): Promise<string> {
    const existing = await this.deps.repo.findById(id);
    if (!existing) throw new NotFound('This item has already been deleted.');
    const keys = await this.deps.repo.delete(id);
    for (const key of keys) await this.deps.files.remove(key);
    await this.deps.audit.record(viewer, { action: 'item.delete', subjectType: 'item', subjectId: id, summary: `Deleted ${existing.kind} “${existing.title}” (${existing.status})` });
    this.deps.onChange();
    if (existing.status === 'scheduled') this.deps.onScheduleChange();
    return existing.title;
  }

  async revisions(id: number) {
    const { item } = await this.get(id);
    return { item, revisions: await this.deps.repo.listRevisions(id) };
  }

  async revision(id: number, version: number) {
    const row = await this.deps.repo.findRevision(id, version);
    if (!row) throw new NotFound('There is no such revision of this item.');
    return { row, snapshot: parseSnapshot(row) };
  }

  /** Restores a revision's content as a new save (status and schedule stay as they are). */
  async restore(viewer: Viewer, id: number, version: number, expectedVersion: number): Promise<void> {
    const { item } = await this.get(id);
    const { snapshot } = await this.revision(id, version);
    if (item.version !== expectedVersion) throw await this.conflict(item);
    await this.keepBaseline(item);
    const form: DeskForm = {
      title: snapshot.title, slug: snapshot.slug, summary: snapshot.summary, body: snapshot.bodyMarkdown, access: snapshot.access, comments: snapshot.comments,
      topics: snapshot.topicIds.map(String), authors: snapshot.authorIds.map(String), heroAlt: snapshot.heroAlt ?? '', removeHero: snapshot.heroImage === null,
      eventStart: snapshot.eventStart ? utcToLondonInput(snapshot.eventStart) : '', eventEnd: snapshot.eventEnd ? utcToLondonInput(snapshot.eventEnd) : '', venue: snapshot.venue ?? '', onlineUrl: snapshot.onlineUrl ?? '', scheduleAt: '', attachmentTitle: '', removeAttachments: [],
    };
    const now = this.now().toISOString();
    // Restoring may bring back a slug another item took since: the check reports it.
    const values = await this.check(item.kind, { ...form, removeHero: true }, {}, { ...item, hero_image: null });
    const rendered = renderMarkdown(snapshot.bodyMarkdown);
    const author = actorName(viewer);
    const heroImage = snapshot.heroImage;
    const event = values.event;
    const saved = await this.deps.repo.update(
      id, expectedVersion,
      {
        slug: values.slug, title: values.title, summary: values.summary, body_md: snapshot.bodyMarkdown, body_html: rendered.html, body_text: rendered.text,
        reading_minutes: readingMinutes(rendered.words), hero_image: heroImage, hero_alt: heroImage ? snapshot.heroAlt : null, access: values.access, comments: values.comments, updated_at: now, ...event,
      },
      { topicIds: values.topicIds, authorIds: values.authorIds },
      { author_id: author.id, author_name: author.name, note: `Restored version ${version}`, snapshot: JSON.stringify({ ...snapshot, slug: values.slug }), created_at: now },
    );
    if (!saved) throw await this.conflict((await this.deps.repo.findById(id)) ?? item);
    await this.deps.audit.record(viewer, { action: 'item.restore', subjectType: 'item', subjectId: id, summary: `Restored version ${version} of “${values.title}”` });
    if (item.status === 'published') this.deps.onChange();
  }
}
