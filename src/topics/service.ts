import { Conflict, Invalid, NotFound } from '../errors.js';
import type { TopicRow } from '../db/schema.js';
import type { Actor, AuditLog } from '../audit/service.js';
import { SLUG_PATTERN, slugify } from '../platform/slug.js';
import type { TopicRepo, TopicWithCount } from './repo.js';

export const TOPIC_LIMITS = { name: 80, slug: 80, description: 500 } as const;

export interface TopicInput {
  name: string;
  /** Empty: made from the name. */
  slug: string;
  description: string;
}

/** The name and description the edit form was opened with (absent from older forms: not checked then). */
export interface LoadedTopic {
  name?: string;
  description?: string;
}

/** What a topic address leads to: the topic itself, or the topic it now lives at. */
export type TopicLookup = { found: 'topic'; topic: TopicRow } | { found: 'redirect'; slug: string };

export interface TopicServiceDeps {
  audit?: AuditLog;
  /** Drops cached anonymous pages after a change. */
  invalidatePages?: () => void;
}

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const slugPattern = new RegExp(SLUG_PATTERN);

export class TopicService {
  constructor(private readonly repo: TopicRepo, private readonly deps: TopicServiceDeps = {}) {}

  listTopics(): Promise<TopicRow[]> {
    return this.repo.listAll();
  }

  listTopicsWithCounts(): Promise<TopicWithCount[]> {
    return this.repo.listWithCounts();
  }

  /** Every topic with all its items counted (drafts too), for editors. */
  listForEditors(): Promise<TopicWithCount[]> {
    return this.repo.listWithAllCounts();
  }

  async getTopic(slug: string): Promise<TopicRow> {
    const topic = await this.repo.findBySlug(slug);
    if (!topic) throw new NotFound('There is no topic with that name. It may have been renamed or removed.');
    return topic;
  }

  /** A topic by its address, following a renamed or merged topic's old slug. */
  async lookup(slug: string): Promise<TopicLookup> {
    const topic = await this.repo.findBySlug(slug);
    if (topic) return { found: 'topic', topic };
    const moved = await this.repo.findRedirect(slug);
    if (moved) return { found: 'redirect', slug: moved.slug };
    throw new NotFound('There is no topic with that name. It may have been renamed or removed.');
  }

  findTopic(slug: string): Promise<TopicRow | undefined> {
    return this.repo.findBySlug(slug);
  }

  async getById(id: number): Promise<TopicRow> {
    const topic = await this.repo.findById(id);
    if (!topic) throw new NotFound('There is no topic with that number. Someone may have deleted or merged it.');
    return topic;
  }

  async itemCount(id: number): Promise<number> {
    return this.repo.countItems(id);
  }

  async createTopic(actor: Actor, input: TopicInput): Promise<TopicRow> {
    const values = await this.checked(input, undefined);
    const id = await this.repo.insert({ ...values, created_at: new Date().toISOString() });
    this.changed();
    await this.deps.audit?.record(actor, { action: 'topic.create', subjectType: 'topic', subjectId: id, summary: `Created the topic “${values.name}” at /topics/${values.slug}` });
    return this.getById(id);
  }

  /**
   * Renames a topic. `loadedSlug` is the slug the form was opened with: if someone else has
   * changed the topic since, nothing is overwritten.
   */
  async updateTopic(actor: Actor, id: number, input: TopicInput, loadedSlug: string, loaded: LoadedTopic = {}): Promise<TopicRow> {
    const topic = await this.getById(id);
    if (loadedSlug !== '' && loadedSlug !== topic.slug) {
      throw new Conflict(`Someone changed this topic’s address to /topics/${topic.slug} after you opened the form. Open it again to see the latest version.`);
    }
    // A rename or new description saved meanwhile is not silently overwritten either.
    if ((loaded.name !== undefined && loaded.name !== topic.name) || (loaded.description !== undefined && loaded.description !== topic.description)) {
      throw new Conflict(`Someone changed this topic (now “${topic.name}”) after you opened the form. Open it again to see the latest version.`);
    }
    const values = await this.checked(input, topic);
    await this.repo.update(id, topic.slug, values);
    this.changed();
    const what = [
      values.name !== topic.name ? `renamed “${topic.name}” to “${values.name}”` : '',
      values.slug !== topic.slug ? `moved /topics/${topic.slug} to /topics/${values.slug}` : '',
      values.description !== topic.description ? 'changed the description' : '',
    ].filter(Boolean);
    await this.deps.audit?.record(actor, { action: 'topic.update', subjectType: 'topic', subjectId: id, summary: `Topic “${values.name}”: ${what.join(', ') || 'saved without changes'}` });
    return this.getById(id);
  }

  /** A into B: every item of A is filed under B, A's addresses lead to B, A is deleted. */
  async mergeTopics(actor: Actor, fromId: number, intoId: number | undefined): Promise<TopicRow> {
    const from = await this.getById(fromId);
    if (intoId === undefined) throw new Invalid('into', 'Choose the topic to merge this one into.');
    if (intoId === fromId) throw new Invalid('into', 'Choose a different topic: a topic cannot be merged into itself.');
    const into = await this.repo.findById(intoId);
    if (!into) throw new Invalid('into', 'That topic no longer exists. Choose another.');
    const moved = await this.repo.countItems(fromId);
    await this.repo.merge(from, into.id);
    this.changed();
    await this.deps.audit?.record(actor, { action: 'topic.merge', subjectType: 'topic', subjectId: into.id, summary: `Merged the topic “${from.name}” (${moved} items) into “${into.name}”; /topics/${from.slug} now leads to /topics/${into.slug}` });
    return into;
  }

  /** Deletes a topic, moving its items to `reassignTo` first when given. */
  async deleteTopic(actor: Actor, id: number, reassignTo: number | null): Promise<void> {
    const topic = await this.getById(id);
    let target: TopicRow | undefined;
    if (reassignTo !== null) {
      if (reassignTo === id) throw new Invalid('reassign_to', 'Choose a different topic to move the items to.');
      target = await this.repo.findById(reassignTo);
      if (!target) throw new Invalid('reassign_to', 'That topic no longer exists. Choose another, or none.');
    }
    const count = await this.repo.countItems(id);
    await this.repo.delete(id, target?.id ?? null);
    this.changed();
    const where = target ? `its ${count} items moved to “${target.name}”` : `its ${count} items keep their other topics`;
    await this.deps.audit?.record(actor, { action: 'topic.delete', subjectType: 'topic', subjectId: id, summary: `Deleted the topic “${topic.name}” (/topics/${topic.slug}); ${where}` });
  }

  private changed(): void {
    this.deps.invalidatePages?.();
  }

  /** Field-by-field checks; the slug must be free (its own old slugs are fine to take back). */
  private async checked(input: TopicInput, existing: TopicRow | undefined): Promise<Pick<TopicRow, 'name' | 'slug' | 'description'>> {
    const name = input.name.trim();
    const description = input.description.trim();
    const slug = input.slug.trim() === '' ? slugify(name) : input.slug.trim().toLowerCase();
    const problems: Record<string, string | undefined> = {
      name: name === '' ? 'Enter a name for the topic.' : name.length > TOPIC_LIMITS.name ? `Use ${TOPIC_LIMITS.name} characters or fewer (this has ${name.length}).` : CONTROL.test(name) ? 'Remove the control characters.' : undefined,
      description: description.length > TOPIC_LIMITS.description ? `Use ${TOPIC_LIMITS.description} characters or fewer (this has ${description.length}).` : CONTROL.test(description) ? 'Remove the control characters.' : undefined,
      slug:
        slug === '' ? (name === '' ? undefined : 'Enter an address made of letters and digits, for example workforce-planning.')
        : slug.length > TOPIC_LIMITS.slug ? `Use ${TOPIC_LIMITS.slug} characters or fewer.`
        : !slugPattern.test(slug) ? 'Use only lower-case letters, digits and single hyphens between words, for example workforce-planning.'
        : undefined,
    };
    if (!problems.slug && slug !== '') {
      const holder = await this.repo.findBySlug(slug);
      if (holder && holder.id !== existing?.id) problems.slug = `The topic “${holder.name}” already uses /topics/${slug}. Choose a different address.`;
    }
    Invalid.check(problems);
    return { name, slug, description };
  }
}
