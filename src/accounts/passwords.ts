// Password rules and hashing (OWASP ASVS 5.0 V6): 8 to 128 characters, not on a list of
// common or breached passwords, stored as argon2id with m=19456 KiB, t=2, p=1.
import { hash, verify } from '@node-rs/argon2';
import { createRequire } from 'node:module';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

// Algorithm 2 is argon2id in @node-rs/argon2 (its const enum cannot be imported under
// verbatimModuleSyntax); it is also the library's default.
const ARGON2ID = 2;
export const HASH_OPTIONS = { algorithm: ARGON2ID, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;
const PARAMS = `m=${HASH_OPTIONS.memoryCost},t=${HASH_OPTIONS.timeCost},p=${HASH_OPTIONS.parallelism}`;

// The common-passwords dictionary shipped with zxcvbn-ts (49,000 entries from breach
// corpora), loaded once.
const require = createRequire(import.meta.url);
let commonPasswords: Set<string> | undefined;
function isCommon(password: string): boolean {
  if (!commonPasswords) {
    const language = require('@zxcvbn-ts/language-common') as { dictionary: Record<string, string[]> };
    commonPasswords = new Set((language.dictionary['passwords-common'] ?? []).map((p) => p.toLowerCase()));
    if (commonPasswords.size < 10_000) throw new Error('The common-passwords list did not load');
  }
  return commonPasswords.has(password.toLowerCase());
}

/** Why a password cannot be used, in words a person can act on, or undefined when it is fine. */
export function passwordProblem(password: string, context: { email?: string; name?: string } = {}): string | undefined {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return `Use at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (length > MAX_PASSWORD_LENGTH) return `Use at most ${MAX_PASSWORD_LENGTH} characters.`;
  if (isCommon(password)) return 'That password is too common: it appears in lists used by attackers. Choose another.';
  const lowered = password.toLowerCase();
  const emailName = context.email?.split('@')[0]?.toLowerCase();
  if ((emailName && emailName.length >= 4 && lowered.includes(emailName)) || (context.name && context.name.length >= 4 && lowered === context.name.toLowerCase())) {
    return 'Your password should not contain your name or email address.';
  }
  return undefined;
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, HASH_OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** True when a stored hash was made with other parameters (rehash it at the next login). */
export function needsRehash(stored: string): boolean {
  return !stored.startsWith('$argon2id$') || !stored.includes(`$${PARAMS}$`);
}

// A real hash to verify against when the email is unknown, so that answer takes as long
// as a wrong password for a real account (no timing difference reveals who is registered).
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword('pulse-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
  return false;
}
