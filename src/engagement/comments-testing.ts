// Shared by the comment tests: items made through the content service, people with sessions,
// and posting forms the way a browser does (with the person's CSRF token).
import assert from 'node:assert/strict';
import type { AccessLevel } from '../db/schema.js';
import { Agent, csrfOf } from '../../test/agent.js';
import type { TestApp } from '../../test/helpers.js';
import { createPerson, sessionFor } from '../../test/people.js';

export interface Person {
  id: number;
  agent: Agent;
  token: string;
}

export async function person(t: TestApp, email: string, role: 'member' | 'editor' | 'admin' = 'member', name?: string): Promise<Person> {
  const id = await createPerson(t, email, role, name);
  const agent = await sessionFor(t, id);
  const token = csrfOf((await agent.get('/account/comments')).body);
  return { id, agent, token };
}

export async function makeItem(t: TestApp, slug: string, access: AccessLevel = 'public'): Promise<{ id: number; path: string }> {
  const id = await t.container.content.createItem({
    kind: 'news', slug, title: `Story ${slug}`, summary: 'A summary.', bodyMarkdown: 'The body.', status: 'published', access,
    publishedAt: new Date(Date.now() - 60_000).toISOString(), topicIds: [], authorIds: [],
  });
  return { id, path: `/news/${slug}` };
}

export function postComment(p: Person, itemId: number, body: string, parentId?: number) {
  return p.agent.post(`/items/${itemId}/comments`, { _csrf: p.token, body, ...(parentId ? { parentId: String(parentId) } : {}) });
}

/** The id in a 303 to `path#comment-N`. */
export function commentIdOf(location: string | string[] | number | undefined): number {
  const match = /#comment-(\d+)$/.exec(String(location));
  assert.ok(match, `expected a redirect to a comment, got ${String(location)}`);
  return Number(match[1]);
}

/** An active member organisation whose people (by email domain) are members. */
export async function memberOrganisation(t: TestApp, domain: string): Promise<void> {
  await t.container.members.saveOrganisation({ name: `Trust at ${domain}`, type: 'Acute trust', tier: 'standard', status: 'active', domains: domain });
}

/** A person whose first comment a moderator has approved, so later ones appear at once. */
export async function trust(t: TestApp, p: Person, moderator: Person, itemId: number): Promise<void> {
  const res = await postComment(p, itemId, `Hello from person ${p.id}, a first comment.`);
  assert.equal(res.statusCode, 303);
  const approved = await moderator.agent.post(`/admin/moderation/${commentIdOf(res.headers.location)}/approve`, { _csrf: moderator.token });
  assert.equal(approved.statusCode, 303);
}

/** The comments section of a page (empty when there is none). */
export function commentsSectionOf(html: string): string {
  const start = html.indexOf('<section class="comments"');
  if (start < 0) return '';
  // The section holds no other section, so it ends at the first closing tag after it.
  return html.slice(start, html.indexOf('</section>', start) + '</section>'.length);
}
