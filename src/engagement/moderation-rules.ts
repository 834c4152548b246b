// Spam and abuse heuristics: each one that fires sends a comment to the moderation queue
// (never refuses it outright), and its reason is kept so a moderator sees why it waits.

/** Words that hold a comment for a person to look at. Short on purpose: a moderator decides. */
export const BLOCKED_TERMS: readonly string[] = ['viagra', 'cialis', 'casino', 'payday loan', 'crypto giveaway', 'bitcoin doubler', 'escort service', 'buy followers', 'forex signals', 'work from home and earn'];

export const MAX_LINKS = 2;
export const RATE_WINDOW_MS = 10 * 60 * 1000;
/** More than this many comments in RATE_WINDOW_MS are held. */
export const RATE_MAX = 5;
export const REPEAT_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface HoldCheck {
  /** The Markdown as typed. */
  body: string;
  /** Links in the rendered comment. */
  linkCount: number;
  /** This person's comments since REPEAT_WINDOW_MS ago, newest first. */
  recent: readonly { body_md: string; created_at: string }[];
  /** Whether a moderator has approved one of this person's comments before. */
  isTrusted: boolean;
  now: Date;
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The reasons to hold a comment, joined for `held_reason`; empty when it can appear at once. */
export function holdReasons(check: HoldCheck): string[] {
  const reasons: string[] = [];
  if (!check.isTrusted) reasons.push('first comments');
  if (check.linkCount > MAX_LINKS) reasons.push('many links');
  const text = normalise(check.body);
  if (BLOCKED_TERMS.some((term) => new RegExp(`\\b${term.replace(/ /g, '\\s+')}\\b`, 'i').test(text))) reasons.push('blocked words');
  if (check.recent.some((c) => normalise(c.body_md) === text)) reasons.push('repeated text');
  const since = check.now.getTime() - RATE_WINDOW_MS;
  if (check.recent.filter((c) => new Date(c.created_at).getTime() >= since).length >= RATE_MAX) reasons.push('posting fast');
  return reasons;
}
