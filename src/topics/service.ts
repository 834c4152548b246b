import { NotFound } from '../errors.js';
import type { TopicRow } from '../db/schema.js';
import type { TopicRepo, TopicWithCount } from './repo.js';

export class TopicService {
  constructor(private readonly repo: TopicRepo) {}

  listTopics(): Promise<TopicRow[]> {
    return this.repo.listAll();
  }

  listTopicsWithCounts(): Promise<TopicWithCount[]> {
    return this.repo.listWithCounts();
  }

  async getTopic(slug: string): Promise<TopicRow> {
    const topic = await this.repo.findBySlug(slug);
    if (!topic) throw new NotFound('There is no topic with that name. It may have been renamed or removed.');
    return topic;
  }

  findTopic(slug: string): Promise<TopicRow | undefined> {
    return this.repo.findBySlug(slug);
  }
}
