// Following topics over HTTP, with JavaScript off (forms post and come back to
// #follow-topics) and on (JSON): on a topic page and beside an item's topic tags; visitors
// get one "Log in to follow" link, the same for all of them (the page is cached);
// unconfirmed accounts are told to confirm; bad input is a 4xx, never a 500. Both dialects.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { Agent, csrfOf } from '../../test/agent.js';
import { createPerson, sessionFor } from '../../test/people.js';

for (const { dialect, skip } of dialects()) {
  describe(`following topics (${dialect})`, { skip }, () => {
    let t: TestApp;
    let topic: { id: number; slug: string; name: string };
    let article: { id: number; slug: string; topics: { id: number; name: string }[] };

    before(async () => {
      t = await startTestApp({ dialect });
      const db = t.container.db.kysely;
      topic = await db.selectFrom('topics').select(['id', 'slug', 'name']).orderBy('id').executeTakeFirstOrThrow();
      const item = await db.selectFrom('items').select(['id', 'slug']).where('kind', '=', 'news').where('access', '=', 'public').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
      const topics = await db.selectFrom('item_topics').innerJoin('topics', 'topics.id', 'item_topics.topic_id').select(['topics.id', 'topics.name']).where('item_id', '=', item.id).orderBy('topics.name').execute();
      article = { ...item, topics };
    });
    after(async () => t?.close());

    const followed = async (userId: number) => (await t.container.db.kysely.selectFrom('topic_follows').select('topic_id').where('user_id', '=', userId).orderBy('topic_id').execute()).map((r) => r.topic_id);
    const buttons = (html: string) => [...html.matchAll(/<button type="submit" class="follow__button[^"]*" data-following="(true|false)" data-topic-name="([^"]+)">/g)].map((m) => `${m[2]}:${m[1]}`);

    it('a person follows and unfollows a topic from its page without JavaScript', async () => {
      const userId = await createPerson(t, `follower-${dialect}@example.org`);
      const agent = await sessionFor(t, userId);
      const path = `/topics/${topic.slug}`;
      let page = await agent.get(path);
      assert.deepEqual(buttons(page.body), [`${topic.name}:false`]);
      const res = await agent.post('/follows', { _csrf: csrfOf(page.body), topic: String(topic.id), follow: 'yes', back: path });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `${path}#follow-topics`);
      assert.deepEqual(await followed(userId), [topic.id]);
      page = await agent.get(path);
      assert.deepEqual(buttons(page.body), [`${topic.name}:true`]);
      assert.match(page.body, /Following <span>[^<]+<\/span> — unfollow/);
      // The same choice again changes nothing.
      assert.equal((await agent.post('/follows', { _csrf: csrfOf(page.body), topic: String(topic.id), follow: 'yes', back: path })).statusCode, 303);
      assert.deepEqual(await followed(userId), [topic.id]);
      await agent.post('/follows', { _csrf: csrfOf(page.body), topic: String(topic.id), follow: 'no', back: path });
      assert.deepEqual(await followed(userId), []);
      assert.deepEqual(buttons((await agent.get(path)).body), [`${topic.name}:false`]);
    });

    it('an item page has one follow button per topic, near the tags, and it comes back to the item', async () => {
      assert.ok(article.topics.length > 0, 'the demo article has topics');
      const userId = await createPerson(t, `reader-${dialect}@example.org`);
      const agent = await sessionFor(t, userId);
      const path = `/news/${article.slug}`;
      const page = await agent.get(path);
      assert.deepEqual(buttons(page.body), article.topics.map((x) => `${x.name}:false`));
      assert.match(page.body, /<ul class="tags" aria-label="Topics">[\s\S]*?<\/ul><div class="follow" id="follow-topics"/, 'right after the topic tags');
      const first = article.topics[0]!;
      const res = await agent.post('/follows', { _csrf: csrfOf(page.body), topic: String(first.id), follow: 'yes', back: path });
      assert.equal(res.headers.location, `${path}#follow-topics`);
      assert.deepEqual(buttons((await agent.get(path)).body), article.topics.map((x) => `${x.name}:${x.id === first.id}`));
    });

    it('with JavaScript the answer is JSON with a message; the follow shows on /account/interests', async () => {
      const userId = await createPerson(t, `scripted-${dialect}@example.org`);
      const agent = await sessionFor(t, userId);
      const page = await agent.get(`/topics/${topic.slug}`);
      const res = await agent.post('/follows', { _csrf: csrfOf(page.body), topic: String(topic.id), follow: 'yes', back: `/topics/${topic.slug}` }, { accept: 'application/json' });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { message: `You follow ${topic.name}.`, topicId: topic.id, isFollowing: true });
      const interests = await agent.get('/account/interests');
      assert.match(interests.body, new RegExp(`value="${topic.id}" checked`));
      const off = await agent.post('/follows', { _csrf: csrfOf(page.body), topic: String(topic.id), follow: 'no', back: '/' }, { accept: 'application/json' });
      assert.equal(off.json().message, `You no longer follow ${topic.name}.`);
    });

    it('visitors see one "Log in to follow" link, the same for every visitor; posting leads to login', async () => {
      const path = `/topics/${topic.slug}`;
      const first = await t.app.inject({ url: path });
      const second = await new Agent(t.app).get(path);
      assert.match(first.body, new RegExp(`<a href="/login\\?next=%2Ftopics%2F${topic.slug}">Log in to follow <span>`));
      assert.doesNotMatch(first.body, /data-follow-form/);
      assert.equal(first.body, second.body, 'the cached page is the same for every visitor');
      const item = await t.app.inject({ url: `/news/${article.slug}` });
      assert.match(item.body, /Log in to follow/);
      const visitor = new Agent(t.app);
      const page = await visitor.get('/login');
      const res = await visitor.post('/follows', { _csrf: csrfOf(page.body), topic: String(topic.id), follow: 'yes', back: path });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `/login?next=${encodeURIComponent(path)}`);
      const json = await visitor.post('/follows', { _csrf: csrfOf(page.body), topic: String(topic.id), follow: 'yes', back: path }, { accept: 'application/json' });
      assert.equal(json.statusCode, 403);
      assert.match(json.json().message, /log in/);
    });

    it('an unconfirmed account is told to confirm and cannot follow', async () => {
      const userId = await createPerson(t, `unconfirmed-${dialect}@example.org`);
      await t.container.db.kysely.updateTable('users').set({ email_verified_at: null }).where('id', '=', userId).execute();
      const agent = await sessionFor(t, userId);
      const page = await agent.get(`/topics/${topic.slug}`);
      assert.match(page.body, /Please confirm your email address to follow topics/);
      const res = await agent.post('/follows', { _csrf: csrfOf(page.body), topic: String(topic.id), follow: 'yes', back: '/' });
      assert.equal(res.statusCode, 403);
      assert.match(res.body, /confirm your email address/);
      assert.deepEqual(await followed(userId), []);
    });

    it('bad input is a 4xx with a message; a foreign "back" is not followed', async () => {
      const userId = await createPerson(t, `prober-${dialect}@example.org`);
      const agent = await sessionFor(t, userId);
      const csrf = csrfOf((await agent.get(`/topics/${topic.slug}`)).body);
      for (const [form, status] of [
        [{ topic: 'abc', follow: 'yes' }, 400],
        [{ topic: '-1', follow: 'yes' }, 400],
        [{ topic: '99999999999', follow: 'yes' }, 400],
        [{ topic: String(topic.id), follow: 'maybe' }, 400],
        [{ follow: 'yes' }, 400],
        [{ topic: '999999', follow: 'yes' }, 404],
      ] as const) {
        const res = await agent.post('/follows', { _csrf: csrf, back: '/', ...form });
        assert.equal(res.statusCode, status, JSON.stringify(form));
        assert.match(res.body, /<h1>/);
      }
      const res = await agent.post('/follows', { _csrf: csrf, topic: String(topic.id), follow: 'yes', back: '//evil.example/x' });
      assert.equal(res.headers.location, '/topics#follow-topics');
      const forged = await agent.post('/follows', { topic: String(topic.id), follow: 'no', back: '/' });
      assert.equal(forged.statusCode, 403, 'no CSRF token');
      assert.deepEqual(await followed(userId), [topic.id]);
    });
  });
}
