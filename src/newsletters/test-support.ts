// Fixtures for newsletter tests: subscribers and issues made directly in the database (the
// sign-up and composer have their own tests), and the published items to put in an issue.
import type { TestApp } from '../../test/helpers.js';
import type { AccessLevel, SubscriberStatus } from '../db/schema.js';

export async function addSubscriber(t: TestApp, email: string, options: { status?: SubscriberStatus; userId?: number } = {}): Promise<number> {
  const now = new Date().toISOString();
  const { id } = await t.container.db.kysely.insertInto('newsletter_subscribers')
    .values({ email: email.toLowerCase(), user_id: options.userId ?? null, status: options.status ?? 'active', confirm_token_hash: null, confirm_expires_at: null, created_at: now, confirmed_at: options.status === 'pending' ? null : now, unsubscribed_at: null, updated_at: now })
    .returning('id').executeTakeFirstOrThrow();
  return id;
}

/** Many active subscribers in one go: "reader0@…" to "reader<n-1>@…". */
export async function addSubscribers(t: TestApp, count: number, domain: string): Promise<string[]> {
  const now = new Date().toISOString();
  const emails = Array.from({ length: count }, (_, i) => `reader${i}@${domain}`);
  for (let i = 0; i < emails.length; i += 200) {
    await t.container.db.kysely.insertInto('newsletter_subscribers')
      .values(emails.slice(i, i + 200).map((email) => ({ email, user_id: null, status: 'active' as const, confirm_token_hash: null, confirm_expires_at: null, created_at: now, confirmed_at: now, unsubscribed_at: null, updated_at: now })))
      .execute();
  }
  return emails;
}

export async function suppress(t: TestApp, email: string): Promise<void> {
  await t.container.db.kysely.insertInto('email_suppressions').values({ email: email.toLowerCase(), reason: 'hard-bounce', created_at: new Date().toISOString() }).execute();
}

/** A published item of this access level (the demo content has each). */
export async function publishedItem(t: TestApp, access: AccessLevel, skip = 0): Promise<{ id: number; title: string }> {
  return t.container.db.kysely.selectFrom('items').select(['id', 'title']).where('status', '=', 'published').where('access', '=', access).where('kind', '!=', 'page')
    .orderBy('id').offset(skip).limit(1).executeTakeFirstOrThrow();
}

/** A draft issue with these items, then marked for sending now, as "Send now" does. */
export async function issueReadyToSend(t: TestApp, subject: string, itemIds: number[]): Promise<number> {
  const id = await t.container.newsletters.issues.createDraft({ subject, introMd: 'Welcome to this month’s **roundup**.', itemIds, createdBy: null });
  const now = new Date().toISOString();
  await t.container.db.kysely.updateTable('newsletter_issues').set({ status: 'sending', started_at: now, updated_at: now }).where('id', '=', id).execute();
  return id;
}
