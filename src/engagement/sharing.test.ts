// Sharing with colleagues over HTTP, with a real SMTP peer: one email per colleague from the
// site's template, naming the sender; a members-only item's text never goes out; hostile
// notes arrive inert; bad input keeps the form; the daily limit and unconfirmed accounts are
// refused. And the sharing section under an item: plain links, the same for everyone.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { AddressObject } from 'mailparser';
import { dialects, startTestApp, withoutAttributeValues, type TestApp } from '../../test/helpers.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { Agent, csrfOf } from '../../test/agent.js';
import { createPerson, sessionFor } from '../../test/people.js';

const HOSTILE_NOTE = 'Worth a read <script>alert("owned")</script>\nSee <img src=x onerror=alert(1)> & "this"';

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  return [field ?? []].flat().flatMap((group) => group.value.map((mailbox) => mailbox.address ?? ''));
}

for (const { dialect, skip } of dialects()) {
  describe(`sharing with colleagues on ${dialect}`, { skip }, () => {
    let t: TestApp;
    let sink: SmtpSink;
    let members: { id: number; path: string; title: string; bodySnippet: string };
    let open: { id: number; path: string; title: string; summary: string };

    before(async () => {
      sink = await startSmtpSink();
      t = await startTestApp({ dialect, env: { SMTP_URL: sink.url, MAIL_FROM: 'Pulse Network <news@pulse.example>' } });
      const db = t.container.db.kysely;
      const m = await db.selectFrom('items').selectAll().where('access', '=', 'members').where('status', '=', 'published').where('kind', '=', 'report').orderBy('id').executeTakeFirstOrThrow();
      members = { id: m.id, path: `/reports/${m.slug}`, title: m.title, bodySnippet: m.body_text.slice(40, 100) };
      const p = await db.selectFrom('items').selectAll().where('access', '=', 'public').where('status', '=', 'published').where('kind', '=', 'news').orderBy('id').executeTakeFirstOrThrow();
      open = { id: p.id, path: `/news/${p.slug}`, title: p.title, summary: p.summary };
    });

    after(async () => {
      await t?.close();
      await sink?.close();
    });

    async function person(email: string, name: string, options: { confirmed?: boolean } = {}): Promise<Agent> {
      const id = await createPerson(t, email, 'member', name);
      if (options.confirmed === false) await t.container.db.kysely.updateTable('users').set({ email_verified_at: null }).where('id', '=', id).execute();
      return sessionFor(t, id);
    }

    const share = (agent: Agent, itemId: number, form: { recipients: string; note?: string }) => agent.submit(`/items/${itemId}/share`, `/items/${itemId}/share`, { note: '', ...form });

    test('a member shares a members-only report: one email per colleague, from the site, naming them, with the link and the note as plain text, and none of the text', async () => {
      const alice = await person('alice@northbridge-royal.example', 'Alice Arden');
      const res = await share(alice, members.id, { recipients: 'Colleague.One@Example.org,\ncolleague.two@example.org', note: HOSTILE_NOTE });
      assert.equal(res.statusCode, 200, res.body.slice(0, 500));
      assert.match(res.body, /emailed a link .* to your 2 colleagues/);

      for (const to of ['Colleague.One@Example.org', 'colleague.two@example.org']) {
        const mail = await sink.waitFor((m) => addresses(m.to).some((a) => a.toLowerCase() === to.toLowerCase()));
        assert.deepEqual(addresses(mail.to).map((a) => a.toLowerCase()), [to.toLowerCase()], 'each colleague gets their own email');
        assert.deepEqual(addresses(mail.from), ['news@pulse.example'], 'from the site');
        assert.deepEqual(addresses(mail.replyTo), ['alice@northbridge-royal.example'], 'replies go to the sender');
        assert.equal(mail.subject, `Alice Arden shared “${members.title}” with you`);
        const text = mail.text ?? '';
        const html = mail.html || '';
        assert.ok(text.includes('Alice Arden (alice@northbridge-royal.example)'), 'names the sender');
        assert.ok(text.includes(`http://localhost:3000${members.path}`), 'links to the item');
        assert.ok(html.includes(`href="http://localhost:3000${members.path}"`));
        assert.ok(text.includes('Worth a read <script>alert("owned")</script>'), 'the note as typed in the text part');
        assert.ok(text.includes('See <img src=x onerror=alert(1)> & "this"'));
        assert.doesNotMatch(html, /<script|<img/i, 'nothing in the note is markup in the HTML part');
        assert.ok(html.includes('Worth a read &lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;'));
        assert.ok(html.includes('See &lt;img src=x onerror=alert(1)&gt; &amp; &quot;this&quot;'));
        assert.match(text, /for people at .* member organisations/, 'says it is for members');
        assert.match(text, /register with your work email address at http:\/\/localhost:3000\/register/, 'and how to get access');
        assert.ok(!text.includes(members.bodySnippet) && !html.includes(members.bodySnippet), 'no text of the members-only report');
      }
      const rows = await t.container.db.kysely.selectFrom('shares').selectAll().where('item_id', '=', members.id).execute();
      assert.equal(rows.length, 2);
      const sha = (s: string) => createHash('sha256').update(s).digest('hex');
      assert.deepEqual(rows.map((r) => r.recipient_hash).sort(), [sha('colleague.one@example.org'), sha('colleague.two@example.org')].sort(), 'only a hash of each lower-cased address');
      const events = await t.container.db.kysely.selectFrom('engagement_events').selectAll().where('kind', '=', 'share').where('item_id', '=', members.id).execute();
      assert.equal(events.length, 1, 'a share engagement event');
    });

    test('a public item’s email repeats its summary and says nothing about access', async () => {
      const ben = await person('ben@example.com', 'Ben Bright');
      const res = await share(ben, open.id, { recipients: 'reader@example.net' });
      assert.equal(res.statusCode, 200);
      const mail = await sink.waitFor((m) => addresses(m.to).includes('reader@example.net'));
      assert.ok(mail.text?.includes(open.summary));
      assert.doesNotMatch(mail.text ?? "", /is for people at|for registered readers/);
    });

    test('50 addresses, invalid addresses, an over-long note and an empty form are 400s that keep the form and say what is wrong by field', async () => {
      const cara = await person('cara@example.com', 'Cara Cole');
      const fifty = Array.from({ length: 50 }, (_, i) => `person${i}@example.org`).join(', ');
      const tooMany = await share(cara, open.id, { recipients: fifty, note: 'Keep this note' });
      assert.equal(tooMany.statusCode, 400);
      assert.match(tooMany.body, /id="field-recipients-error"[^]*up to 5 people at a time; you entered 50 addresses/);
      assert.ok(tooMany.body.includes('person49@example.org'), 'the addresses are kept');
      assert.ok(tooMany.body.includes('>Keep this note</textarea>'), 'the note is kept');
      assert.match(tooMany.body, /aria-invalid="true"/);

      const bad = await share(cara, open.id, { recipients: 'fine@example.org, not-an-address, "x"<y@example.org>', note: 'n'.repeat(501) });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /id="field-recipients-error"[^]*“not-an-address”/);
      assert.match(bad.body, /id="field-note-error"[^]*up to 500 characters long; it has 501/);
      assert.match(bad.body, /class="error-summary"/);

      const empty = await share(cara, open.id, { recipients: '  ' });
      assert.equal(empty.statusCode, 400);
      assert.match(empty.body, /Enter at least one email address/);
      const sent = await t.container.db.kysely.selectFrom('shares').selectAll().innerJoin('users', 'users.id', 'shares.user_id').where('users.email', '=', 'cara@example.com').execute();
      assert.equal(sent.length, 0, 'nothing was sent');
    });

    test('a hostile note is shown inert when the form comes back', async () => {
      const dev = await person('dev@example.com', 'Dev Dean');
      const res = await share(dev, open.id, { recipients: 'nope', note: HOSTILE_NOTE });
      assert.equal(res.statusCode, 400);
      assert.doesNotMatch(withoutAttributeValues(res.body), /<script>alert|<img src=x/);
      assert.ok(res.body.includes("&lt;script>alert(") && res.body.includes("&lt;img src=x onerror"), "the note is kept, escaped");
    });

    test('past 20 colleagues in 24 hours the form is refused with a 429 that keeps it', async () => {
      const erin = await person('erin@example.com', 'Erin Ellis');
      for (let batch = 0; batch < 4; batch += 1) {
        const recipients = Array.from({ length: 5 }, (_, i) => `limit${batch}-${i}@example.org`).join('\n');
        const res = await share(erin, open.id, { recipients });
        assert.equal(res.statusCode, 200, `batch ${batch}`);
      }
      const refused = await share(erin, open.id, { recipients: 'one-more@example.org', note: 'Still here' });
      assert.equal(refused.statusCode, 429);
      assert.ok(Number(refused.headers['retry-after']) > 0);
      assert.match(refused.body, /shared with 20 people in the last 24 hours/);
      assert.ok(refused.body.includes('one-more@example.org') && refused.body.includes('>Still here</textarea>'), 'the form is kept');
      assert.equal(sink.messages.filter((m) => addresses(m.to).includes('one-more@example.org')).length, 0);
      const rows = await t.container.db.kysely.selectFrom('shares').innerJoin('users', 'users.id', 'shares.user_id').select('shares.id').where('users.email', '=', 'erin@example.com').execute();
      assert.equal(rows.length, 20);
    });

    test('unconfirmed accounts, people who cannot open the item and visitors cannot share', async () => {
      const unconfirmed = await person('fred@example.com', 'Fred Fox', { confirmed: false });
      const form = await unconfirmed.get(`/items/${open.id}/share`);
      assert.equal(form.statusCode, 403);
      assert.match(form.body, /confirm your email address/);
      const post = await unconfirmed.post(`/items/${open.id}/share`, { _csrf: csrfOf(form.body), recipients: 'x@example.org', note: '' });
      assert.equal(post.statusCode, 403);

      const outsider = await person('gina@example.com', 'Gina Gray');
      const members403 = await outsider.get(`/items/${members.id}/share`);
      assert.equal(members403.statusCode, 403);
      assert.match(members403.body, /once you can open it/);

      const visitor = await new Agent(t.app).get(`/items/${open.id}/share`);
      assert.equal(visitor.statusCode, 303);
      assert.equal(visitor.headers.location, `/login?next=${encodeURIComponent(`/items/${open.id}/share`)}`);
      assert.equal((await outsider.get('/items/99999999/share')).statusCode, 404);
      assert.equal(sink.messages.filter((m) => addresses(m.to).includes('x@example.org')).length, 0);
    });

    test('the sharing section under an item: copy link, email and four networks as plain links, and the colleagues form', async () => {
      const page = await new Agent(t.app).get(open.path);
      assert.equal(page.statusCode, 200);
      const url = `http://localhost:3000${open.path}`;
      const u = encodeURIComponent(url);
      assert.match(page.body, /<section class="sharing" aria-labelledby="share-\d+-heading">/);
      assert.ok(page.body.includes(`value="${url}" readonly`), 'the address is there to select without JavaScript');
      assert.ok(page.body.includes(`href="https://www.linkedin.com/sharing/share-offsite/?url=${u}"`));
      assert.ok(page.body.includes('href="https://bsky.app/intent/compose?text='));
      assert.ok(page.body.includes(`href="https://x.com/intent/post?text=`));
      assert.ok(page.body.includes('href="https://wa.me/?text='));
      assert.ok(page.body.includes('href="mailto:?subject='));
      assert.match(page.body, /<span class="visually-hidden">Share on <\/span><span>LinkedIn<\/span>/);
      assert.ok(page.body.includes(`href="/items/${open.id}/share"`));
      assert.doesNotMatch(page.body, /<script[^>]+src="https?:/, 'no third-party scripts');
      const signedIn = await (await person('hana@example.com', 'Hana Hart')).get(open.path);
      const section = (html: string) => /<section class="sharing"[^]*?<\/section>/.exec(html)?.[0];
      assert.equal(section(signedIn.body), section(page.body), 'the same for every visitor');
      const membersPage = await new Agent(t.app).get(members.path);
      assert.ok(membersPage.body.includes(`href="/items/${members.id}/gift"`), 'members-only items offer a gift link');
    });
  });
}
