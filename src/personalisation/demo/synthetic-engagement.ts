// Synthetic readers and engagement for benchmarks: people with one or two favourite topics
// and an organisation type, who mostly read (sometimes rate, recommend, share, comment or
// gift) items of their favourite topics, the popular ones more often, over the last year.
import type { Progress } from '../../platform/progress.js';
import type { EngagementKind } from '../../db/schema.js';
import { ORGANISATION_TYPES } from '../profile.js';
import type { SyntheticEngagementRepo } from './synthetic-repo.js';

export interface SyntheticEngagementOptions {
  people: number;
  events: number;
  random: () => number;
  now: Date;
  /** Events are spread over this many days before `now` (default a year). */
  withinDays?: number;
  progress?: Progress;
}

const KINDS: [EngagementKind, number][] = [['read', 0.86], ['rate', 0.05], ['recommend', 0.03], ['comment', 0.03], ['share', 0.02], ['gift', 0.01]];

function pickKind(u: number): EngagementKind {
  let sum = 0;
  for (const [kind, share] of KINDS) if (u < (sum += share)) return kind;
  return 'read';
}

/** Returns the ids of the people made, in order. */
export async function seedSyntheticEngagement(repo: SyntheticEngagementRepo, options: SyntheticEngagementOptions): Promise<number[]> {
  const { random, now } = options;
  const spanMs = (options.withinDays ?? 365) * 86_400_000;
  const items = await repo.itemsWithTopics();
  const byTopic = new Map<number, number[]>();
  for (const item of items) for (const t of item.topicIds) (byTopic.get(t) ?? byTopic.set(t, []).get(t)!).push(item.id);
  // A fixed shuffle per topic decides which items are the popular ones (not simply the newest).
  for (const list of byTopic.values()) for (let i = list.length - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [list[i], list[j]] = [list[j]!, list[i]!]; }
  const topics = [...byTopic.keys()];
  const allIds = items.map((i) => i.id);
  const pick = (list: number[]) => list[Math.floor(list.length * random() ** 2.5)]!;

  options.progress?.start(options.people + options.events);
  const stamp = now.toISOString();
  const peopleIds: number[] = [];
  const favourites: number[][] = [];
  const BATCH = 5_000;
  for (let done = 0; done < options.people; done += BATCH) {
    const batch = [];
    for (let i = done; i < Math.min(options.people, done + BATCH); i++) {
      batch.push({
        email: `reader${i}@synthetic.example`, name: `Reader ${i}`, password_hash: null, role: 'member' as const, organisation_name: '', job_role: '',
        newsletter_opt_in: 0, terms_accepted_at: stamp, email_verified_at: stamp, created_at: stamp, updated_at: stamp,
        organisation_type: ORGANISATION_TYPES[Math.floor(random() * ORGANISATION_TYPES.length)]!,
      });
      const first = topics[Math.floor(random() * topics.length)]!;
      favourites.push(random() < 0.5 ? [first] : [first, topics[Math.floor(random() * topics.length)]!]);
    }
    const ids = await repo.insertPeople(batch);
    peopleIds.push(...ids);
    const follows = ids.flatMap((id, k) => (random() < 0.6 ? [...new Set(favourites[done + k]!)].map((topic_id) => ({ user_id: id, topic_id, created_at: stamp })) : []));
    await repo.insertFollows(follows);
    options.progress?.tick(peopleIds.length);
  }

  const perPerson = options.events / Math.max(1, options.people);
  let written = 0;
  let rows: { user_id: number; item_id: number; kind: EngagementKind; value: number; created_at: string }[] = [];
  for (let p = 0; p < peopleIds.length && written < options.events; p++) {
    const count = Math.min(500, Math.max(1, Math.round(-Math.log(1 - random()) * perPerson)));
    for (let e = 0; e < count && written + rows.length < options.events; e++) {
      const fav = favourites[p]!;
      const list = random() < 0.8 ? byTopic.get(fav[Math.floor(random() * fav.length)]!)! : allIds;
      const kind = pickKind(random());
      rows.push({ user_id: peopleIds[p]!, item_id: pick(list), kind, value: kind === 'rate' ? 1 + Math.floor(random() * 5) : 1, created_at: new Date(now.getTime() - random() * spanMs).toISOString() });
    }
    if (rows.length >= 20_000 || p === peopleIds.length - 1) {
      await repo.insertEvents(rows);
      written += rows.length;
      rows = [];
      options.progress?.tick(peopleIds.length + written);
    }
  }
  // Whatever the per-person draw left short is spread over random people.
  while (written < options.events) {
    const n = Math.min(20_000, options.events - written);
    for (let i = 0; i < n; i++) {
      const p = Math.floor(random() * peopleIds.length);
      const fav = favourites[p]!;
      rows.push({ user_id: peopleIds[p]!, item_id: pick(byTopic.get(fav[0]!)!), kind: 'read', value: 1, created_at: new Date(now.getTime() - random() * spanMs).toISOString() });
    }
    await repo.insertEvents(rows);
    written += rows.length;
    rows = [];
    options.progress?.tick(peopleIds.length + written);
  }
  options.progress?.finish(`${peopleIds.length} people, ${written} events`);
  return peopleIds;
}
