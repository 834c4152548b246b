// Composing an issue at /admin/newsletters, checking it, and sending it; and the public archive.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, withoutAttributeValues, type TestApp } from '../../test/helpers.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { Agent, csrfOf } from '../../test/agent.js';
import { personWithRole } from '../../test/people.js';
import { MemberRepo } from '../members/repo.js';
import { addSubscriber, publishedItem } from './test-support.js';

for (const { dialect, skip } of dialects()) {
  describe(`composing and sending a newsletter issue (${dialect})`, { skip }, () => {
    let t: TestApp;
    let sink: SmtpSink;
    let editor: Agent;
    let open: { id: number; title: string };
    let membersOnly: { id: number; title: string };
    before(async () => {
      sink = await startSmtpSink();
      t = await startTestApp({ dialect, env: { SMTP_URL: sink.url } });
      editor = await personWithRole(t, 'editor@northbridge.example', 'editor');
      open = await publishedItem(t, 'public');
      membersOnly = await publishedItem(t, 'members');
      await addSubscriber(t, 'reader@example.org');
    });
    after(async () => {
      await t?.close();
      await sink?.close();
    });

    const form = (values: Record<string, string | string[]>, page: string) => ({ _csrf: csrfOf(page), ...values });

    it('keeps what the editor typed when the form is refused, escaped, with each error tied to its field', async () => {
      const page = (await editor.get('/admin/newsletters/new')).body;
      const res = await editor.post('/admin/newsletters', form({ subject: '', intro: '<script>alert(1)</script> hello', items: [String(open.id), '99999999'] }, page));
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Enter a subject line/);
      assert.match(res.body, /href="#field-subject"/);
      assert.ok(res.body.includes('&lt;script>alert(1)&lt;/script> hello'), 'the intro is kept, escaped');
      assert.ok(!withoutAttributeValues(res.body).includes('<script>alert(1)'));
      const tooLong = await editor.post('/admin/newsletters', form({ subject: 'x'.repeat(151), intro: '', items: '99999999' }, page));
      assert.equal(tooLong.statusCode, 400);
      assert.match(tooLong.body, /150 characters or fewer/);
      assert.match(tooLong.body, /no longer published/);
      const wrongType = await editor.post('/admin/newsletters', { _csrf: csrfOf(page), subject: 'A', intro: '', items: 'not-a-number' });
      assert.equal(wrongType.statusCode, 400);
    });

    it('drafts, previews (members-only items only in the members’ copy), sends a test, schedules and cancels', async () => {
      const page = (await editor.get('/admin/newsletters/new')).body;
      const created = await editor.post('/admin/newsletters', form({ subject: 'December roundup', intro: 'What happened in **December**.', items: [String(open.id), String(membersOnly.id)], action: 'save' }, page));
      assert.equal(created.statusCode, 303);
      const issuePath = created.headers.location!.split('?')[0]!;
      const edit = await editor.get(issuePath);
      assert.equal(edit.statusCode, 200);
      assert.match(edit.body, /value="December roundup"/);

      const asVisitor = await editor.get(`${issuePath}/preview/email?as=visitor`);
      const asMember = await editor.get(`${issuePath}/preview/email?as=member`);
      assert.ok(asMember.body.includes(escapeText(membersOnly.title)) && !asVisitor.body.includes(escapeText(membersOnly.title)));
      assert.match(String(asMember.headers['content-security-policy']), /default-src 'none'/);
      const web = await editor.get(`${issuePath}/preview`);
      assert.match(web.body, /Preview: this issue has not been sent/);

      const tested = await editor.post(`${issuePath}/test`, { _csrf: csrfOf(edit.body) });
      assert.equal(tested.statusCode, 303);
      const copy = await sink.waitFor((m) => m.subject === '[Test] December roundup');
      assert.ok(copy.headerLines.some((h) => h.key === 'list-unsubscribe-post'));

      const past = await editor.post(`${issuePath}/schedule`, { _csrf: csrfOf(edit.body), send_at: '2020-01-01T09:00' });
      assert.equal(past.statusCode, 400);
      assert.match(past.body, /Choose a time in the future/);
      const scheduled = await editor.post(`${issuePath}/schedule`, { _csrf: csrfOf(edit.body), send_at: '2099-06-01T09:30' });
      assert.equal(scheduled.statusCode, 303);
      const shown = await editor.get(issuePath);
      assert.match(shown.body, /Scheduled to send on 1 Jun(e)? 2099 at 09:30/);
      assert.equal((await editor.post(`${issuePath}/cancel`, { _csrf: csrfOf(shown.body) })).statusCode, 303);
      assert.equal((await t.container.newsletters.issues.get(Number(issuePath.split('/').pop()))).status, 'draft');
    });

    it('catches a save based on a stale copy, keeping the editor’s text', async () => {
      const page = (await editor.get('/admin/newsletters/new')).body;
      const created = await editor.post('/admin/newsletters', form({ subject: 'Stale test', intro: '', items: String(open.id) }, page));
      const issuePath = created.headers.location!.split('?')[0]!;
      const first = await editor.get(issuePath);
      const second = await editor.get(issuePath);
      assert.equal((await editor.post(issuePath, form({ subject: 'First save', intro: '', items: String(open.id), version: '1' }, first.body))).statusCode, 303);
      const stale = await editor.post(issuePath, form({ subject: 'Second save', intro: 'my words', items: String(open.id), version: '1' }, second.body));
      assert.equal(stale.statusCode, 409);
      assert.match(stale.body, /Someone else saved this issue/);
      assert.match(stale.body, /value="Second save"/);
      assert.match(stale.body, />my words</);
    });

    it('sends now, pauses and resumes (one move at a time), then the archive shows it to each reader as they may see it', async () => {
      const page = (await editor.get('/admin/newsletters/new')).body;
      const created = await editor.post('/admin/newsletters', form({ subject: 'January roundup', intro: 'Happy new year.', items: [String(open.id), String(membersOnly.id)] }, page));
      const issuePath = created.headers.location!.split('?')[0]!;
      const id = Number(issuePath.split('/').pop());
      assert.equal((await editor.get('/newsletter/archive/' + id)).statusCode, 404, 'a draft is not in the archive');
      const confirm = await editor.get(`${issuePath}/send`);
      assert.match(confirm.body, /It goes to 1 person/);
      assert.equal((await editor.post(`${issuePath}/send`, { _csrf: csrfOf(confirm.body) })).statusCode, 303);
      assert.equal((await editor.post(`${issuePath}/pause`, { _csrf: csrfOf(confirm.body) })).statusCode, 303);
      assert.equal((await editor.post(`${issuePath}/pause`, { _csrf: csrfOf(confirm.body) })).statusCode, 409, 'pausing twice is refused');
      const progress = await editor.get(issuePath);
      assert.match(progress.body, /Resume sending/);
      assert.match(progress.body, /<progress/);
      assert.equal((await editor.post(`${issuePath}/resume`, { _csrf: csrfOf(confirm.body) })).statusCode, 303);
      await t.container.newsletters.sender.runUntilIdle();
      assert.ok(sink.messages.some((m) => m.subject === 'January roundup'));
      assert.match((await editor.get(issuePath)).body, /Sent/);

      const list = await new Agent(t.app).get('/newsletter/archive');
      assert.match(list.body, /January roundup/);
      assert.doesNotMatch(list.body, /Stale test/);
      const visitor = await new Agent(t.app).get(`/newsletter/archive/${id}`);
      assert.equal(visitor.statusCode, 200);
      assert.ok(visitor.body.includes(escapeText(open.title)) && !visitor.body.includes(escapeText(membersOnly.title)));
      assert.match(visitor.body, /1 more item is for members/);
      const now = new Date().toISOString();
      await new MemberRepo(t.container.db.kysely).saveOrganisation({ name: 'Archive Trust', type: 'Acute trust', status: 'active', tier: 'standard', created_at: now, updated_at: now }, [`archive-${dialect}.example`]);
      const member = await personWithRole(t, `mo@archive-${dialect}.example`, 'member');
      assert.ok((await member.get(`/newsletter/archive/${id}`)).body.includes(escapeText(membersOnly.title)));
    });

    it('is for editors and admins only', async () => {
      const member = await personWithRole(t, 'plain-member@example.org', 'member');
      assert.equal((await member.get('/admin/newsletters')).statusCode, 403);
      const visitor = await new Agent(t.app).get('/admin/newsletters/new');
      assert.equal(visitor.statusCode, 303);
      assert.match(String(visitor.headers.location), /^\/login/);
    });
  });
}

/** The longest run of a title without characters HTML may escape (pages and emails escape ' differently). */
function escapeText(text: string): string {
  return text.split(/['"&<>’]/).sort((a, b) => b.length - a.length)[0]!;
}
