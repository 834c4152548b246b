// People for tests, made directly in the database (registration has its own tests and a
// per-IP limit): a confirmed account with a role, signed in through the real login form.
import assert from 'node:assert/strict';
import type { Role } from '../src/db/schema.js';
import { hashPassword } from '../src/accounts/passwords.js';
import { Agent } from './agent.js';
import type { TestApp } from './helpers.js';

export const TEST_PASSWORD = 'amber quarry falcon 31';

let passwordHash: Promise<string> | undefined;

export async function createPerson(t: TestApp, email: string, role: Role = 'member', name = `Person ${email.split('@')[0]}`): Promise<number> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const now = new Date().toISOString();
  return t.container.accountRepo.insertUser({
    email, name, password_hash: await passwordHash, role, organisation_name: '', job_role: '', newsletter_opt_in: 0,
    terms_accepted_at: now, email_verified_at: now, created_at: now, updated_at: now,
  });
}

/** Logs in through the real /login form (which counts towards the per-IP login limit). */
export async function signIn(t: TestApp, email: string): Promise<Agent> {
  const agent = new Agent(t.app);
  const res = await agent.submit('/login', '/login', { email, password: TEST_PASSWORD, next: '/account' });
  assert.equal(res.statusCode, 303, `${email} logs in`);
  return agent;
}

/** A session started directly, as a login would: for suites that sign many people in. */
export async function sessionFor(t: TestApp, userId: number): Promise<Agent> {
  const agent = new Agent(t.app);
  const id = await t.container.sessions.start(userId, { ip: '127.0.0.1', userAgent: 'test' });
  agent.cookies.set(t.container.accountHttp.sessionCookie, id);
  return agent;
}

/** A new person with a role, signed in. */
export async function personWithRole(t: TestApp, email: string, role: Role): Promise<Agent> {
  return sessionFor(t, await createPerson(t, email, role));
}
