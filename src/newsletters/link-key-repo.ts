// The key newsletter links are signed with (signed-links.ts). With SESSION_SECRET it is derived
// from it; without (a laptop), one is made on first use and kept in job_state, so links in
// emails already sent keep working after a restart and the standalone sender signs alike.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { LinkSigner, linkKeyFromSecret, newLinkKey } from './signed-links.js';

const KEY_NAME = 'newsletters.link_key';

export async function loadLinkSigner(db: Kysely<Database>, config: { sessionSecret: string; isSessionSecretGenerated: boolean }): Promise<LinkSigner> {
  if (!config.isSessionSecretGenerated) return new LinkSigner(linkKeyFromSecret(config.sessionSecret));
  const now = new Date().toISOString();
  // Two processes starting at once both insert; the first wins and both read its key.
  await db.insertInto('job_state').values({ name: KEY_NAME, value: newLinkKey(), updated_at: now }).onConflict((oc) => oc.column('name').doNothing()).execute();
  const { value } = await db.selectFrom('job_state').select('value').where('name', '=', KEY_NAME).executeTakeFirstOrThrow();
  return new LinkSigner(value);
}
