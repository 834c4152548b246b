// "For you": a person's recommended items, each with the reason it is there, and the item
// page's "Related" and "People who read this also read". Requests only read and rank: the
// neighbour lists and popularity come from the background job (recs-job.ts).
import type { Viewer } from '../accounts/viewer.js';
import type { AccessLevel, EngagementKind } from '../db/schema.js';
import type { ItemCard } from '../content/presenters.js';
import { canRead } from '../content/policy.js';
import { alsoRead, rank, relatedTo } from './engine/rank.js';
import type { PersonSignals, Reason, Recommendation } from './engine/types.js';
import type { DbRankSource } from './db-rank-source.js';
import type { RecsRepo } from './recs-repo.js';
import { historyWeight } from './history-weights.js';

export interface ForYouEntry {
  card: ItemCard;
  access: AccessLevel;
  /** A sentence saying why, e.g. "Because you follow Workforce". */
  reason: string;
  isInvitation: boolean;
}

export interface ForYouDeps {
  repo: RecsRepo;
  source: DbRankSource;
  cardsByIds: (ids: readonly number[]) => Promise<{ card: ItemCard; access: AccessLevel }[]>;
  topicNames: () => Promise<Map<number, string>>;
  /** The person's self-declared organisation type, when they are not a member. */
  organisationTypeOf: (userId: number) => Promise<string | null>;
  clock?: () => Date;
}

/** How many events of a person's own history the ranker looks at. */
const HISTORY_EVENTS = 200;

/** Topic names change rarely (a rename shows in reasons within this time). */
const TOPIC_NAMES_TTL_MS = 15_000;

/** How long a person's list is kept, and for how many people at most (oldest dropped first). */
const CACHE_MS = 60_000;
const CACHED_PEOPLE = 20_000;
const CACHED_SECTIONS = 20_000;

export class ForYouService {
  /** Lists by person id (0: visitors, who all get the same list). */
  private readonly cache = new Map<number, { until: number; limit: number; entries: ForYouEntry[] }>();
  /** Item page sections by item and kind of reader. */
  private readonly sections = new Map<string, { until: number; cards: Promise<ItemCard[]> }>();
  private topicNamesCache: { until: number; names: Promise<Map<number, string>> } | undefined;

  constructor(private readonly deps: ForYouDeps) {}

  private topicNames(): Promise<Map<number, string>> {
    const now = Date.now();
    if (!this.topicNamesCache || this.topicNamesCache.until <= now) this.topicNamesCache = { until: now + TOPIC_NAMES_TTL_MS, names: this.deps.topicNames() };
    return this.topicNamesCache.names;
  }

  private now(): number {
    return (this.deps.clock?.() ?? new Date()).getTime();
  }

  /** What the ranker knows about this viewer. */
  async signalsOf(viewer: Viewer): Promise<PersonSignals> {
    if (viewer.kind !== 'user') return anonymousSignals();
    const [followedTopicIds, events, invitations, ownType] = await Promise.all([
      this.deps.repo.followedTopicIds(viewer.id),
      this.deps.repo.recentEvents(viewer.id, HISTORY_EVENTS),
      this.deps.repo.invitationsShown(viewer.id),
      viewer.membership ? Promise.resolve(null) : this.deps.organisationTypeOf(viewer.id),
    ]);
    return toSignals(viewer, { followedTopicIds, events, invitations, ownType });
  }

  /**
   * signalsOf for many signed-in people at once, in a few queries (a newsletter send);
   * `ownTypes` gives each person's self-declared organisation type, already at hand.
   */
  async signalsOfMany(viewers: readonly SignedIn[], ownTypes: ReadonlyMap<number, string | null>): Promise<PersonSignals[]> {
    const ids = viewers.map((v) => v.id);
    const [follows, events, invitations] = await Promise.all([
      this.deps.repo.followedTopicIdsOfMany(ids),
      this.deps.repo.recentEventsOfMany(ids, HISTORY_EVENTS),
      this.deps.repo.invitationsShownOfMany(ids),
    ]);
    return viewers.map((viewer) => toSignals(viewer, {
      followedTopicIds: follows.get(viewer.id) ?? [], events: events.get(viewer.id) ?? [], invitations: invitations.get(viewer.id) ?? [], ownType: ownTypes.get(viewer.id) ?? null,
    }));
  }

  /** Drops item page sections and visitors' list (the job has written new lists). */
  forgetShared(): void {
    this.sections.clear();
    this.cache.delete(0);
  }

  /** Drops a person's cached list (their history, follows or interests changed). */
  forget(userId: number): void {
    this.cache.delete(userId);
  }

  /**
   * The viewer's list, best first, each with its reason. An invitation shown is remembered.
   * A person's list is kept for a minute (or until their own signals change), so moving
   * between pages does not rank again; a kept list never repeats its invitation.
   */
  async forViewer(viewer: Viewer, limit = 12): Promise<ForYouEntry[]> {
    const now = this.now();
    const key = viewer.kind === 'user' ? viewer.id : 0;
    const kept = this.cache.get(key);
    if (kept && kept.until > now && kept.limit >= limit) {
      return kept.entries.filter((e) => !e.isInvitation && canRead(viewer, e.access)).slice(0, limit);
    }
    const person = await this.signalsOf(viewer);
    const recommendations = await rank(this.deps.source, person, { now, limit });
    const entries = await this.present(viewer, recommendations);
    const invitation = entries.find((e) => e.isInvitation);
    if (invitation && viewer.kind === 'user') await this.deps.repo.recordInvitation(viewer.id, invitation.card.id, new Date(now).toISOString());
    if (this.cache.size >= CACHED_PEOPLE) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(key, { until: now + CACHE_MS, limit, entries });
    return entries;
  }

  /**
   * Picks for one person outside the site (the newsletter's "Picked for you"): never an
   * invitation (an email shows only what its reader can open), never one of `exclude` (the
   * issue's own items), not cached and not remembered, since each person is asked once.
   */
  async picksFor(viewer: Viewer, options: { limit: number; exclude: readonly number[]; cards?: CardMemo; signals?: PersonSignals }): Promise<ForYouEntry[]> {
    const signals = options.signals ?? (await this.signalsOf(viewer));
    const person = { ...signals, excluded: new Set([...signals.excluded, ...options.exclude]) };
    const recommendations = await rank(this.deps.source, person, { now: this.now(), limit: options.limit + 2 });
    const entries = await this.present(viewer, recommendations.filter((r) => !r.isInvitation), options.cards);
    return entries.filter((e) => !e.isInvitation).slice(0, options.limit);
  }

  /** "Related": items like this one by their words and topics, that the viewer can open. */
  related(viewer: Viewer, itemId: number, limit = 4): Promise<ItemCard[]> {
    return this.itemSection('related', viewer, itemId, limit, () => relatedTo(this.deps.source, itemId, { limit: limit * 2, canOpenMembersOnly: canOpenMembersOnly(viewer), now: this.now() }));
  }

  /** "People who read this also read", that the viewer can open. */
  alsoRead(viewer: Viewer, itemId: number, limit = 4): Promise<ItemCard[]> {
    return this.itemSection('also', viewer, itemId, limit, () => alsoRead(this.deps.source, itemId, { limit: limit * 2, canOpenMembersOnly: canOpenMembersOnly(viewer), now: this.now() }));
  }

  /**
   * An item page's section, the same for everyone who can open the same things, so it is
   * kept for a minute per item and kind of reader (visitors' pages are in the page cache
   * anyway; this spares signed-in readers the same queries on every page).
   */
  private itemSection(name: string, viewer: Viewer, itemId: number, limit: number, find: () => Promise<Recommendation[]>): Promise<ItemCard[]> {
    const reader = canRead(viewer, 'members') ? 'member' : canRead(viewer, 'registered') ? 'registered' : 'visitor';
    const key = `${name}:${itemId}:${reader}:${limit}`;
    const now = this.now();
    const kept = this.sections.get(key);
    if (kept && kept.until > now) return kept.cards;
    const cards = find().then((found) => this.openable(viewer, found.map((r) => r.itemId), limit));
    cards.catch(() => this.sections.delete(key));
    if (this.sections.size >= CACHED_SECTIONS) this.sections.delete(this.sections.keys().next().value!);
    this.sections.set(key, { until: now + CACHE_MS, cards });
    return cards;
  }

  private async openable(viewer: Viewer, ids: readonly number[], limit: number): Promise<ItemCard[]> {
    const found = await this.deps.cardsByIds(ids);
    return found.filter((f) => canRead(viewer, f.access)).slice(0, limit).map((f) => f.card);
  }

  /**
   * Cards and titles remembered for one long run (a newsletter send ranks 100,000 people
   * over a few hundred items; each card is read once). Start a new one per run.
   */
  cardMemo(): CardMemo {
    return new CardMemo(this.deps.cardsByIds, (ids) => this.deps.repo.titlesOf(ids));
  }

  private async present(viewer: Viewer, recommendations: readonly Recommendation[], memo?: CardMemo): Promise<ForYouEntry[]> {
    const reasonItems = recommendations.flatMap((r) => (r.reason.kind === 'read' || r.reason.kind === 'similar' ? [r.reason.itemId] : []));
    const ids = recommendations.map((r) => r.itemId);
    const [found, topics, titles] = await Promise.all([memo ? memo.cards(ids) : this.deps.cardsByIds(ids), this.topicNames(), memo ? memo.titles(reasonItems) : this.deps.repo.titlesOf(reasonItems)]);
    const byId = new Map(found.map((f) => [f.card.id, f]));
    const entries: ForYouEntry[] = [];
    for (const r of recommendations) {
      const f = byId.get(r.itemId);
      if (!f) continue;
      // The ranker marks invitations; anything else must be openable, whatever the ranker says.
      if (!r.isInvitation && !canRead(viewer, f.access)) continue;
      if (r.isInvitation && f.access !== 'members') continue;
      // "At most once" needs someone to remember it for: visitors get no invitations.
      if (r.isInvitation && viewer.kind !== 'user') continue;
      entries.push({ card: f.card, access: f.access, reason: reasonText(r.reason, topics, titles, r.isInvitation), isInvitation: r.isInvitation });
    }
    return entries;
  }
}

type Card = { card: ItemCard; access: AccessLevel };

export class CardMemo {
  private readonly cardCache = new Map<number, Card | null>();
  private readonly titleCache = new Map<number, string | null>();

  constructor(
    private readonly loadCards: (ids: readonly number[]) => Promise<Card[]>,
    private readonly loadTitles: (ids: readonly number[]) => Promise<Map<number, string>>,
  ) {}

  /** Published cards for these ids, in order (an unpublished id is remembered as missing). */
  async cards(ids: readonly number[]): Promise<Card[]> {
    const missing = ids.filter((id) => !this.cardCache.has(id));
    if (missing.length > 0) {
      const found = new Map((await this.loadCards(missing)).map((c) => [c.card.id, c]));
      for (const id of missing) this.cardCache.set(id, found.get(id) ?? null);
    }
    return ids.map((id) => this.cardCache.get(id)).filter((c): c is Card => c !== null && c !== undefined);
  }

  async titles(ids: readonly number[]): Promise<Map<number, string>> {
    const missing = ids.filter((id) => !this.titleCache.has(id));
    if (missing.length > 0) {
      const found = await this.loadTitles(missing);
      for (const id of missing) this.titleCache.set(id, found.get(id) ?? null);
    }
    const titles = new Map<number, string>();
    for (const id of ids) {
      const title = this.titleCache.get(id);
      if (title) titles.set(id, title);
    }
    return titles;
  }
}

type SignedIn = Extract<Viewer, { kind: 'user' }>;

function anonymousSignals(): PersonSignals {
  return { userId: undefined, followedTopicIds: [], history: [], excluded: new Set(), segment: undefined, canOpenMembersOnly: false, invitationsShown: new Set() };
}

/** A person's rows turned into what the ranker needs: weighted history, exclusions, segment. */
function toSignals(viewer: SignedIn, rows: { followedTopicIds: number[]; events: readonly { item_id: number; kind: EngagementKind; value: number; created_at: string }[]; invitations: number[]; ownType: string | null }): PersonSignals {
  const weights = new Map<number, { weight: number; at: number }>();
  const excluded = new Set<number>();
  // Oldest first, so a recommend taken back later cancels the earlier one.
  for (const event of [...rows.events].reverse()) {
    excluded.add(event.item_id);
    const at = Date.parse(event.created_at);
    const entry = weights.get(event.item_id) ?? { weight: 0, at };
    entry.weight = Math.max(0, entry.weight + historyWeight(event.kind, event.value));
    entry.at = Math.max(entry.at, at);
    weights.set(event.item_id, entry);
  }
  const history = [...weights].filter(([, e]) => e.weight > 0).map(([itemId, e]) => ({ itemId, weight: e.weight, at: e.at })).sort((a, b) => b.at - a.at).slice(0, 50);
  const type = viewer.membership ? viewer.membership.organisationType : rows.ownType;
  return {
    userId: viewer.id,
    followedTopicIds: rows.followedTopicIds,
    history,
    excluded,
    segment: type ? `orgtype:${type}` : undefined,
    canOpenMembersOnly: canOpenMembersOnly(viewer),
    invitationsShown: new Set(rows.invitations),
  };
}

function canOpenMembersOnly(viewer: Viewer): boolean {
  return canRead(viewer, 'members');
}

/** "Acute trust" → "acute trusts like yours"; unknown or "Other" → "organisations like yours". */
export function segmentPhrase(segment: string): string {
  const type = segment.startsWith('orgtype:') ? segment.slice('orgtype:'.length) : '';
  if (!type || /^other$/i.test(type)) return 'organisations like yours';
  return `${type.toLowerCase()}s like yours`;
}

export function reasonText(reason: Reason, topics: ReadonlyMap<number, string>, titles: ReadonlyMap<number, string>, isInvitation: boolean): string {
  if (isInvitation || reason.kind === 'invitation') return 'For members: a taste of what membership opens';
  switch (reason.kind) {
    case 'follow':
      return `Because you follow ${topics.get(reason.topicId) ?? 'this topic'}`;
    case 'read':
      return titles.has(reason.itemId) ? `Because you read “${titles.get(reason.itemId)}”` : 'Because of what you have read';
    case 'similar':
      return titles.has(reason.itemId) ? `Similar to “${titles.get(reason.itemId)}”, which you read` : 'Similar to what you have read';
    case 'segment':
      return `Popular with people at ${segmentPhrase(reason.segment)}`;
    case 'popular':
      return 'Popular this week';
    case 'recent':
      return 'Just published';
  }
}
