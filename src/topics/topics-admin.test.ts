// Topics from the editor's desk: create (slug made from the name, clashes refused), rename
// with the old address redirecting (and renaming back), merge, delete with reassignment.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, withoutAttributeValues, type TestApp } from '../../test/helpers.js';
import { personWithRole } from '../../test/people.js';
import { csrfOf, type Agent } from '../../test/agent.js';

for (const { dialect, skip } of dialects()) {
  describe(`topics admin on ${dialect}`, { skip }, () => {
    let t: TestApp;
    let editor: Agent;
    before(async () => {
      t = await startTestApp({ dialect, listen: true });
      editor = await personWithRole(t, 'editor@example.org', 'editor');
    });
    after(async () => t?.close());

    const db = () => t.container.db.kysely;
    const topicBySlug = (slug: string) => db().selectFrom('topics').selectAll().where('slug', '=', slug).executeTakeFirst();
    const itemsOf = async (topicId: number) => (await db().selectFrom('item_topics').select('item_id').where('topic_id', '=', topicId).execute()).map((r) => r.item_id).sort((a, b) => a - b);
    const visit = (path: string) => fetch(`${t.baseUrl}${path}`, { redirect: 'manual' });
    const actions = async () => (await t.container.audit.list({ action: 'topic.' }, 1)).entries.map((e) => e.action);

    it('an editor adds a topic: the address is made from the name, and a clash is refused with the form kept', async () => {
      let res = await editor.submit('/admin/topics/new', '/admin/topics', { name: 'Clinical Safety & Quality', slug: '', description: 'Learning from incidents.' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin/topics?done=created');
      const list = await editor.get('/admin/topics?done=created');
      assert.match(list.body, /The topic was added\./);
      assert.match(list.body, /<a class="topic-address" href="\/topics\/clinical-safety-and-quality">\/topics\/clinical-safety-and-quality<\/a><\/td><td>0<\/td>/);
      assert.equal((await visit('/topics/clinical-safety-and-quality')).status, 200);

      const existing = (await t.container.topics.listTopics()).find((x) => x.slug !== 'clinical-safety-and-quality')!;
      res = await editor.submit('/admin/topics/new', '/admin/topics', { name: 'Another one', slug: existing.slug, description: 'Typed text' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, new RegExp(`Address: The topic “${existing.name}” already uses /topics/${existing.slug}\\. Choose a different address\\.`));
      assert.match(res.body, /href="#field-slug"/);
      assert.match(res.body, /value="Another one"/);
      assert.match(res.body, />Typed text<\/textarea>/);

      res = await editor.submit('/admin/topics/new', '/admin/topics', { name: '', slug: 'Not A Slug!', description: 'x'.repeat(501) });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Name: Enter a name for the topic\./);
      assert.match(res.body, /Address: Use only lower-case letters, digits and single hyphens/);
      assert.match(res.body, /Description: Use 500 characters or fewer \(this has 501\)\./);
      assert.ok((await actions()).includes('topic.create'));
    });

    it('hostile text in a topic is shown escaped in the admin list and on the public index', async () => {
      const res = await editor.submit('/admin/topics/new', '/admin/topics', { name: '<img src=x onerror=alert(1)> Evil', slug: 'evil', description: '<script>alert(2)</script>' });
      assert.equal(res.statusCode, 303);
      for (const html of [(await editor.get('/admin/topics')).body, await (await visit('/topics')).text(), await (await visit('/topics/evil')).text()]) {
        assert.doesNotMatch(withoutAttributeValues(html), /<img src=x|<script>alert/);
        assert.match(html, /&lt;img src=x onerror=alert\(1\)> Evil/);
      }
    });

    it('renaming moves the page and feed: the old address redirects with 301, and renaming back works', async () => {
      const topic = (await t.container.topics.listTopics()).find((x) => x.slug === 'finance') ?? (await t.container.topics.listTopics())[0]!;
      const old = topic.slug;
      assert.equal((await visit(`/topics/${old}`)).status, 200, 'the old page is cached first');
      const res = await editor.submit(`/admin/topics/${topic.id}`, `/admin/topics/${topic.id}`, { name: 'Money matters', slug: 'money-matters', description: topic.description, loaded_slug: old });
      assert.equal(res.statusCode, 303);
      let moved = await visit(`/topics/${old}`);
      assert.equal(moved.status, 301);
      assert.equal(moved.headers.get('location'), '/topics/money-matters');
      moved = await visit(`/topics/${old}?page=2`);
      assert.equal(moved.headers.get('location'), '/topics/money-matters?page=2');
      moved = await visit(`/topics/${old}/feed.xml`);
      assert.equal(moved.status, 301);
      assert.equal(moved.headers.get('location'), '/topics/money-matters/feed.xml');
      const page = await (await visit('/topics/money-matters')).text();
      assert.match(page, /<h1>Money matters<\/h1>/);

      // A form opened before the rename cannot overwrite it.
      const stale = await editor.submit(`/admin/topics/${topic.id}`, `/admin/topics/${topic.id}`, { name: 'Stale', slug: 'stale', description: '', loaded_slug: old });
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /Someone changed this topic’s address to \/topics\/money-matters after you opened the form/);

      // Nor can one opened before someone else renamed it without moving it.
      const he = (v: string) => v.replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
      const before = await editor.get(`/admin/topics/${topic.id}`);
      const form = Object.fromEntries([...before.body.matchAll(/type="hidden" name="(loaded_[a-z]+)" value="([^"]*)"/g)].map((m) => [m[1]!, he(m[2]!)]));
      assert.equal(form.loaded_name, 'Money matters');
      assert.equal((await editor.post(`/admin/topics/${topic.id}`, { _csrf: csrfOf(before.body), ...form, name: 'Money matters, renamed', slug: 'money-matters', description: topic.description })).statusCode, 303);
      const overwrite = await editor.post(`/admin/topics/${topic.id}`, { _csrf: csrfOf(before.body), ...form, name: 'Money matters', slug: 'money-matters', description: 'My description' });
      assert.equal(overwrite.statusCode, 409);
      assert.equal((await t.container.topics.getById(topic.id)).name, 'Money matters, renamed', 'their rename stands');

      const back = await editor.submit(`/admin/topics/${topic.id}`, `/admin/topics/${topic.id}`, { name: topic.name, slug: old, description: topic.description, loaded_slug: 'money-matters' });
      assert.equal(back.statusCode, 303);
      assert.equal((await visit(`/topics/${old}`)).status, 200);
      const forward = await visit('/topics/money-matters');
      assert.equal(forward.status, 301);
      assert.equal(forward.headers.get('location'), `/topics/${old}`);
      const entries = (await t.container.audit.list({ action: 'topic.update' }, 1)).entries;
      assert.ok(entries.some((e) => e.summary.includes(`moved /topics/${old} to /topics/money-matters`)));
    });

    it('merging A into B files all of A’s items under B once, redirects A’s address to B and deletes A', async () => {
      const [a, b] = (await t.container.topics.listForEditors()).filter((x) => x.item_count > 0);
      assert.ok(a && b);
      // An item filed under both, so the merge must not duplicate it.
      const shared = (await itemsOf(a.id))[0]!;
      if (!(await itemsOf(b.id)).includes(shared)) await db().insertInto('item_topics').values({ item_id: shared, topic_id: b.id }).execute();
      const union = [...new Set([...(await itemsOf(a.id)), ...(await itemsOf(b.id))])].sort((x, y) => x - y);

      const confirm = await editor.get(`/admin/topics/${a.id}/merge`);
      assert.match(confirm.body, /will be deleted/);
      let res = await editor.post(`/admin/topics/${a.id}/merge`, { _csrf: csrfOf(confirm.body), into: String(a.id) });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /a topic cannot be merged into itself/);
      for (const into of ['999999', '9999999999']) {
        res = await editor.post(`/admin/topics/${a.id}/merge`, { _csrf: csrfOf(confirm.body), into });
        assert.equal(res.statusCode, 400, into);
        assert.match(res.body, /That topic no longer exists/);
      }
      res = await editor.post(`/admin/topics/${a.id}/merge`, { _csrf: csrfOf(confirm.body), into: String(b.id) });
      assert.equal(res.statusCode, 303);

      assert.deepEqual(await itemsOf(b.id), union);
      assert.equal(await topicBySlug(a.slug), undefined);
      const moved = await visit(`/topics/${a.slug}`);
      assert.equal(moved.status, 301);
      assert.equal(moved.headers.get('location'), `/topics/${b.slug}`);
      assert.equal((await editor.get(`/admin/topics/${a.id}`)).statusCode, 404);
      res = await editor.post(`/admin/topics/${a.id}/merge`, { _csrf: csrfOf(confirm.body), into: String(b.id) });
      assert.equal(res.statusCode, 404, 'a merge form for a topic already merged is a 404, not a 500');
      assert.ok((await actions()).includes('topic.merge'));
    });

    it('deleting a topic moves its items to the chosen topic, or to none, after a confirmation page', async () => {
      const [c, d, e] = (await t.container.topics.listForEditors()).filter((x) => x.item_count > 0);
      assert.ok(c && d && e);
      const union = [...new Set([...(await itemsOf(c.id)), ...(await itemsOf(d.id))])].sort((x, y) => x - y);
      const confirm = await editor.get(`/admin/topics/${c.id}/delete`);
      assert.match(confirm.body, /Move its items to/);
      assert.match(confirm.body, new RegExp(`value="${d.id}"`));
      let res = await editor.post(`/admin/topics/${c.id}/delete`, { _csrf: csrfOf(confirm.body), reassign_to: '9999999999' });
      assert.equal(res.statusCode, 400, 'an id past the integer range is a topic that does not exist, not a 500 on PostgreSQL');
      assert.match(res.body, /That topic no longer exists/);
      res = await editor.post(`/admin/topics/${c.id}/delete`, { _csrf: csrfOf(confirm.body), reassign_to: String(d.id) });
      assert.equal(res.statusCode, 303);
      assert.deepEqual(await itemsOf(d.id), union);
      assert.equal((await visit(`/topics/${c.slug}`)).status, 404);

      const eItems = await itemsOf(e.id);
      res = await editor.submit(`/admin/topics/${e.id}/delete`, `/admin/topics/${e.id}/delete`, { reassign_to: 'none' });
      assert.equal(res.statusCode, 303);
      assert.deepEqual(await itemsOf(e.id), []);
      const stillThere = await db().selectFrom('items').select('id').where('id', 'in', eItems).execute();
      assert.equal(stillThere.length, eItems.length, 'the items themselves are kept');

      res = await editor.submit('/admin/topics', `/admin/topics/${e.id}/delete`, { reassign_to: 'none' });
      assert.equal(res.statusCode, 404, 'deleting a topic that is already gone is a 404');
      res = await editor.submit('/admin/topics', `/admin/topics/${d.id}/delete`, { reassign_to: '<b>' });
      assert.equal(res.statusCode, 400);
      assert.ok((await actions()).includes('topic.delete'));
    });

    it('members cannot manage topics; editors and admins can', async () => {
      const member = await personWithRole(t, 'member@example.org', 'member');
      const admin = await personWithRole(t, 'admin@example.org', 'admin');
      assert.equal((await member.get('/admin/topics')).statusCode, 403);
      assert.equal((await admin.get('/admin/topics')).statusCode, 200);
      assert.equal((await editor.get('/admin/topics/new')).statusCode, 200);
      assert.equal((await editor.get('/admin/topics/2147483647')).statusCode, 404);
    });
  });
}
