// Each recipient's "Picked for you" block and what they may be sent, from the recommender:
// a person with an account is ranked as themselves (follows, history, organisation; their
// rows read for a whole batch at once), with
// only items they can open; an address without an account gets the site's popular and new
// items, ranked once per run since it is the same for all of them.
import type { Viewer } from '../../accounts/viewer.js';
import type { CardMemo, ForYouService } from '../../personalisation/for-you-service.js';
import type { PickedEntry } from '../email/issue-email.js';
import { readerKindOf, type ReaderKind } from '../reader-kind.js';
import type { PersonSignals } from '../../personalisation/engine/types.js';

export interface RecipientCopy {
  reader: ReaderKind;
  picked: PickedEntry[];
}

/** A person as the recommender sees them: a signed-in viewer, and their own organisation type. */
export interface Person {
  viewer: Extract<Viewer, { kind: 'user' }>;
  organisationType: string | null;
}

export interface PicksDeps {
  forYou: Pick<ForYouService, 'picksFor' | 'cardMemo' | 'signalsOfMany'>;
  /** People by id, with membership, in a few queries; the gone and the suspended are absent. */
  peopleByIds: (userIds: readonly number[]) => Promise<Map<number, Person>>;
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
    // Everyone's rows in a few queries for the whole batch, then each person ranked.
    const people = await this.deps.peopleByIds(userIds.filter((id): id is number => id !== null));
    const list = [...people.values()];
    const signals = await this.deps.forYou.signalsOfMany(list.map((p) => p.viewer), new Map(list.map((p) => [p.viewer.id, p.organisationType])));
    const signalsById = new Map(list.map((p, i) => [p.viewer.id, signals[i]!]));
    const copies: RecipientCopy[] = new Array(userIds.length);
    let next = 0;
    const worker = async () => {
      while (next < userIds.length) {
        const index = next++;
        const person = people.get(userIds[index] ?? -1);
        copies[index] = person ? await this.rank(person.viewer, exclude, signalsById.get(person.viewer.id)) : await this.forAddressOnly(exclude);
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

  private async rank(viewer: Viewer, exclude: readonly number[], signals?: PersonSignals): Promise<RecipientCopy> {
    this.memo ??= this.deps.forYou.cardMemo();
    const entries = await this.deps.forYou.picksFor(viewer, { limit: PICKS_PER_RECIPIENT, exclude, cards: this.memo, signals });
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
