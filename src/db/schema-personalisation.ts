// Table types of the personalisation domain (migration 008), kept apart from schema.ts so
// neither file grows past a page of types; schema.ts re-exports them and lists the tables.

export interface TopicFollowsTable {
  user_id: number;
  topic_id: number;
  created_at: string;
}

/** A private Atom feed of a person's "For you" list; only the token's SHA-256 is kept. */
export interface FeedTokensTable {
  user_id: number;
  token_hash: string;
  created_at: string;
}

export type NeighbourSource = 'content' | 'collab';

/** Computed by the recommender's job; requests only read these. */
export interface ItemNeighboursTable {
  item_id: number;
  source: NeighbourSource;
  neighbour_id: number;
  score: number;
}

/** segment: 'all' or 'orgtype:<organisation type>'. */
export interface ItemPopularityTable {
  segment: string;
  item_id: number;
  score: number;
}

/** Members-only items already shown to a non-member as an invitation (at most once each). */
export interface RecommendationInvitationsTable {
  user_id: number;
  item_id: number;
  shown_at: string;
}

/** Small named state of background jobs (e.g. the last engagement event a job has read). */
export interface JobStateTable {
  name: string;
  value: string;
  updated_at: string;
}
