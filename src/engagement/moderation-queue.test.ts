// Moderation and comment emails over HTTP, with a real SMTP peer: first comments held then
// approved or rejected (the author is emailed), spam heuristics, reports, suspension, reply
// emails (and turning them off), and who may use /admin/moderation.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ParsedMail } from 'mailparser';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { commentIdOf, commentsSectionOf, makeItem, person, postComment, trust, type Person } from './comments-testing.js';

const sentTo = (email: string) => (m: ParsedMail) => JSON.stringify(m.to).includes(email);

for (const { dialect, skip } of dialects()) {
  describe(`comment moderation and emails on ${dialect}`, { skip }, () => {
    let t: TestApp;
    let sink: SmtpSink;
    let editor: Person;
    let story: { id: number; path: string };

    before(async () => {
      sink = await startSmtpSink();
      t = await startTestApp({ dialect, seed: false, env: { SMTP_URL: sink.url } });
      story = await makeItem(t, 'night-shifts');
      editor = await person(t, 'ed@example.org', 'editor', 'Edie Editor');
    });
    after(async () => {
      await t?.close();
      await sink?.close();
    });

    const anonymousSection = async (path: string) => commentsSectionOf((await t.app.inject({ method: 'GET', url: path })).body);
    const auditActions = async (subjectId: number) =>
      (await t.container.db.kysely.selectFrom('audit_log').select('action').where('subject_id', '=', String(subjectId)).where('subject_type', '=', 'comment').execute()).map((r) => r.action);
    /** Waits for emails started after responses, then a moment for the SMTP peer to parse them. */
    const mailSettled = async () => {
      await t.container.comments.settle();
      await new Promise((resolve) => setTimeout(resolve, 150));
    };

    it('a first comment waits (seen only by its author), is approved by an editor, appears, and its author is emailed', async () => {
      const newcomer = await person(t, 'new@example.org', 'member', 'Nora New');
      const res = await postComment(newcomer, story.id, 'My very first comment.');
      assert.equal(res.statusCode, 303);
      const id = commentIdOf(res.headers.location);
      assert.doesNotMatch(await anonymousSection(story.path), /My very first comment/);
      const own = commentsSectionOf((await newcomer.agent.get(story.path)).body);
      assert.match(own, /My very first comment\.[^]*Waiting for a moderator|Waiting for a moderator[^]*My very first comment/);

      const queue = await editor.agent.get('/admin/moderation');
      assert.equal(queue.statusCode, 200);
      assert.match(queue.body, /My very first comment\./);
      assert.match(queue.body, /Nora New &lt;new@example.org(&gt;|>)/);
      assert.match(queue.body, /Why it waits<\/dt><dd>first comments<\/dd>/);
      assert.match(queue.body, /Story night-shifts/);
      assert.match((await editor.agent.get('/admin')).body, /Waiting for moderation \(1\)[^]*href="\/admin\/moderation"/);

      const approved = await editor.agent.post(`/admin/moderation/${id}/approve`, { _csrf: editor.token });
      assert.equal(approved.statusCode, 303);
      assert.equal(approved.headers.location, '/admin/moderation?done=approved');
      assert.match(await anonymousSection(story.path), /My very first comment\./);
      const mail = await sink.waitFor((m) => sentTo('new@example.org')(m) && m.subject === 'Your comment is published');
      assert.match(mail.text ?? '', new RegExp(`http://localhost:3000/news/night-shifts#comment-${id}`));
      assert.deepEqual(await auditActions(id), ['comment.approve']);
      assert.match((await editor.agent.get('/admin')).body, /Waiting for moderation \(0\)/);

      const next = await postComment(newcomer, story.id, 'Now I am trusted.');
      assert.match(await anonymousSection(story.path), /Now I am trusted\./, `${String(next.headers.location)} appears at once`);
    });

    it('a rejected held comment stays hidden and its author is told', async () => {
      const stranger = await person(t, 'stranger@example.org', 'member', 'Sam Stranger');
      const id = commentIdOf((await postComment(stranger, story.id, 'Something off topic.')).headers.location);
      assert.equal((await editor.agent.post(`/admin/moderation/${id}/reject`, { _csrf: editor.token })).statusCode, 303);
      assert.doesNotMatch(await anonymousSection(story.path), /Something off topic/);
      assert.doesNotMatch(commentsSectionOf((await stranger.agent.get(story.path)).body), /Something off topic/);
      await sink.waitFor((m) => sentTo('stranger@example.org')(m) && m.subject === 'Your comment was not published');
      assert.deepEqual(await auditActions(id), ['comment.reject']);
      assert.equal((await editor.agent.post(`/admin/moderation/${id}/approve`, { _csrf: editor.token })).statusCode, 409, 'already dealt with');
    });

    it('spammy comments from a trusted person are held with the reason: many links, blocked words, repeated text, fast posting', async () => {
      const regular = await person(t, 'regular@example.org', 'member', 'Rae Regular');
      await trust(t, regular, editor, story.id);
      const held = async (body: string) => {
        const id = commentIdOf((await postComment(regular, story.id, body)).headers.location);
        return t.container.db.kysely.selectFrom('comments').select(['status', 'held_reason']).where('id', '=', id).executeTakeFirstOrThrow();
      };
      assert.deepEqual(await held('See https://a.example, https://b.example and https://c.example'), { status: 'held', held_reason: 'many links' });
      assert.deepEqual(await held('Great prices at my CASINO tonight'), { status: 'held', held_reason: 'blocked words' });
      assert.deepEqual(await held('A perfectly fine remark.'), { status: 'visible', held_reason: '' });
      assert.deepEqual(await held('A  perfectly fine remark. '), { status: 'held', held_reason: 'repeated text' });
      // Five comments (trust, links, casino, fine, repeat) in ten minutes: the sixth waits.
      assert.deepEqual(await held('One more thought.'), { status: 'held', held_reason: 'posting fast' });
      const queue = (await editor.agent.get('/admin/moderation')).body;
      for (const reason of ['many links', 'blocked words', 'repeated text', 'posting fast']) assert.match(queue, new RegExp(`<dd>${reason}</dd>`));
    });

    it('a reply emails the person replied to at the real SMTP peer, but not for their own replies or once turned off', async () => {
      const writer = await person(t, 'writer@example.org', 'member', 'Wendy Writer');
      const replier = await person(t, 'replier@example.org', 'member', 'Ray Replier');
      await trust(t, writer, editor, story.id);
      await trust(t, replier, editor, story.id);
      const top = commentIdOf((await postComment(writer, story.id, 'Start of a thread.')).headers.location);
      const reply = commentIdOf((await postComment(replier, story.id, 'A reply to Wendy.', top)).headers.location);
      const mail = await sink.waitFor((m) => sentTo('writer@example.org')(m) && m.subject === 'Ray Replier replied to your comment');
      assert.match(mail.text ?? '', new RegExp(`http://localhost:3000/news/night-shifts#comment-${reply}`));
      assert.match(mail.text ?? '', /Story night-shifts/);
      assert.doesNotMatch(mail.text ?? '', /A reply to Wendy/, 'the email does not quote the reply');
      assert.equal(mail.headers.get('x-pulse-kind'), 'comment-reply');

      const before = sink.messages.filter(sentTo('writer@example.org')).length;
      await postComment(writer, story.id, 'Replying in my own thread.', top);
      await mailSettled();
      assert.equal(sink.messages.filter(sentTo('writer@example.org')).length, before, 'no email for your own reply');

      const settings = await writer.agent.get('/account/comments');
      assert.match(settings.body, /<input id="field-replyEmails" type="checkbox" name="replyEmails" value="yes" checked/);
      const off = await writer.agent.post('/account/comments', { _csrf: writer.token });
      assert.equal(off.statusCode, 303);
      assert.doesNotMatch((await writer.agent.get('/account/comments?saved=1')).body, /name="replyEmails" value="yes" checked/);
      await postComment(replier, story.id, 'Another reply, not emailed.', top);
      await mailSettled();
      assert.equal(sink.messages.filter(sentTo('writer@example.org')).length, before, 'no email once turned off');
    });

    it('a reported comment can be kept or rejected; suspending the author stops them commenting until reinstated', async () => {
      const troll = await person(t, 'troll@example.org', 'member', 'Tom Troll');
      const reader = await person(t, 'reader@example.org', 'member', 'Rita Reader');
      await trust(t, troll, editor, story.id);
      const id = commentIdOf((await postComment(troll, story.id, 'You are all wrong.')).headers.location);
      await reader.agent.post(`/comments/${id}/report`, { _csrf: reader.token, reason: 'Insulting' });
      assert.match((await editor.agent.get('/admin/moderation')).body, /Rita Reader: Insulting/);
      assert.equal((await editor.agent.post(`/admin/moderation/${id}/reject`, { _csrf: editor.token })).statusCode, 303);
      assert.doesNotMatch(await anonymousSection(story.path), /You are all wrong/);

      assert.equal((await editor.agent.post(`/admin/moderation/${id}/suspend-author`, { _csrf: editor.token })).statusCode, 303);
      assert.ok((await auditActions(id)).includes('comment.suspend_author'));
      assert.equal((await postComment(troll, story.id, 'Still here.')).statusCode, 403);
      assert.match(commentsSectionOf((await troll.agent.get(story.path)).body), /A moderator has paused your commenting/);
      assert.equal((await editor.agent.post(`/admin/moderation/${id}/reinstate-author`, { _csrf: editor.token })).statusCode, 303);
      assert.equal((await postComment(troll, story.id, 'Back, and polite.')).statusCode, 303);

      const editorComment = commentIdOf((await postComment(editor, story.id, 'Editor note.')).headers.location);
      assert.equal((await editor.agent.post(`/admin/moderation/${editorComment}/suspend-author`, { _csrf: editor.token })).statusCode, 409, 'editors are not suspended here');
    });

    it('members cannot use the moderation queue or its decisions (403); visitors are sent to log in', async () => {
      const member = await person(t, 'plain@example.org', 'member');
      assert.equal((await member.agent.get('/admin/moderation')).statusCode, 403);
      for (const action of ['approve', 'reject', 'suspend-author', 'reinstate-author']) {
        assert.equal((await member.agent.post(`/admin/moderation/1/${action}`, { _csrf: member.token })).statusCode, 403, action);
      }
      const visitor = await t.app.inject({ method: 'GET', url: '/admin/moderation' });
      assert.equal(visitor.statusCode, 303);
      assert.equal((await editor.agent.post('/admin/moderation/999999/approve', { _csrf: editor.token })).statusCode, 404);
    });
  });
}
