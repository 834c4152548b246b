import type { AccessLevel, ItemKind, TopicRow } from '../db/schema.js';
import type { Viewer } from '../accounts/viewer.js';
import { canRead } from '../content/policy.js';
import { presentCard, type ItemCard } from '../content/presenters.js';
import { LISTED_KINDS } from '../content/service.js';
import type { ContentRepo } from '../content/repo.js';
import { paginate, PAGE_SIZE, type Pagination } from '../platform/pagination.js';
import type { TopicService } from '../topics/service.js';
import { highlight, parseQuery } from './query.js';
import { CANDIDATE_LIMIT, type SearchRepo } from './repo.js';

export interface SearchRequest {
  q: string;
  topic: string | undefined;
  kind: ItemKind | undefined;
  page: number;
}

export interface SearchHit {
  card: ItemCard;
  snippetHtml: string;
}

export interface SearchOutcome {
  query: string;
  hasQuery: boolean;
  wasShortened: boolean;
  /** 'any' when no item had every word, so we widened to items with any of them. */
  mode: 'all' | 'any';
  /** True when more items matched than are ranked (see CANDIDATE_LIMIT). */
  isCapped: boolean;
  hits: SearchHit[];
  pagination: Pagination;
  topic: TopicRow | undefined;
  unknownTopic: string | undefined;
  kind: ItemKind | undefined;
  topics: TopicRow[];
}

const ACCESS_LEVELS: readonly AccessLevel[] = ['public', 'registered', 'members'];

export class SearchService {
  constructor(
    private readonly repo: SearchRepo,
    private readonly content: ContentRepo,
    private readonly topics: TopicService,
    /** Adds comment and recommend counts to a page of cards (see engagement/counts-service.ts). */
    private readonly decorateCards: (cards: ItemCard[]) => Promise<ItemCard[]> = async (cards) => cards,
  ) {}

  async search(viewer: Viewer, request: SearchRequest): Promise<SearchOutcome> {
    const parsed = parseQuery(request.q);
    const topics = await this.topics.listTopics();
    const topic = request.topic ? topics.find((t) => t.slug === request.topic) : undefined;
    const base = {
      query: parsed.text,
      hasQuery: parsed.terms.length > 0,
      wasShortened: parsed.wasShortened,
      topic,
      unknownTopic: request.topic && !topic ? request.topic : undefined,
      kind: request.kind,
      topics,
    };
    if (parsed.terms.length === 0) return { ...base, mode: 'all', isCapped: false, hits: [], pagination: paginate(1, 0) };

    const filter = {
      terms: parsed.terms,
      kinds: request.kind ? [request.kind] : LISTED_KINDS,
      topicId: topic?.id,
      readable: ACCESS_LEVELS.filter((level) => canRead(viewer, level)),
    };
    const offset = (request.page - 1) * PAGE_SIZE;
    let mode: 'all' | 'any' = 'all';
    let result = await this.repo.search({ ...filter, mode }, { limit: PAGE_SIZE, offset });
    if (result.total === 0 && parsed.terms.length > 1) {
      mode = 'any';
      result = await this.repo.search({ ...filter, mode }, { limit: PAGE_SIZE, offset });
    }
    const pagination = paginate(request.page, result.total);
    const topicsByItem = await this.content.topicsFor(result.rows.map((r) => r.id));
    const cards = await this.decorateCards(result.rows.map((row) => presentCard(row, topicsByItem.get(row.id) ?? [])));
    const hits = result.rows.map((row, i) => ({ card: cards[i]!, snippetHtml: highlight(row.snippet ?? '') }));
    return { ...base, mode, isCapped: result.total >= CANDIDATE_LIMIT, hits, pagination };
  }
}
