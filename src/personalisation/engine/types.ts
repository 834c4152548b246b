// The recommender's vocabulary, shared by the background job (which builds neighbour lists and
// popularity), the request path (which only reads them and ranks), and the offline evaluation
// (which runs the very same functions over a simulated or MIND interaction log). Nothing here
// touches the database: the engine is pure functions over these shapes.

/** An item as the recommender sees it. Times are epoch milliseconds. */
export interface CatalogueItem {
  id: number;
  title: string;
  summary: string;
  /** Plain text (Markdown is fine; markup is ignored by the tokenizer). */
  body: string;
  topicIds: readonly number[];
  publishedAt: number;
  /** Members-only: recommended to non-members at most once, marked as an invitation. */
  membersOnly: boolean;
}

export type InteractionKind = 'read' | 'rate' | 'recommend' | 'comment' | 'share' | 'gift';

/** One engagement event. `value` is the stars for 'rate', -1 for a recommend taken back, 2 for a read to the end, else 1. */
export interface Interaction {
  userId: number;
  itemId: number;
  kind: InteractionKind;
  value: number;
  at: number;
}

/** A neighbour of an item with a similarity in (0, 1]. */
export interface Neighbour {
  itemId: number;
  score: number;
}

export type NeighbourSource = 'content' | 'collab';

/** Why an item is on someone's list; the page turns this into a sentence. */
export type Reason =
  | { kind: 'follow'; topicId: number }
  | { kind: 'read'; itemId: number }
  | { kind: 'similar'; itemId: number }
  | { kind: 'segment'; segment: string }
  | { kind: 'popular' }
  | { kind: 'recent' }
  | { kind: 'invitation' };

export interface Recommendation {
  itemId: number;
  score: number;
  reason: Reason;
  /** True for a members-only item shown to someone who cannot open it (at most once). */
  isInvitation: boolean;
}

/** What the ranker knows about the person asking. */
export interface PersonSignals {
  /** Undefined for an anonymous visitor. */
  userId: number | undefined;
  followedTopicIds: readonly number[];
  /** Weighted recent history, newest first (at most ~50 items). */
  history: readonly { itemId: number; weight: number; at: number }[];
  /** Items never to recommend (already read). */
  excluded: ReadonlySet<number>;
  /** e.g. 'orgtype:Acute trust' when the person's organisation type is known. */
  segment: string | undefined;
  /** Whether the person can open members-only items. */
  canOpenMembersOnly: boolean;
  /** Members-only items already shown to this person as an invitation. */
  invitationsShown: ReadonlySet<number>;
}

/**
 * Where the ranker reads precomputed data. The request path implements it over the database
 * (item_neighbours, item_popularity, item_topics); the evaluation over in-memory maps.
 */
export interface RankSource {
  neighbours(itemIds: readonly number[], source: NeighbourSource, perItem: number): Promise<Map<number, Neighbour[]>>;
  /** Top items of a popularity segment ('all' or 'orgtype:…'), best first. */
  popular(segment: string, limit: number): Promise<Neighbour[]>;
  /** Newest published items in these topics, newest first. */
  newInTopics(topicIds: readonly number[], since: number, limit: number): Promise<{ itemId: number; topicId: number; publishedAt: number }[]>;
  /** Newest published items overall. */
  recent(limit: number): Promise<{ itemId: number; publishedAt: number }[]>;
  /** Topics, publication time and access of candidate items (for diversity and filtering). */
  describe(itemIds: readonly number[]): Promise<Map<number, { topicIds: readonly number[]; publishedAt: number; membersOnly: boolean }>>;
}
