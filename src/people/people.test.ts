// The people screens through HTTP on a real database: finding people, hostile input shown
// as text, bad addresses answered with 4xx, and role changes that apply at once, are
// audited and never leave the site without an administrator.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, withoutAttributeValues, type TestApp } from '../../test/helpers.js';
import { Agent, csrfOf } from '../../test/agent.js';
import { createPerson, sessionFor } from '../../test/people.js';

for (const { dialect, skip } of dialects()) {
  describe(`people admin (${dialect})`, { skip }, () => {
    let t: TestApp;
    let admin: Agent;
    let adminId: number;
    const ids = { grace: 0, alan: 0, hostile: 0, gone: 0 };

    before(async () => {
      t = await startTestApp({ dialect, seed: false });
      adminId = await createPerson(t, 'boss@example.org', 'admin', 'Bea Boss');
      admin = await sessionFor(t, adminId);
      ids.grace = await createPerson(t, 'grace@navy.example', 'editor', 'Grace Hopper');
      ids.alan = await createPerson(t, 'alan@bletchley.example', 'member', 'Alan Turing');
      await t.container.db.kysely.updateTable('users').set({ email_verified_at: null, organisation_name: 'Bletchley <b>Park</b>' }).where('id', '=', ids.alan).execute();
      ids.hostile = await createPerson(t, 'hostile@example.org', 'member', '<script>alert("name")</script>');
      ids.gone = await createPerson(t, 'gone@example.org', 'member', 'Gone Away');
      await t.container.db.kysely.updateTable('users').set({ suspended_at: new Date().toISOString() }).where('id', '=', ids.gone).execute();
    });
    after(async () => {
      await t?.close();
    });

    const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#34;|&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    /** The names linked in the people table, as a reader sees them. */
    const names = (html: string) => [...html.matchAll(/<a href="\/admin\/people\/\d+">([^<]*)<\/a>/g)].map((m) => decode(m[1]!));
    const HOSTILE = '<script>alert("name")</script>';

    it('lists everyone with role, organisation, status and joining date', async () => {
      const res = await admin.get('/admin/people');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(names(res.body).sort(), [HOSTILE, 'Alan Turing', 'Bea Boss', 'Gone Away', 'Grace Hopper'].sort());
      assert.match(decode(res.body), /Bletchley <b>Park<\/b> \(as typed, not a member\)/);
      assert.doesNotMatch(res.body, /<b>Park/);
      assert.match(res.body, /Address not confirmed/);
      assert.match(res.body, /Suspended/);
      assert.match(res.body, /<nav class="admin-nav"/, 'inside the admin frame');
      assert.match(res.body, /<a href="\/admin\/people" aria-current="page">People<\/a>/);
    });

    it('searches names and email addresses in any case, and filters by role and status', async () => {
      assert.deepEqual(names((await admin.get('/admin/people?q=HOPPER')).body), ['Grace Hopper']);
      assert.deepEqual(names((await admin.get('/admin/people?q=bletchley.EXAMPLE')).body), ['Alan Turing']);
      assert.deepEqual(names((await admin.get('/admin/people?role=editor')).body), ['Grace Hopper']);
      assert.deepEqual(names((await admin.get('/admin/people?status=unverified')).body), ['Alan Turing']);
      assert.deepEqual(names((await admin.get('/admin/people?status=suspended')).body), ['Gone Away']);
      assert.deepEqual(names((await admin.get('/admin/people?q=a&role=member&status=active')).body), [HOSTILE]);
      const none = await admin.get('/admin/people?q=%25');
      assert.equal(none.statusCode, 200);
      assert.deepEqual(names(none.body), [], 'a % is a literal character, not a wildcard');
      assert.match(none.body, /Nobody matches/);
    });

    it('shows hostile names and searches as text, never as markup', async () => {
      const search = await admin.get(`/admin/people?q=${encodeURIComponent('<script>alert(1)</script>')}`);
      assert.equal(search.statusCode, 200);
      assert.doesNotMatch(withoutAttributeValues(search.body), /<script>alert/);
      assert.ok(search.body.includes('name="q" type="text" value="<script>alert(1)</script>"'), 'kept in the search box (inert inside a quoted attribute)');
      const person = await admin.get(`/admin/people/${ids.hostile}`);
      assert.equal(person.statusCode, 200);
      assert.doesNotMatch(withoutAttributeValues(person.body), /<script>alert/);
      assert.match(person.body, /<h1>&lt;script>alert\(&#34;name&#34;\)&lt;\/script><\/h1>/);
    });

    it('pages through a long list, keeping the filters', async () => {
      for (let i = 0; i < 27; i++) await createPerson(t, `crowd${i}@example.org`, 'member', `Crowd ${i}`);
      const first = await admin.get('/admin/people?q=crowd');
      assert.equal(names(first.body).length, 25);
      assert.match(first.body, /href="\/admin\/people\?q=crowd&page=2"/);
      const second = await admin.get('/admin/people?q=crowd&page=2');
      assert.equal(names(second.body).length, 2);
      assert.equal((await admin.get('/admin/people?q=crowd&page=3')).statusCode, 404);
    });

    it('answers bad addresses and values with 4xx, never 500', async () => {
      for (const url of ['/admin/people?role=superuser', '/admin/people?status=gone', '/admin/people?page=0', '/admin/people?page=abc', '/admin/people/abc', '/admin/people/0', '/admin/people/99999999999', `/admin/people?q=${'x'.repeat(201)}`]) {
        const res = await admin.get(url);
        assert.equal(res.statusCode, 400, url);
      }
      assert.equal((await admin.get('/admin/people/999999')).statusCode, 404);
      const page = await admin.get(`/admin/people/${ids.grace}`);
      const posted = await admin.post('/admin/people/999999/role', { _csrf: csrfOf(page.body), role: 'admin', currentRole: 'member' });
      assert.equal(posted.statusCode, 404);
      const unknownRole = await admin.post(`/admin/people/${ids.grace}/role`, { _csrf: csrfOf(page.body), role: 'owner', currentRole: 'editor' });
      assert.equal(unknownRole.statusCode, 400);
      assert.match(unknownRole.body, /href="#field-role"/, 'the error links to its field');
      assert.match(unknownRole.body, /aria-invalid="true"/);
    });

    it('a role change applies at once: the person is logged out and comes back with the new rights; it is audited', async () => {
      const personId = await createPerson(t, 'riley@example.org', 'member', 'Riley Rowe');
      const person = await sessionFor(t, personId);
      assert.equal((await person.get('/admin')).statusCode, 403);
      const res = await admin.submit(`/admin/people/${personId}`, `/admin/people/${personId}/role`, { role: 'editor', currentRole: 'member' });
      assert.equal(res.statusCode, 303);
      const after = await admin.get(res.headers.location as string);
      assert.match(after.body, /The role has been changed/);
      assert.match(after.body, /<dt>Role<\/dt><dd>Editor<\/dd>/);
      assert.equal((await person.get('/admin')).statusCode, 303, 'their old session ended');
      assert.equal((await (await sessionFor(t, personId)).get('/admin')).statusCode, 200, 'a new session has the new role');
      const entries = await t.container.audit.list({ action: 'user.role' }, 1);
      assert.equal(entries.entries[0]?.summary, 'Changed the role of Riley Rowe <riley@example.org> from Member to Editor');
      assert.equal(entries.entries[0]?.actor_id, adminId);
      assert.equal(entries.entries[0]?.subject_id, String(personId));
    });

    it('a stale role form is refused with a clear message, and nothing changes', async () => {
      const page = await admin.get(`/admin/people/${ids.grace}`);
      await t.container.db.kysely.updateTable('users').set({ role: 'member' }).where('id', '=', ids.grace).execute();
      const res = await admin.post(`/admin/people/${ids.grace}/role`, { _csrf: csrfOf(page.body), role: 'admin', currentRole: 'editor' });
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /role changed to Member while you had this page open/);
      assert.equal((await t.container.accountRepo.findUserById(ids.grace))?.role, 'member');
    });

    it('the last administrator cannot be demoted, and keeps their session when another admin exists', async () => {
      const refused = await admin.submit(`/admin/people/${adminId}`, `/admin/people/${adminId}/role`, { role: 'editor', currentRole: 'admin' });
      assert.equal(refused.statusCode, 400);
      assert.match(refused.body, /You are the only administrator/);
      assert.match(refused.body, /<option value="editor" selected>Editor<\/option>/, 'the choice is kept');
      assert.equal((await t.container.accountRepo.findUserById(adminId))?.role, 'admin');

      // A suspended admin cannot sign in, so does not count as another administrator.
      const suspendedAdmin = await createPerson(t, 'sleeping-admin@example.org', 'admin', 'Sleeping Admin');
      await t.container.db.kysely.updateTable('users').set({ suspended_at: new Date().toISOString() }).where('id', '=', suspendedAdmin).execute();
      assert.equal((await admin.submit(`/admin/people/${adminId}`, `/admin/people/${adminId}/role`, { role: 'editor', currentRole: 'admin' })).statusCode, 400);

      const other = await createPerson(t, 'second-admin@example.org', 'admin', 'Second Admin');
      const own = await admin.submit(`/admin/people/${adminId}`, `/admin/people/${adminId}/role`, { role: 'editor', currentRole: 'admin' });
      assert.equal(own.statusCode, 303);
      assert.equal((await admin.get('/admin/people')).statusCode, 403, 'the session stays, with editor rights now');
      const otherAdmin = await sessionFor(t, other);
      assert.equal((await otherAdmin.submit(`/admin/people/${other}`, `/admin/people/${other}/role`, { role: 'member', currentRole: 'admin' })).statusCode, 400, 'now the second is the last');
      assert.equal((await otherAdmin.submit(`/admin/people/${adminId}`, `/admin/people/${adminId}/role`, { role: 'admin', currentRole: 'editor' })).statusCode, 303);
      assert.equal((await admin.get('/admin/people')).statusCode, 303, 'promotion ended the old session');
      admin = await sessionFor(t, adminId);
    });
  });
}
