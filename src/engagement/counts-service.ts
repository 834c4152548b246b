// Fills in comment and recommend counts on a page of cards (one query per listing). The
// listing services call it through an optional hook, so content, search and the home and
// topic pages show counts without knowing about engagement.
import type { ItemCard } from '../content/presenters.js';
import { ACCESS_LABELS } from '../content/policy.js';
import type { CountsRepo } from './counts-repo.js';

export type CardDecorator = (cards: ItemCard[]) => Promise<ItemCard[]>;

export class CardCounts {
  constructor(private readonly repo: CountsRepo) {}

  /**
   * The same cards with `counts` set where there is something to count. Listing pages are
   * cached for visitors, so a card reads the same for everyone: comments on a members-only
   * item are for people who can open it, so its card shows no comment count (recommends are
   * public counts and show on every card).
   */
  readonly withCounts: CardDecorator = async (cards) => {
    if (cards.length === 0) return cards;
    const ids = [...new Set(cards.map((card) => card.id))];
    const commentIds = [...new Set(cards.filter((card) => card.accessLabel !== ACCESS_LABELS.members).map((card) => card.id))];
    const counts = await this.repo.countsFor(ids, commentIds);
    return cards.map((card) => {
      const found = counts.get(card.id);
      return found && (found.comments > 0 || found.recommends > 0) ? { ...card, counts: found } : card;
    });
  };
}
