// Email addresses typed by a person for a share or a gift. Only plain addresses pass: no
// names, no angle brackets, no quotes, no line breaks, so nothing typed can become a header
// or a second recipient. Only a hash of an address is ever stored.
import { createHash } from 'node:crypto';

const LOCAL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/;
const DOMAIN = /^(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$/;

/** A plain address like name@example.org (what a mail server accepts without quoting). */
export function isPlainAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at < 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  return local.length <= 64 && LOCAL.test(local) && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..') && DOMAIN.test(domain);
}

/** The addresses in what was typed: one per line, or separated by commas, semicolons or spaces. */
export function splitAddresses(typed: string): string[] {
  return typed.split(/[\s,;]+/).map((part) => part.trim()).filter((part) => part !== '');
}

/** SHA-256 (hex) of the lower-cased address: enough to count and limit, useless to mail. */
export function hashAddress(address: string): string {
  return createHash('sha256').update(address.trim().toLowerCase()).digest('hex');
}
