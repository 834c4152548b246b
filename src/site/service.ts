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

export class HomeService {
  constructor(
    private readonly content: ContentService,
    private readonly topics: TopicService,
    private readonly mostRecommended: () => Promise<RecommendedItem[]> = async () => [],
  ) {}

  async homePage(): Promise<HomeModel> {
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
