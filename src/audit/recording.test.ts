// What other domains write to the audit log, through the real forms: editors' and admins'
// sign-ins (password, emailed link, setup link), organisation changes, membership
// decisions and benefits. Members' sign-ins are not recorded.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { Agent, ORIGIN, csrfOf, linkIn } from '../../test/agent.js';
import { createPerson, sessionFor, signIn } from '../../test/people.js';

for (const { dialect, skip } of dialects()) {
  describe(`what is recorded in the audit log (${dialect})`, { skip }, () => {
    let t: TestApp;
    let admin: Agent;
    let adminId: number;

    before(async () => {
      t = await startTestApp({ dialect, seed: false });
      adminId = await createPerson(t, 'recorder@example.org', 'admin', 'Rita Recorder');
      admin = await sessionFor(t, adminId);
    });
    after(async () => {
      await t?.close();
    });

    const latest = async (action: string) => (await t.container.audit.list({ action }, 1)).entries;

    it('records editors and admins signing in with a password, but not members', async () => {
      const editorId = await createPerson(t, 'writer@example.org', 'editor', 'Wren Writer');
      await createPerson(t, 'reader@example.org', 'member', 'Rae Reader');
      await signIn(t, 'writer@example.org');
      await signIn(t, 'reader@example.org');
      const entries = await latest('admin.login');
      assert.equal(entries.length, 1);
      assert.equal(entries[0]?.actor_id, editorId);
      assert.equal(entries[0]?.actor_name, 'Wren Writer <writer@example.org>');
      assert.equal(entries[0]?.summary, 'Editor signed in with a password');
    });

    it('records an admin signing in with an emailed link', async () => {
      const id = await createPerson(t, 'linker@example.org', 'admin', 'Lin Linker');
      await new Agent(t.app).submit('/login/email-link', '/login/email-link', { email: 'linker@example.org' });
      await t.container.recovery.settle();
      const mail = await t.container.db.kysely.selectFrom('outbox').selectAll().where('to_address', '=', 'linker@example.org').executeTakeFirstOrThrow();
      const link = linkIn(mail.text_body, '/login/link?token=');
      const agent = new Agent(t.app);
      const page = await agent.get(link);
      assert.equal((await agent.post('/login/link', { _csrf: csrfOf(page.body), token: new URL(link, ORIGIN).searchParams.get('token')! })).statusCode, 303);
      const [entry] = await latest('admin.login');
      assert.equal(entry?.actor_id, id);
      assert.equal(entry?.summary, 'Administrator signed in with an emailed login link');
    });

    it('records a new administrator signing in through a setup link', async () => {
      const url = await t.container.admin.setup.issueLinkFor('newcomer@example.org');
      const agent = new Agent(t.app);
      const path = url.replace(/^https?:\/\/[^/]+/, '');
      const page = await agent.get(path);
      const res = await agent.post('/setup', { _csrf: csrfOf(page.body), token: new URL(url).searchParams.get('token')!, name: 'Nia Newcomer', email: '', password: 'tundra velvet osprey 58' });
      assert.equal(res.statusCode, 303);
      const [entry] = await latest('admin.login');
      assert.equal(entry?.actor_name, 'Nia Newcomer <newcomer@example.org>');
      assert.equal(entry?.summary, 'Administrator signed in with a setup link, creating an administrator account');
    });

    it('records organisations added and changed, and membership requests approved and refused', async () => {
      const added = await admin.submit('/admin/organisations/new', '/admin/organisations', { name: 'Harbour Trust', type: 'Acute trust', tier: 'standard', status: 'active', domains: 'harbour.example' });
      assert.equal(added.statusCode, 303);
      const [create] = await latest('organisation.create');
      assert.equal(create?.summary, 'Added the organisation “Harbour Trust” (active)');
      assert.equal(create?.actor_id, adminId);
      const orgId = Number(create?.subject_id);
      const changed = await admin.submit(`/admin/organisations/${orgId}`, `/admin/organisations/${orgId}`, { name: 'Harbour Trust', type: 'Acute trust', tier: 'premium', status: 'lapsed', domains: 'harbour.example' });
      assert.equal(changed.statusCode, 303);
      assert.equal((await latest('organisation.update'))[0]?.summary, 'Changed the organisation “Harbour Trust” (now lapsed)');
      await admin.submit(`/admin/organisations/${orgId}`, `/admin/organisations/${orgId}`, { name: 'Harbour Trust', type: 'Acute trust', tier: 'premium', status: 'active', domains: 'harbour.example' });

      const decide = async (email: string, decision: 'approve' | 'refuse') => {
        const person = await sessionFor(t, await createPerson(t, email, 'member', `Asker ${decision}`));
        assert.equal((await person.submit('/account/membership', '/account/membership', { organisation: String(orgId), message: '' })).statusCode, 200);
        const request = await t.container.db.kysely.selectFrom('membership_requests').innerJoin('users', 'users.id', 'membership_requests.user_id').select('membership_requests.id').where('users.email', '=', email).executeTakeFirstOrThrow();
        const res = await admin.submit('/admin/organisations', `/admin/membership-requests/${request.id}`, { decision });
        assert.equal(res.statusCode, 303);
        return request.id;
      };
      const approvedId = await decide('asker1@elsewhere.example', 'approve');
      const [approved] = await latest('membership.approve');
      assert.equal(approved?.summary, 'Approved the request of Asker approve <asker1@elsewhere.example> to join Harbour Trust');
      assert.equal(approved?.subject_id, String(approvedId));
      await decide('asker2@elsewhere.example', 'refuse');
      assert.equal((await latest('membership.refuse'))[0]?.summary, 'Refused the request of Asker refuse <asker2@elsewhere.example> to join Harbour Trust');
      assert.equal((await t.container.audit.list({ action: 'membership.' }, 1)).pagination.total, 2);
    });

    it('records benefits added and changed', async () => {
      const form = { title: 'Leaders’ network', description: 'Meet other leaders.', category: 'network', roles: '', link_url: '', is_active: 'yes' };
      assert.equal((await admin.submit('/admin/benefits/new', '/admin/benefits', form)).statusCode, 303);
      const [create] = await latest('benefit.create');
      assert.equal(create?.summary, 'Added the benefit “Leaders’ network”');
      const id = Number(create?.subject_id);
      assert.equal((await admin.submit(`/admin/benefits/${id}`, `/admin/benefits/${id}`, { ...form, is_active: '' })).statusCode, 303);
      assert.equal((await latest('benefit.update'))[0]?.summary, 'Changed the benefit “Leaders’ network” (hidden from members)');
      const refused = await admin.submit('/admin/benefits/new', '/admin/benefits', { ...form, title: '' });
      assert.equal(refused.statusCode, 400);
      assert.equal((await t.container.audit.list({ action: 'benefit.' }, 1)).pagination.total, 2, 'a refused form records nothing');
    });
  });
}
