// Private feed tokens: a person's "For you" list as an Atom feed a feed reader can fetch
// without a session, at `${PUBLIC_URL}/for-you/feed/<token>.xml`. The token is 32 random
// bytes (base64url, 43 characters), shown once; only its SHA-256 is stored, so a copy of the
// database opens no feed. One token per person: making a new one replaces the old.
import { hashSecret, isWellFormedSecret, newSecret } from '../accounts/tokens.js';
import type { FeedTokensRepo } from './feed-tokens-repo.js';

export class FeedTokens {
  private readonly clock: () => Date;

  constructor(private readonly deps: { repo: FeedTokensRepo; publicUrl: string; clock?: () => Date }) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** Makes a new token (replacing any other) and returns it: the only time it is seen. */
  async create(userId: number): Promise<string> {
    const token = newSecret();
    await this.deps.repo.put(userId, hashSecret(token), this.clock().toISOString());
    return token;
  }

  /** The feed's address for a token. */
  urlFor(token: string): string {
    return `${this.deps.publicUrl}/for-you/feed/${token}.xml`;
  }

  /** True when there was a token to revoke. */
  revoke(userId: number): Promise<boolean> {
    return this.deps.repo.remove(userId);
  }

  /** When the person's current token was made; undefined when they have none. */
  createdAt(userId: number): Promise<string | undefined> {
    return this.deps.repo.createdAt(userId);
  }

  /**
   * The id of the person a token belongs to; undefined for a malformed, unknown, replaced or
   * revoked token, or one whose owner is suspended. Deleting an account deletes its token.
   */
  async resolve(token: string): Promise<number | undefined> {
    if (!isWellFormedSecret(token)) return undefined;
    return this.deps.repo.ownerOf(hashSecret(token));
  }
}
