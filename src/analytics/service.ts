// Analytics use cases: recording views (through the recorder) and the reports the admin
// screens, CSV exports and the dashboard's readership glance read.
import type { AccessLevel } from '../db/schema.js';
import { itemPath } from '../content/urls.js';
import { NotFound } from '../errors.js';
import type { AnalyticsRepo, DayCount, DayRange, TopItemRow } from './repo.js';
import type { ViewRecorder, ViewSignal } from './recorder.js';

export const PERIODS = [7, 30, 90] as const;
export type Period = (typeof PERIODS)[number];
export const ACCESS_LEVELS: readonly AccessLevel[] = ['public', 'registered', 'members'];
const TOP_LIMIT = 10;

export interface DailyPoint {
  day: string;
  views: number;
  visitors: number;
}

export interface GrowthPoint {
  day: string;
  registrations: number;
  /** Confirmed accounts at the end of the day. */
  confirmedTotal: number;
  /** Confirmed accounts whose email domain belongs to an active member organisation. */
  memberTotal: number;
}

export interface AnalyticsReport {
  period: Period;
  range: DayRange;
  daily: DailyPoint[];
  totals: { views: number; visitorDays: number };
  top: TopItemRow[];
  topics: { slug: string; name: string }[];
  topic: { slug: string; name: string; items: TopItemRow[] } | undefined;
  byAccess: { access: AccessLevel; items: TopItemRow[] }[];
  growth: GrowthPoint[];
  engagement: EngagementLine[];
}

/** One engagement count shown on the analytics screen. */
export interface EngagementLine {
  label: string;
  count: number;
}

/**
 * The hook for engagement that later domains add (comments, ratings, recommends, shares):
 * each passes a source to the service in container.ts and it appears on the screen.
 */
export interface EngagementSource {
  label: string;
  count(range: DayRange): Promise<number>;
}

export interface WeekGlance {
  views: number;
  /** Daily unique visitors added up over the 7 days (a visitor is only recognised within a day). */
  visitors: number;
  top: { title: string; path: string; views: number }[];
}

/** Every UTC day of the range, oldest first. */
export function daysOf(range: DayRange): string[] {
  const days: string[] = [];
  const cursor = new Date(`${range.from}T00:00:00.000Z`);
  for (let day = range.from; day <= range.to; day = cursor.toISOString().slice(0, 10)) {
    days.push(day);
    cursor.setUTCDate(cursor.getUTCDate() + 1);
  }
  return days;
}

function countsByDay(rows: readonly DayCount[]): Map<string, number> {
  return new Map(rows.map((r) => [r.day, r.count]));
}

export class AnalyticsService {
  private readonly repo: AnalyticsRepo;
  private readonly recorder: ViewRecorder;
  private readonly engagementSources: readonly EngagementSource[];
  private readonly clock: () => number;

  constructor(deps: { repo: AnalyticsRepo; recorder: ViewRecorder; engagementSources?: readonly EngagementSource[]; clock?: () => number }) {
    this.repo = deps.repo;
    this.recorder = deps.recorder;
    this.engagementSources = deps.engagementSources ?? [];
    this.clock = deps.clock ?? Date.now;
  }

  /** Called for every response, from the page cache and from Fastify. Synchronous and cheap. */
  record(signal: ViewSignal): void {
    this.recorder.record(signal);
  }

  /** Writes the counts held in memory (tests call this; a timer does it every 10 s). */
  flush(): Promise<void> {
    return this.recorder.flush();
  }

  start(): void {
    this.recorder.start();
  }

  /** Stops the timer and writes what is left: called from container.close(). */
  close(): Promise<void> {
    return this.recorder.stop();
  }

  /** The last `days` UTC days, ending today. */
  rangeFor(days: number): DayRange {
    const to = new Date(this.clock());
    const from = new Date(to);
    from.setUTCDate(from.getUTCDate() - (days - 1));
    return { from: from.toISOString().slice(0, 10), to: to.toISOString().slice(0, 10) };
  }

  async daily(range: DayRange): Promise<DailyPoint[]> {
    // What this process has counted but not yet written is shown too.
    await this.flush();
    const [views, visitors] = await Promise.all([this.repo.viewsPerDay(range), this.repo.visitorsPerDay(range)]);
    const viewsBy = countsByDay(views);
    const visitorsBy = countsByDay(visitors);
    return daysOf(range).map((day) => ({ day, views: viewsBy.get(day) ?? 0, visitors: visitorsBy.get(day) ?? 0 }));
  }

  /** The most-read items; a topic slug that does not exist is a 404. */
  async top(range: DayRange, filter: { topicSlug?: string; access?: AccessLevel; limit?: number } = {}): Promise<TopItemRow[]> {
    await this.flush();
    let topicId: number | undefined;
    if (filter.topicSlug) {
      const topic = await this.repo.findTopicBySlug(filter.topicSlug);
      if (!topic) throw new NotFound('There is no topic with that name.');
      topicId = topic.id;
    }
    return this.repo.topItems(range, { topicId, access: filter.access, limit: filter.limit ?? TOP_LIMIT });
  }

  async growth(range: DayRange): Promise<GrowthPoint[]> {
    const [registrations, confirmed, members] = await Promise.all([
      this.repo.registrationsPerDay(range),
      this.repo.confirmationsPerDay(range, { memberDomainsOnly: false }),
      this.repo.confirmationsPerDay(range, { memberDomainsOnly: true }),
    ]);
    const registrationsBy = countsByDay(registrations);
    const confirmedBy = countsByDay(confirmed.perDay);
    const membersBy = countsByDay(members.perDay);
    let confirmedTotal = confirmed.before;
    let memberTotal = members.before;
    return daysOf(range).map((day) => {
      confirmedTotal += confirmedBy.get(day) ?? 0;
      memberTotal += membersBy.get(day) ?? 0;
      return { day, registrations: registrationsBy.get(day) ?? 0, confirmedTotal, memberTotal };
    });
  }

  /** What exists today, then whatever later domains add through engagementSources. */
  async engagement(range: DayRange): Promise<EngagementLine[]> {
    const [counts, extra] = await Promise.all([this.repo.engagementCounts(range), Promise.all(this.engagementSources.map(async (s) => ({ label: s.label, count: await s.count(range) })))]);
    return [
      { label: 'Registrations', count: counts.registrations },
      { label: 'Email addresses confirmed', count: counts.confirmations },
      { label: 'Requests to join a member organisation', count: counts.membershipRequests },
      { label: 'Member benefits chosen', count: counts.benefitChoices },
      ...extra,
    ];
  }

  async report(options: { period: Period; topicSlug?: string }): Promise<AnalyticsReport> {
    const range = this.rangeFor(options.period);
    const daily = await this.daily(range);
    const [top, topics, topicItems, byAccess, growth, engagement] = await Promise.all([
      this.top(range),
      this.repo.listTopics(),
      options.topicSlug ? this.top(range, { topicSlug: options.topicSlug }) : Promise.resolve(undefined),
      Promise.all(ACCESS_LEVELS.map(async (access) => ({ access, items: await this.top(range, { access, limit: 5 }) }))),
      this.growth(range),
      this.engagement(range),
    ]);
    const topic = options.topicSlug && topicItems ? topics.find((t) => t.slug === options.topicSlug) : undefined;
    return {
      period: options.period,
      range,
      daily,
      totals: { views: daily.reduce((sum, d) => sum + d.views, 0), visitorDays: daily.reduce((sum, d) => sum + d.visitors, 0) },
      top,
      topics: topics.map((t) => ({ slug: t.slug, name: t.name })),
      topic: topic && topicItems ? { slug: topic.slug, name: topic.name, items: topicItems } : undefined,
      byAccess,
      growth,
      engagement,
    };
  }

  /** This week's readership for the dashboard: the last 7 days, ending today. */
  async weekGlance(): Promise<WeekGlance> {
    const range = this.rangeFor(7);
    const [daily, top] = await Promise.all([this.daily(range), this.top(range, { limit: 5 })]);
    return {
      views: daily.reduce((sum, d) => sum + d.views, 0),
      visitors: daily.reduce((sum, d) => sum + d.visitors, 0),
      top: top.map((t) => ({ title: t.title, path: itemPath(t.kind, t.slug), views: t.views })),
    };
  }
}
