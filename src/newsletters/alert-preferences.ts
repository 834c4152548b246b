// What a person chose about topic alerts: for each topic they follow, none, immediate (an
// email when something is published) or weekly (one digest). Every change is a consent record.
import type { AlertFrequency } from '../db/schema.js';
import { Invalid } from '../errors.js';
import type { AlertPreferenceRow, AlertPreferencesRepo } from './alert-preferences-repo.js';

/** Changes when the words people agree to change; kept with each consent record. */
export const ALERTS_WORDING_VERSION = 'alerts-2026-11';
export const ALERTS_WORDING = 'Email me about new items in the topics I choose, as often as I choose. I can stop at any time from any alert.';

export type AlertChoice = AlertFrequency | 'off';

export class AlertPreferences {
  constructor(private readonly deps: { repo: AlertPreferencesRepo; clock?: () => Date }) {}

  private now(): string {
    return (this.deps.clock?.() ?? new Date()).toISOString();
  }

  /** One entry per followed topic. */
  listFor(userId: number): Promise<AlertPreferenceRow[]> {
    return this.deps.repo.listForUser(userId);
  }

  /**
   * Saves choices for topics the person follows; a topic they do not follow is refused (a
   * stale form after unfollowing, or someone else's id) without saving anything.
   */
  async choose(userId: number, choices: ReadonlyMap<number, AlertChoice>, source: string): Promise<number[]> {
    const followed = new Set((await this.deps.repo.listForUser(userId)).map((r) => r.topicId));
    for (const topicId of choices.keys()) {
      if (!followed.has(topicId)) throw new Invalid('alerts', 'You no longer follow one of these topics. Reload the page to see the topics you follow.');
    }
    const values = new Map([...choices].map(([id, choice]) => [id, choice === 'off' ? null : choice] as const));
    return this.deps.repo.setChoices(userId, values, { source, wordingVersion: ALERTS_WORDING_VERSION, now: this.now() });
  }

  stopAll(userId: number, source: string): Promise<number> {
    return this.deps.repo.stopAll(userId, { source, wordingVersion: ALERTS_WORDING_VERSION, now: this.now() });
  }
}
