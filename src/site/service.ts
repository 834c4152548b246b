// The home page's sections, gathered in one place.
import type { ContentService } from '../content/service.js';
import type { ItemCard, TopicLink } from '../content/presenters.js';
import { presentTopic } from '../content/presenters.js';
import type { TopicService } from '../topics/service.js';
import type { RecommendedItem } from '../engagement/reactions-service.js';

export interface HomeModel {
  lead: ItemCard | undefined;
  latest: ItemCard[];
  topicSections: { topic: TopicLink & { description: string }; cards: ItemCard[] }[];
  upcomingEvents: ItemCard[];
  /** Site-wide, from engagement; empty until someone recommends something. */
  mostRecommended: RecommendedItem[];
}

const HOME_MODEL_MS = 60_000;

export class HomeService {
  constructor(
    private readonly content: ContentService,
    private readonly topics: TopicService,
    private readonly mostRecommended: () => Promise<RecommendedItem[]> = async () => [],
  ) {}

  private kept: { until: number; model: Promise<HomeModel> } | undefined;

  /** Drops the kept model (content or settings changed). */
  forget(): void {
    this.kept = undefined;
  }

  /**
   * The home page's model, the same for everyone. Visitors get the cached page; signed-in
   * people's pages are rendered each time, so the model is kept for up to a minute (the
   * upcoming events and most recommended move on their own) or until content changes.
   */
  homePage(): Promise<HomeModel> {
    const now = Date.now();
    if (!this.kept || this.kept.until <= now) {
      const model = this.buildHomePage();
      model.catch(() => (this.kept = undefined));
      this.kept = { until: now + HOME_MODEL_MS, model };
    }
    return this.kept.model;
  }

  private async buildHomePage(): Promise<HomeModel> {
    const [latestListing, topics, events, mostRecommended] = await Promise.all([
      this.content.listLatest({ kinds: ['news', 'report'], pageSize: 7 }),
      this.topics.listTopics(),
      this.content.listEvents('upcoming', 1, 3),
      this.mostRecommended(),
    ]);
    // The lead is the newest story a visitor can read in full and that has a picture.
    const cards = latestListing.cards;
    const lead = cards.find((c) => c.hero && c.accessLabel === undefined) ?? cards[0];
    const latest = cards.filter((c) => c !== lead).slice(0, 6);
    const shown = new Set([lead?.id, ...latest.map((c) => c.id)]);
    const topicSections = await Promise.all(
      topics.map(async (topic) => {
        const topicCards = await this.content.listTopicLatest(topic.id, 6);
        return { topic: { ...presentTopic(topic), description: topic.description }, cards: topicCards.filter((c) => !shown.has(c.id)).slice(0, 3) };
      }),
    );
    return { lead, latest, topicSections: topicSections.filter((s) => s.cards.length > 0), upcomingEvents: events.cards, mostRecommended };
  }
}
