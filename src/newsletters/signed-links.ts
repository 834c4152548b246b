// Links in newsletter and alert emails that work without logging in: the preference centre,
// unsubscribe (https and mailto) and the per-recipient return path (VERP). They are signed
// with the newsletter key rather than stored: an email may be opened years later, and a
// database copy holds nothing that opens them. A subscriber's token_version is part of the
// signature, so bumping it revokes every link ever sent to them.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Whose links: 's' a newsletter subscriber (by subscriber id), 'a' a person's topic alerts (by user id). */
export type LinkOwner = { kind: 's'; id: number; version: number } | { kind: 'a'; id: number; version: number };

/** The key every signature here is made with: derived from SESSION_SECRET, or kept in the database. */
export class LinkSigner {
  constructor(private readonly key: string) {}

  private sign(text: string, length: number): string {
    return createHmac('sha256', this.key).update(text).digest('hex').slice(0, length);
  }

  /** "s.12.1.<sig>": safe in a URL path and in an email local part (lower-case, dots, digits). */
  tokenFor(owner: LinkOwner): string {
    const body = `${owner.kind}.${owner.id}.${owner.version}`;
    return `${body}.${this.sign(`link:${body}`, 32)}`;
  }

  /** The owner a token names, when its signature is right; the caller checks the version is current. */
  readToken(token: string): LinkOwner | undefined {
    const match = /^([sa])\.(\d{1,12})\.(\d{1,9})\.([0-9a-f]{32})$/.exec(token.toLowerCase());
    if (!match) return undefined;
    const body = `${match[1]}.${match[2]}.${match[3]}`;
    if (!sameText(this.sign(`link:${body}`, 32), match[4]!)) return undefined;
    return { kind: match[1] as 's' | 'a', id: Number(match[2]), version: Number(match[3]) };
  }

  /**
   * The envelope sender (Return-Path) for one message, e.g. "bounce+n42-1f2e3d4c5b@example.org":
   * a bounce comes back to an address that says which message bounced. tag: 'n<delivery id>'
   * for a newsletter delivery, 'u<user id>' for other mail to a person.
   */
  returnPath(tag: string, domain: string): string {
    if (!/^[nu]\d{1,12}$/.test(tag)) throw new Error(`Not a return-path tag: ${tag}`);
    return `bounce+${tag}-${this.sign(`verp:${tag}`, 10)}@${domain}`;
  }

  /** The tag of a return path made by returnPath(), when its signature is right. */
  readReturnPath(address: string): { kind: 'delivery' | 'user'; id: number } | undefined {
    const match = /^bounce\+([nu])(\d{1,12})-([0-9a-f]{10})@/i.exec(address.trim());
    if (!match) return undefined;
    const tag = `${match[1]!.toLowerCase()}${match[2]}`;
    if (!sameText(this.sign(`verp:${tag}`, 10), match[3]!.toLowerCase())) return undefined;
    return { kind: match[1]!.toLowerCase() === 'n' ? 'delivery' : 'user', id: Number(match[2]) };
  }

  /** The mailto unsubscribe address for List-Unsubscribe: "unsubscribe+<token>@domain". */
  unsubscribeMailbox(owner: LinkOwner, domain: string): string {
    return `unsubscribe+${this.tokenFor(owner)}@${domain}`;
  }

  /** The token in an address made by unsubscribeMailbox(), unchecked (readToken checks it). */
  static tokenInMailbox(address: string): string | undefined {
    return /^unsubscribe\+([^@\s]+)@/i.exec(address.trim())?.[1];
  }
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A key for a new site with no SESSION_SECRET: made once, then kept (see NewsletterKeyStore). */
export function newLinkKey(): string {
  return randomBytes(32).toString('hex');
}

/** From SESSION_SECRET, a key of its own for links, so neither value reveals the other. */
export function linkKeyFromSecret(sessionSecret: string): string {
  return createHmac('sha256', sessionSecret).update('pulse newsletter links').digest('hex');
}
