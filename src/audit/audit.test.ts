// The audit log screen and its CSV export through HTTP on a real database: filters by
// action family, exact action, person and London dates; CSV that a spreadsheet cannot run;
// hostile and malformed input answered with text and 4xx, never markup or a 500.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, withoutAttributeValues, type TestApp } from '../../test/helpers.js';
import type { Agent } from '../../test/agent.js';
import { createPerson, sessionFor } from '../../test/people.js';

for (const { dialect, skip } of dialects()) {
  describe(`the audit log screen and CSV (${dialect})`, { skip }, () => {
    let t: TestApp;
    let admin: Agent;
    let adminId: number;

    const entry = (at: string, action: string, actor: { id: number | null; name: string }, summary: string) =>
      t.container.db.kysely.insertInto('audit_log').values({ at, actor_id: actor.id, actor_name: actor.name, action, subject_type: action.split('.')[0]!, subject_id: '7', summary }).execute();

    before(async () => {
      t = await startTestApp({ dialect, seed: false });
      adminId = await createPerson(t, 'auditor@example.org', 'admin', 'Ada Auditor');
      admin = await sessionFor(t, adminId);
      const ada = { id: adminId, name: 'Ada Auditor <auditor@example.org>' };
      const eve = { id: null, name: 'Eve Editor <eve@newsroom.example>' };
      // 28 March 2026 is GMT; the clocks go forward on the 29th, so 23:30 UTC on the 29th is 00:30 BST on the 30th.
      await entry('2026-03-28T23:30:00.000Z', 'item.publish', eve, 'Published “Spring plan”');
      await entry('2026-03-29T23:30:00.000Z', 'item.delete', eve, 'Deleted “Old plan”');
      await entry('2026-03-30T10:00:00.000Z', 'user.role', ada, 'Changed the role of Sam from Member to Editor');
      await entry('2026-03-31T10:00:00.000Z', 'user.suspend', ada, '=HYPERLINK("https://evil.example","click") <script>alert(1)</script>');
      await entry('2026-04-01T10:00:00.000Z', 'admin.login', { id: null, name: '@SUM(1+1) <plus@example.org>' }, '+cmd|calc, -2 "quoted"');
    });
    after(async () => {
      await t?.close();
    });

    const actions = (html: string) => [...html.matchAll(/<td><code>([^<]*)<\/code><\/td>/g)].map((m) => m[1]);

    it('lists every entry newest first, with a link to each actor who still has an account', async () => {
      const res = await admin.get('/admin/audit');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(actions(res.body), ['admin.login', 'user.suspend', 'user.role', 'item.delete', 'item.publish']);
      assert.match(res.body, new RegExp(`<a href="/admin/people/${adminId}">Ada Auditor &lt;auditor@example.org></a>`));
      assert.match(res.body, /<a href="\/admin\/audit" aria-current="page">Audit log<\/a>/, 'inside the admin frame');
      assert.match(res.body, /<option value="item\.">/, 'families to choose from');
      assert.match(res.body, /<option value="user\.suspend">user\.suspend<\/option>/);
    });

    it('filters by action family, exact action and person (part of a name or email, or an account number)', async () => {
      assert.deepEqual(actions((await admin.get('/admin/audit?action=item.')).body), ['item.delete', 'item.publish']);
      assert.deepEqual(actions((await admin.get('/admin/audit?action=user.role')).body), ['user.role']);
      assert.deepEqual(actions((await admin.get('/admin/audit?person=NEWSROOM')).body), ['item.delete', 'item.publish']);
      assert.deepEqual(actions((await admin.get(`/admin/audit?person=${adminId}`)).body), ['user.suspend', 'user.role']);
      assert.deepEqual(actions((await admin.get('/admin/audit?person=%25')).body), [], 'a % is taken literally');
      const both = await admin.get('/admin/audit?action=user.&person=ada');
      assert.deepEqual(actions(both.body), ['user.suspend', 'user.role']);
      assert.match(both.body, /2 entries match/);
      assert.match(both.body, /href="\/admin\/audit\.csv\?action=user\.&person=ada"/, 'the CSV link carries the filter');
    });

    it('reads dates as whole days in London time, across the change to summer time', async () => {
      assert.deepEqual(actions((await admin.get('/admin/audit?from=2026-03-30&to=2026-03-30')).body), ['user.role', 'item.delete'], '00:30 BST on the 30th is on the 30th');
      assert.deepEqual(actions((await admin.get('/admin/audit?to=2026-03-29')).body), ['item.publish']);
      assert.deepEqual(actions((await admin.get('/admin/audit?from=2026-03-31')).body), ['admin.login', 'user.suspend']);
    });

    it('shows hostile text as text', async () => {
      const res = await admin.get('/admin/audit?person=%3Cscript%3Ealert(2)%3C/script%3E');
      assert.equal(res.statusCode, 200);
      const all = await admin.get('/admin/audit');
      for (const body of [res.body, all.body]) assert.doesNotMatch(withoutAttributeValues(body), /<script>alert/);
      assert.match(all.body, /&lt;script>alert\(1\)&lt;\/script>/);
    });

    it('refuses malformed filters with 400 and messages tied to the fields, keeping what was typed', async () => {
      const res = await admin.get('/admin/audit?from=2026-02-30&to=yesterday&action=%3Cb%3E');
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /<a href="#field-from">From: Enter a date like 2026-03-31\.<\/a>/);
      assert.match(res.body, /<a href="#field-to">To: Enter a date like 2026-03-31\.<\/a>/);
      assert.match(res.body, /<a href="#field-action">Action: Choose an action from the list\.<\/a>/);
      assert.match(res.body, /id="field-from" name="from" type="text" value="2026-02-30" aria-describedby="field-from-hint field-from-error" aria-invalid="true"/);
      assert.doesNotMatch(withoutAttributeValues(res.body), /<b>/);
      const backwards = await admin.get('/admin/audit?from=2026-04-02&to=2026-04-01');
      assert.equal(backwards.statusCode, 400);
      assert.match(backwards.body, /The end date must be the same as or after the start date/);
      for (const url of ['/admin/audit?page=0', '/admin/audit?page=x', `/admin/audit?person=${'p'.repeat(201)}`, '/admin/audit.csv?from=31/03/2026', '/admin/audit.csv?action=nope']) {
        assert.equal((await admin.get(url)).statusCode, 400, url);
      }
      assert.equal((await admin.get('/admin/audit?page=2')).statusCode, 404, 'past the last page');
      // Ten digits past PostgreSQL's integer range: no such account, so nothing matches (not a 500, nor a CSV cut off mid-stream).
      const huge = await admin.get('/admin/audit?person=9999999999');
      assert.equal(huge.statusCode, 200);
      assert.match(huge.body, /value="9999999999"/);
      const hugeCsv = await admin.get('/admin/audit.csv?person=9999999999');
      assert.equal(hugeCsv.statusCode, 200);
      assert.equal(hugeCsv.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n').length, 1, 'only the header');
    });

    it('exports the filtered entries as a CSV attachment that a spreadsheet will not run', async () => {
      const res = await admin.get('/admin/audit.csv');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/csv; charset=utf-8');
      assert.match(String(res.headers['content-disposition']), /^attachment; filename="audit-log-\d{4}-\d{2}-\d{2}\.csv"$/);
      const lines = res.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
      assert.equal(lines[0], 'Time (UTC),Actor,Actor id,Action,Subject type,Subject id,Summary');
      assert.equal(lines.length, 6);
      assert.equal(lines[1], `2026-04-01T10:00:00.000Z,'@SUM(1+1) <plus@example.org>,,admin.login,admin,7,"'+cmd|calc, -2 ""quoted"""`);
      assert.equal(lines[2], `2026-03-31T10:00:00.000Z,Ada Auditor <auditor@example.org>,${adminId},user.suspend,user,7,"'=HYPERLINK(""https://evil.example"",""click"") <script>alert(1)</script>"`);
      for (const line of lines.slice(1)) for (const cell of line.split(',')) assert.doesNotMatch(cell, /^"?[=+\-@]/, `no cell starts a formula: ${line}`);

      const filtered = await admin.get('/admin/audit.csv?action=item.&from=2026-03-30');
      assert.deepEqual(filtered.body.replace(/^\uFEFF/, '').trimEnd().split('\r\n').slice(1), ['2026-03-29T23:30:00.000Z,Eve Editor <eve@newsroom.example>,,item.delete,item,7,Deleted “Old plan”']);
    });

    it('is for administrators only', async () => {
      const editor = await sessionFor(t, await createPerson(t, 'ed@example.org', 'editor'));
      assert.equal((await editor.get('/admin/audit')).statusCode, 403);
      assert.equal((await editor.get('/admin/audit.csv')).statusCode, 403);
    });
  });
}
