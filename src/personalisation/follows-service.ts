// Following topics, as ordered steps: who is asking → which topic → act. Anyone with a
// confirmed account may follow any topic (topics are public); visitors are asked to log in
// and unconfirmed accounts to confirm. Nothing here changes what anonymous pages show, so
// the page cache is left alone.
import type { Viewer } from '../accounts/viewer.js';
import { Forbidden, NotFound } from '../errors.js';
import type { FollowableTopic, FollowsRepo } from './follows-repo.js';

/** 'yes', or what stands in the way (and so which way in to offer). */
export type FollowAccess = 'yes' | 'log-in' | 'confirm';

export function followAccess(viewer: Viewer): FollowAccess {
  if (viewer.kind !== 'user') return 'log-in';
  return viewer.isEmailVerified ? 'yes' : 'confirm';
}

export const FOLLOW_REFUSALS: Record<Exclude<FollowAccess, 'yes'>, string> = {
  'log-in': 'Please log in to follow topics.',
  confirm: 'Please confirm your email address before following topics. You can ask for a new link on your account page.',
};

export interface FollowState {
  topic: FollowableTopic;
  isFollowing: boolean;
}

/** What a follow control shows: the topics, and whether the viewer follows each. */
export interface FollowPanel {
  access: FollowAccess;
  states: FollowState[];
}

export class FollowsService {
  private readonly clock: () => Date;

  constructor(private readonly deps: { repo: FollowsRepo; /** Told after a person's follows change. */ onChange?: (userId: number) => void; clock?: () => Date }) {
    this.clock = deps.clock ?? (() => new Date());
  }

  async panelFor(viewer: Viewer, topics: readonly FollowableTopic[]): Promise<FollowPanel> {
    const access = followAccess(viewer);
    const followed = viewer.kind === 'user' && access === 'yes' ? await this.deps.repo.followedAmong(viewer.id, topics.map((t) => t.id)) : new Set<number>();
    return { access, states: topics.map((topic) => ({ topic, isFollowing: followed.has(topic.id) })) };
  }

  /** The follow buttons for every topic an item is filed under. */
  async panelForItem(viewer: Viewer, itemId: number): Promise<FollowPanel> {
    return this.panelFor(viewer, await this.deps.repo.topicsOfItem(itemId));
  }

  /** Follows or unfollows; sending the same choice twice changes nothing. */
  async setFollow(viewer: Viewer, topicId: number, follow: boolean): Promise<FollowState> {
    const access = followAccess(viewer);
    if (access !== 'yes' || viewer.kind !== 'user') throw new Forbidden(FOLLOW_REFUSALS[access === 'yes' ? 'log-in' : access]);
    const topic = await this.deps.repo.findTopic(topicId);
    if (!topic) throw new NotFound('There is no topic with that number. It may have been merged or removed.');
    if (follow) await this.deps.repo.follow(viewer.id, topic.id, this.clock().toISOString());
    else await this.deps.repo.unfollow(viewer.id, topic.id);
    this.deps.onChange?.(viewer.id);
    return { topic, isFollowing: follow };
  }

  followedIds(userId: number): Promise<number[]> {
    return this.deps.repo.followedIds(userId);
  }
}
