// Each recipient's "Picked for you" block and what they may be sent, from the recommender:
// a person with an account is ranked as themselves (follows, history, organisation), with
// only items they can open; an address without an account gets the site's popular and new
// items, ranked once per run since it is the same for all of them.
import type { Viewer } from '../../accounts/viewer.js';
import type { CardMemo, ForYouService } from '../../personalisation/for-you-service.js';
import type { PickedEntry } from '../email/issue-email.js';
import { readerKindOf, type ReaderKind } from '../reader-kind.js';

export interface RecipientCopy {
  reader: ReaderKind;
  picked: PickedEntry[];
}

export interface PicksDeps {
  forYou: Pick<ForYouService, 'picksFor' | 'cardMemo'>;
  /** The person as a signed-in viewer (with membership); undefined when gone or suspended. */
  viewerOf: (userId: number) => Promise<Viewer | undefined>;
  publicUrl: string;
}

/** Three picks: enough to be worth a section, few enough to keep the issue about its own items. */
export const PICKS_PER_RECIPIENT = 3;

/** How many people are ranked at once: their queries overlap without flooding the pool. */
const CONCURRENCY = 8;

const ANONYMOUS: Viewer = { kind: 'anonymous' };

export class NewsletterPicks {
  private shared: { key: string; copy: Promise<RecipientCopy> } | undefined;
  private memo: CardMemo | undefined;

  constructor(private readonly deps: PicksDeps) {}

  /** The copy for each recipient (by their position in `userIds`; null: no account). */
  async forRecipients(userIds: readonly (number | null)[], exclude: readonly number[]): Promise<RecipientCopy[]> {
    const copies: RecipientCopy[] = new Array(userIds.length);
    let next = 0;
    const worker = async () => {
      while (next < userIds.length) {
        const index = next++;
        const userId = userIds[index];
        copies[index] = userId === null || userId === undefined ? await this.forAddressOnly(exclude) : await this.forPerson(userId, exclude);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, userIds.length) }, worker));
    return copies;
  }

  private forAddressOnly(exclude: readonly number[]): Promise<RecipientCopy> {
    const key = exclude.join(',');
    if (this.shared?.key !== key) {
      const copy = this.rank(ANONYMOUS, exclude);
      copy.catch(() => (this.shared = undefined));
      this.shared = { key, copy };
    }
    return this.shared.copy;
  }

  private async forPerson(userId: number, exclude: readonly number[]): Promise<RecipientCopy> {
    const viewer = await this.deps.viewerOf(userId);
    return viewer ? this.rank(viewer, exclude) : this.forAddressOnly(exclude);
  }

  private async rank(viewer: Viewer, exclude: readonly number[]): Promise<RecipientCopy> {
    this.memo ??= this.deps.forYou.cardMemo();
    const entries = await this.deps.forYou.picksFor(viewer, { limit: PICKS_PER_RECIPIENT, exclude, cards: this.memo });
    return {
      reader: readerKindOf(viewer),
      picked: entries.map((e) => ({ title: e.card.title, url: this.deps.publicUrl + e.card.path, summary: e.card.summary, reason: e.reason })),
    };
  }

  /** Forgets the shared list and the cards (a new run may have new popular or edited items). */
  reset(): void {
    this.shared = undefined;
    this.memo = undefined;
  }
}
