import { sql, type Kysely } from 'kysely';

// Personalisation: topics people follow, optional profile signals, private feed tokens, the
// neighbour lists and popularity scores the recommender's background job computes, the
// members-only invitations already shown, and the job's progress through the event log.
export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    `CREATE TABLE topic_follows (
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      topic_id integer NOT NULL REFERENCES topics(id) ON DELETE CASCADE,
      created_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, topic_id))`,
    `CREATE INDEX topic_follows_topic ON topic_follows (topic_id)`,
    // When the topic picker was offered (shown or skipped), so it is offered once.
    `ALTER TABLE users ADD COLUMN interests_offered_at timestamptz`,
    // Optional profile signals, chosen from fixed lists (personalisation/profile.ts).
    `ALTER TABLE users ADD COLUMN profession text`,
    `ALTER TABLE users ADD COLUMN organisation_type text`,
    `CREATE TABLE feed_tokens (
      user_id integer PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
      token_hash text NOT NULL UNIQUE,
      created_at timestamptz NOT NULL)`,
    // source: 'content' (text similarity) or 'collab' (people who read this also read).
    `CREATE TABLE item_neighbours (
      item_id integer NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      source text NOT NULL CHECK (source IN ('content','collab')),
      neighbour_id integer NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      score double precision NOT NULL,
      PRIMARY KEY (item_id, source, neighbour_id))`,
    // segment: 'all', or 'orgtype:<organisation type>' for "popular with people like you".
    `CREATE TABLE item_popularity (
      segment text NOT NULL,
      item_id integer NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      score double precision NOT NULL,
      PRIMARY KEY (segment, item_id))`,
    `CREATE INDEX item_popularity_rank ON item_popularity (segment, score)`,
    `CREATE TABLE recommendation_invitations (
      user_id integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      item_id integer NOT NULL REFERENCES items(id) ON DELETE CASCADE,
      shown_at timestamptz NOT NULL,
      PRIMARY KEY (user_id, item_id))`,
    `CREATE TABLE job_state (
      name text PRIMARY KEY,
      value text NOT NULL,
      updated_at timestamptz NOT NULL)`,
    `CREATE INDEX engagement_events_created ON engagement_events (created_at)`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
