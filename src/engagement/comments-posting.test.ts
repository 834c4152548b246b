// Comments over HTTP as people use them: post, reply (one level deep), sort, edit within 15
// minutes, delete, report; bad input (empty, over-long, hostile Markdown); other people's
// comments; members-only items; what the cached anonymous page may carry.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, withoutAttributeValues, type TestApp } from '../../test/helpers.js';
import { commentIdOf, commentsSectionOf, makeItem, memberOrganisation, person, postComment, trust, type Person } from './comments-testing.js';

for (const { dialect, skip } of dialects()) {
  describe(`comments on ${dialect}`, { skip }, () => {
    let t: TestApp;
    let editor: Person;
    let alice: Person;
    let bob: Person;
    let carol: Person;
    let story: { id: number; path: string };

    before(async () => {
      t = await startTestApp({ dialect, seed: false });
      story = await makeItem(t, 'ward-rotas');
      editor = await person(t, 'ed@example.org', 'editor', 'Edie Editor');
      alice = await person(t, 'alice@example.org', 'member', 'Alice Adams');
      bob = await person(t, 'bob@example.org', 'member', 'Bob Brown');
      carol = await person(t, 'carol@example.org', 'member', 'Carol Cole');
      for (const p of [alice, bob, carol]) await trust(t, p, editor, story.id);
    });
    after(async () => {
      await t?.close();
    });

    const anonymousPage = async (path: string) => (await t.app.inject({ method: 'GET', url: path })).body;

    it('a comment posts, returns to the item at the comment, and shows its author, time and Markdown to everyone', async () => {
      const res = await postComment(alice, story.id, 'Rotas are *much* better since [the change](https://example.org/rotas).');
      assert.equal(res.statusCode, 303);
      const id = commentIdOf(res.headers.location);
      assert.equal(res.headers.location, `${story.path}#comment-${id}`);
      const section = commentsSectionOf(await anonymousPage(story.path));
      assert.match(section, new RegExp(`<li class="comment" id="comment-${id}"`));
      assert.match(section, /Alice Adams/);
      assert.match(section, /<em>much<\/em>/);
      assert.match(section, /<a href="https:\/\/example.org\/rotas" rel="nofollow ugc noopener noreferrer">the change<\/a>/);
      assert.match(section, /<time datetime="\d{4}-\d\d-\d\dT/);
      const events = await t.container.engagementEvents.listFor(alice.id);
      assert.ok(events.some((e) => e.item_id === story.id && e.kind === 'comment'), 'an engagement event is recorded');
    });

    it('a reply is one level deep: a reply to a reply joins the top-level comment', async () => {
      const top = commentIdOf((await postComment(alice, story.id, 'What about weekends?')).headers.location);
      const reply = commentIdOf((await postComment(bob, story.id, 'Weekends too.', top)).headers.location);
      const replyToReply = commentIdOf((await postComment(carol, story.id, 'And bank holidays.', reply)).headers.location);
      const rows = await t.container.db.kysely.selectFrom('comments').select(['id', 'parent_id']).where('id', 'in', [reply, replyToReply]).execute();
      assert.deepEqual(rows.map((r) => r.parent_id), [top, top]);
      const section = commentsSectionOf(await anonymousPage(story.path));
      const topAt = section.indexOf(`id="comment-${top}"`);
      const repliesAt = section.indexOf('comment-list--replies', topAt);
      assert.ok(repliesAt > topAt && section.indexOf(`id="comment-${replyToReply}"`) > repliesAt, 'replies sit inside the top-level comment');
    });

    it('sorts oldest or newest first and counts visible comments', async () => {
      const item = await makeItem(t, 'sorting');
      const first = commentIdOf((await postComment(alice, item.id, 'First in time.')).headers.location);
      const second = commentIdOf((await postComment(bob, item.id, 'Second in time.')).headers.location);
      const oldest = commentsSectionOf(await anonymousPage(item.path));
      assert.match(oldest, /Comments \(2\)/);
      assert.ok(oldest.indexOf(`comment-${first}"`) < oldest.indexOf(`comment-${second}"`));
      const newest = commentsSectionOf(await anonymousPage(`${item.path}?comments=newest`));
      assert.ok(newest.indexOf(`comment-${second}"`) < newest.indexOf(`comment-${first}"`));
      assert.match(newest, /aria-current="true">Newest first/);
      const counts = await t.container.comments.countVisibleByItem([item.id, story.id, 999_999]);
      assert.equal(counts.get(item.id), 2);
      assert.equal(counts.get(999_999), undefined);
    });

    it('a comment can be edited for 15 minutes, then the edit is refused clearly', async () => {
      const id = commentIdOf((await postComment(alice, story.id, 'Typo hree.')).headers.location);
      const form = await alice.agent.get(`/comments/${id}/edit`);
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /Typo hree\./);
      const saved = await alice.agent.post(`/comments/${id}/edit`, { _csrf: alice.token, body: 'Typo here.' });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, `${story.path}#comment-${id}`);
      const section = commentsSectionOf(await anonymousPage(story.path));
      assert.match(section, /Typo here\./);
      assert.match(section, /\(edited\)/);

      const empty = await alice.agent.post(`/comments/${id}/edit`, { _csrf: alice.token, body: '   ' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Write your comment before sending it/);

      const longAgo = new Date(Date.now() - 16 * 60 * 1000).toISOString();
      await t.container.db.kysely.updateTable('comments').set({ created_at: longAgo }).where('id', '=', id).execute();
      const late = await alice.agent.get(`/comments/${id}/edit`);
      assert.equal(late.statusCode, 403);
      assert.match(late.body, /15 minutes/);
      const latePost = await alice.agent.post(`/comments/${id}/edit`, { _csrf: alice.token, body: 'Too late.' });
      assert.equal(latePost.statusCode, 403);
      assert.doesNotMatch(commentsSectionOf((await alice.agent.get(story.path)).body), new RegExp(`href="/comments/${id}/edit"`), 'no edit link after the window');
    });

    it("someone else's comment cannot be edited or deleted (403); an unknown id is a 404", async () => {
      const id = commentIdOf((await postComment(alice, story.id, 'Mine, not yours.')).headers.location);
      assert.equal((await bob.agent.get(`/comments/${id}/edit`)).statusCode, 403);
      assert.equal((await bob.agent.post(`/comments/${id}/edit`, { _csrf: bob.token, body: 'Hijacked' })).statusCode, 403);
      assert.equal((await bob.agent.post(`/comments/${id}/delete`, { _csrf: bob.token })).statusCode, 403);
      assert.match(commentsSectionOf(await anonymousPage(story.path)), /Mine, not yours\./);
      assert.equal((await bob.agent.post('/comments/999999/delete', { _csrf: bob.token })).statusCode, 404);
      assert.equal((await bob.agent.post('/comments/999999/edit', { _csrf: bob.token, body: 'x' })).statusCode, 404);
      assert.equal((await bob.agent.post('/items/999999/comments', { _csrf: bob.token, body: 'x' })).statusCode, 404);
      assert.equal((await bob.agent.post('/comments/abc/delete', { _csrf: bob.token })).statusCode, 400);
    });

    it('deleting your own comment removes it; one with replies leaves a placeholder', async () => {
      const lonely = commentIdOf((await postComment(alice, story.id, 'Delete me soon.')).headers.location);
      const res = await alice.agent.post(`/comments/${lonely}/delete`, { _csrf: alice.token });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `${story.path}#comments`);
      assert.doesNotMatch(await anonymousPage(story.path), /Delete me soon\./);

      const parent = commentIdOf((await postComment(bob, story.id, 'A parent to delete.')).headers.location);
      await postComment(carol, story.id, 'A reply that stays.', parent);
      await bob.agent.post(`/comments/${parent}/delete`, { _csrf: bob.token });
      const section = commentsSectionOf(await anonymousPage(story.path));
      assert.doesNotMatch(section, /A parent to delete\./);
      assert.match(section, /This comment has been removed\./);
      assert.match(section, /A reply that stays\./);
      assert.equal((await bob.agent.post(`/comments/${parent}/delete`, { _csrf: bob.token })).statusCode, 404, 'already deleted');
    });

    it('a report is taken once per person, shown to the reporter and queued for moderators', async () => {
      const id = commentIdOf((await postComment(bob, story.id, 'A rude remark.')).headers.location);
      const res = await carol.agent.post(`/comments/${id}/report`, { _csrf: carol.token, reason: 'Rude to colleagues' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, `${story.path}#comment-${id}`);
      assert.match(commentsSectionOf((await carol.agent.get(story.path)).body), /You reported this comment\./);
      assert.equal((await bob.agent.post(`/comments/${id}/report`, { _csrf: bob.token })).statusCode, 400, 'not your own');
      const queue = await editor.agent.get('/admin/moderation');
      assert.match(queue.body, /Reported: /);
      assert.match(queue.body, /Carol Cole: Rude to colleagues/);
      assert.match(queue.body, /A rude remark\./);
      assert.equal((await carol.agent.post('/comments/999999/report', { _csrf: carol.token })).statusCode, 404);
    });

    it('an empty or over-long comment comes back with a clear message tied to the field and the text kept', async () => {
      const long = `${'Long words. '.repeat(460)}<b>kept</b>`;
      const res = await postComment(alice, story.id, long);
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Your comment is 5,5\d\d characters long\. Please shorten it to 5,000 characters or fewer\./);
      assert.match(res.body, /<textarea id="comment-body" name="body"[^>]*aria-describedby="comment-body-hint comment-body-error" aria-invalid="true">/);
      assert.ok(res.body.includes('Long words. Long words.') && /&lt;b(&gt;|>)kept&lt;\/b(&gt;|>)<\/textarea>/.test(res.body), 'the text is kept, escaped');
      assert.match(res.body, /<a href="#comment-body">/);
      assert.match(res.body, /<h1>Story ward-rotas<\/h1>/, 'the item page itself comes back');

      const empty = await postComment(alice, story.id, '  \n ');
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Write your comment before sending it\./);

      // Alice has posted a lot in these minutes (so hers would now be held): the editor starts this thread.
      const top = commentIdOf((await postComment(editor, story.id, 'Reply to me.')).headers.location);
      const reply = await postComment(bob, story.id, 'x'.repeat(5001), top);
      assert.equal(reply.statusCode, 400);
      assert.match(reply.body, new RegExp(`<details class="comment__more" open><summary>Reply`), 'the reply form is open');
      assert.match(reply.body, new RegExp(`id="reply-body-${top}-error"`));
    });

    it('hostile Markdown and HTML in comments are shown inert', async () => {
      const payloads = [
        '<script>alert(1)</script>',
        '<img src=x onerror=alert(1)>',
        '[click](javascript:alert(1))',
        '[click](JaVaScRiPt:alert(1))',
        '![x](https://evil.example/x.png)',
        '<a href="javascript:alert(1)">a</a>',
        '"><svg onload=alert(1)>',
        '<iframe src="https://evil.example"></iframe>',
        '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
        '<style>body{display:none}</style>',
        '`<script>` in code is fine',
        '# A heading stays text',
      ];
      const item = await makeItem(t, 'hostile');
      const writer = await person(t, 'hostile@example.org', 'member', 'Hal Hostile');
      for (const [i, payload] of payloads.entries()) {
        const res = await postComment(writer, item.id, `${payload} number ${i}`);
        assert.equal(res.statusCode, 303, payload);
        // First comments and fast posting are held: a moderator lets each one through.
        const approved = await editor.agent.post(`/admin/moderation/${commentIdOf(res.headers.location)}/approve`, { _csrf: editor.token });
        assert.equal(approved.statusCode, 303);
      }
      for (const html of [await anonymousPage(item.path), (await writer.agent.get(item.path)).body]) {
        const section = commentsSectionOf(html);
        assert.match(section, /number 11/);
        const markup = withoutAttributeValues(section);
        assert.doesNotMatch(markup, /<(script|img|svg|iframe|style|h1|h2 id=""[^>]*>A heading)/i);
        assert.doesNotMatch(section, /<a [^>]*href="\s*(javascript|data):/i);
        assert.doesNotMatch(section, /<[a-z][^>]*\son\w+=/i);
        assert.match(section, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
        assert.match(section, /<code>&lt;script&gt;<\/code>/);
      }
    });

    it('the anonymous page carries no form, token or anyone’s pending comment, and is the same for every visitor', async () => {
      const newcomer = await person(t, 'newcomer@example.org');
      await postComment(newcomer, story.id, 'My first words, held.');
      const one = await anonymousPage(story.path);
      const two = await anonymousPage(story.path);
      assert.equal(one, two);
      const section = commentsSectionOf(one);
      assert.doesNotMatch(section, /_csrf|<form|My first words|Waiting for a moderator|@example\.org/);
      assert.match(section, /href="\/login\?next=%2Fnews%2Fward-rotas%23comments">Log in<\/a>/);
      assert.match(commentsSectionOf((await newcomer.agent.get(story.path)).body), /My first words, held\.[^]*|Waiting for a moderator/);
    });

    it('members-only items: a non-member sees no comments and cannot post (403); a member can', async () => {
      const report = await makeItem(t, 'members-census', 'members');
      await memberOrganisation(t, 'northbridge-royal.example');
      const member = await person(t, 'nurse@northbridge-royal.example', 'member', 'Nina Nurse');
      await trust(t, member, editor, story.id);
      const posted = await postComment(member, report.id, 'Useful census, members only.');
      assert.equal(posted.statusCode, 303);
      assert.match(commentsSectionOf((await member.agent.get(report.path)).body), /Useful census, members only\./);

      const outsider = await alice.agent.get(report.path);
      assert.equal(commentsSectionOf(outsider.body), '');
      assert.doesNotMatch(outsider.body, /Useful census/);
      assert.doesNotMatch(await anonymousPage(report.path), /Useful census|Nina Nurse/);
      const refused = await postComment(alice, report.id, 'Let me in.');
      assert.equal(refused.statusCode, 403);
      const commentId = commentIdOf(posted.headers.location);
      assert.equal((await alice.agent.post(`/comments/${commentId}/report`, { _csrf: alice.token })).statusCode, 403);
      assert.equal((await postComment(alice, report.id, 'Replying from outside.', commentId)).statusCode, 403);
    });

    it("a person's comments are in their data export, and only theirs", async () => {
      const res = await carol.agent.get('/account/export.json');
      assert.equal(res.statusCode, 200);
      const data = res.json() as { comments: { itemId: number; body: string; status: string }[] };
      assert.ok(data.comments.some((c) => c.body === 'And bank holidays.' && c.itemId === story.id && c.status === 'visible'));
      assert.ok(!data.comments.some((c) => c.body === 'Weekends too.'), "not Bob's");
    });

    it('closed items and unconfirmed or visiting people cannot post, and are told why', async () => {
      const closed = await makeItem(t, 'closed-comments');
      await t.container.db.kysely.updateTable('items').set({ comments: 'closed' }).where('id', '=', closed.id).execute();
      assert.equal((await postComment(alice, closed.id, 'Anyone there?')).statusCode, 403);
      assert.equal(commentsSectionOf((await alice.agent.get(closed.path)).body), '', 'nothing to show under a closed item without comments');

      const unconfirmed = await person(t, 'unconfirmed@example.org');
      await t.container.db.kysely.updateTable('users').set({ email_verified_at: null }).where('id', '=', unconfirmed.id).execute();
      const unconfirmedView = commentsSectionOf((await unconfirmed.agent.get(story.path)).body);
      assert.match(unconfirmedView, /Please confirm your email address to comment/);
      assert.doesNotMatch(unconfirmedView, /<summary>Report/, 'only confirmed accounts report');
      const someone = await t.container.db.kysely.selectFrom('comments').select('id').where('status', '=', 'visible').executeTakeFirstOrThrow();
      assert.equal((await unconfirmed.agent.post(`/comments/${someone.id}/report`, { _csrf: unconfirmed.token })).statusCode, 403);
      assert.equal((await postComment(unconfirmed, story.id, 'Hello?')).statusCode, 403);

      const visitor = await t.app.inject({ method: 'POST', url: `/items/${story.id}/comments`, payload: 'body=hi', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3000' } });
      assert.equal(visitor.statusCode, 403);
    });
  });
}
