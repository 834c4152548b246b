// A person's interests: the topics they follow, chosen all at once on the picker, and two
// optional profile signals from fixed lists (profile.ts). Members are not asked their
// organisation's type: their membership says it. The picker is offered once after an
// address is confirmed; saving or skipping it records that it was offered.
import type { Viewer } from '../accounts/viewer.js';
import { Forbidden, Invalid } from '../errors.js';
import type { InterestsRepo } from './interests-repo.js';
import { isOrganisationType, isProfession } from './profile.js';

export interface PickableTopic {
  id: number;
  name: string;
  description: string;
}

/** What the form sent, as sent: kept on the page when it is refused. */
export interface InterestsInput {
  topics: readonly string[];
  profession: string;
  organisationType: string;
}

export interface InterestsForm {
  topics: PickableTopic[];
  values: InterestsInput;
  /** A member's organisation type, shown instead of the question. */
  memberOrganisationType: string | undefined;
  memberOrganisationName: string | undefined;
}

type SignedIn = Extract<Viewer, { kind: 'user' }>;

export class InterestsService {
  private readonly clock: () => Date;

  constructor(private readonly deps: { repo: InterestsRepo; listTopics: () => Promise<readonly PickableTopic[]>; followedIds: (userId: number) => Promise<number[]>; onChange?: (userId: number) => void; clock?: () => Date }) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** The form as saved now, or (after a refusal) with what was sent. */
  async form(viewer: SignedIn, sent?: InterestsInput): Promise<InterestsForm> {
    const topics = [...(await this.deps.listTopics())].map((t) => ({ id: t.id, name: t.name, description: t.description }));
    let values = sent;
    if (!values) {
      const [profile, followed] = await Promise.all([this.deps.repo.profileOf(viewer.id), this.deps.followedIds(viewer.id)]);
      values = { topics: followed.map(String), profession: profile?.profession ?? '', organisationType: profile?.organisation_type ?? '' };
    }
    return { topics, values, memberOrganisationType: viewer.membership?.organisationType, memberOrganisationName: viewer.membership?.organisationName };
  }

  /** Whether the one-time picker should be offered: a confirmed account that has not seen it. */
  async shouldOffer(viewer: Viewer): Promise<boolean> {
    if (viewer.kind !== 'user' || !viewer.isEmailVerified) return false;
    const profile = await this.deps.repo.profileOf(viewer.id);
    return profile !== undefined && profile.interests_offered_at === null;
  }

  async skip(viewer: SignedIn): Promise<void> {
    // Unconfirmed people are never shown the picker, so it stays to be offered after confirming.
    await this.requireConfirmed(viewer);
    await this.deps.repo.markOffered(viewer.id, this.clock().toISOString());
  }

  /**
   * Checks every field, then saves the whole set. Unknown topics, repeated or too many
   * values, and anything not on the fixed lists are refused with a message per field.
   */
  async requireConfirmed(viewer: SignedIn): Promise<void> {
    if (!viewer.isEmailVerified) throw new Forbidden('Please confirm your email address first. You can ask for a new link on your account page.');
  }

  async save(viewer: SignedIn, input: InterestsInput): Promise<void> {
    await this.requireConfirmed(viewer);
    const known = new Map((await this.deps.listTopics()).map((t) => [String(t.id), t.id]));
    const chosen = new Set(input.topics);
    let topicsProblem: string | undefined;
    if (input.topics.length > known.size || chosen.size !== input.topics.length) {
      topicsProblem = `Choose each topic at most once, from the ${known.size} listed.`;
    } else if ([...chosen].some((id) => !known.has(id))) {
      topicsProblem = 'One of the topics chosen is not on the list (it may have just been merged or removed). Check the list and save again.';
    }
    const profession = input.profession.trim();
    const organisationType = input.organisationType.trim();
    const isMember = viewer.membership !== undefined;
    Invalid.check({
      topics: topicsProblem,
      profession: profession === '' || isProfession(profession) ? undefined : 'Choose a profession from the list, or “Not given”.',
      organisation_type: isMember || organisationType === '' || isOrganisationType(organisationType) ? undefined : 'Choose a type of organisation from the list, or “Not given”.',
    });
    await this.deps.repo.save(viewer.id, {
      topicIds: [...chosen].map((id) => known.get(id)!),
      profession: profession || null,
      // A member's type comes from their organisation; what they gave before is left as it was.
      organisationType: isMember ? undefined : organisationType || null,
      now: this.clock().toISOString(),
    });
    this.deps.onChange?.(viewer.id);
  }

  /** A person's interests for their data export. */
  async exportFor(userId: number): Promise<{ followedTopics: string[]; profession: string | null; organisationType: string | null; pickerOfferedAt: string | null }> {
    const [profile, followed, topics] = await Promise.all([this.deps.repo.profileOf(userId), this.deps.followedIds(userId), this.deps.listTopics()]);
    const names = new Map(topics.map((t) => [t.id, t.name]));
    return {
      followedTopics: followed.map((id) => names.get(id) ?? String(id)),
      profession: profile?.profession ?? null,
      organisationType: profile?.organisation_type ?? null,
      pickerOfferedAt: profile?.interests_offered_at ?? null,
    };
  }
}
