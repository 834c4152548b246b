// Gift links over HTTP: a member gives a colleague 7 days of one members-only item (by link or
// by email); the link opens that item and its files, and nothing else — not another item,
// another item's file, or members-only search results; it stops when it expires or is revoked;
// each member has a monthly allowance; non-members cannot give; admins see counts per organisation.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressObject } from 'mailparser';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { startSmtpSink, type SmtpSink } from '../../test/smtp-sink.js';
import { Agent, csrfOf, linkIn } from '../../test/agent.js';
import { createPerson, personWithRole, sessionFor } from '../../test/people.js';

interface Item { id: number; slug: string; path: string; title: string; bodySnippet: string; attachmentId: number }

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  return [field ?? []].flat().flatMap((group) => group.value.map((mailbox) => mailbox.address ?? ''));
}

for (const { dialect, skip } of dialects()) {
  describe(`gift links on ${dialect}`, { skip }, () => {
    let t: TestApp;
    let sink: SmtpSink;
    let gifted: Item;
    let other: Item;
    let publicId: number;

    before(async () => {
      sink = await startSmtpSink();
      t = await startTestApp({ dialect, env: { SMTP_URL: sink.url } });
      const db = t.container.db.kysely;
      const rows = await db.selectFrom('items').innerJoin('attachments', 'attachments.item_id', 'items.id')
        .select(['items.id', 'items.slug', 'items.title', 'items.body_text', 'attachments.id as attachment_id'])
        .where('items.access', '=', 'members').where('items.status', '=', 'published').where('items.kind', '=', 'report').orderBy('items.id').execute();
      const [first, second] = [rows[0]!, rows.find((r) => r.id !== rows[0]!.id)!];
      const toItem = (r: typeof first): Item => ({ id: r.id, slug: r.slug, path: `/reports/${r.slug}`, title: r.title, bodySnippet: r.body_text.slice(40, 100), attachmentId: r.attachment_id });
      gifted = toItem(first);
      other = toItem(second);
      publicId = (await db.selectFrom('items').select('id').where('access', '=', 'public').where('status', '=', 'published').where('kind', '=', 'news').executeTakeFirstOrThrow()).id;
    });

    after(async () => {
      await t?.close();
      await sink?.close();
    });

    const member = async (local: string, name: string) => sessionFor(t, await createPerson(t, `${local}@northbridge-royal.example`, 'member', name));
    const give = (agent: Agent, itemId: number, recipient = '') => agent.submit(`/items/${itemId}/gift`, `/items/${itemId}/gift`, { recipient });
    const tokenFrom = (html: string) => {
      const link = /id="gift-link" class="sharing__url" type="text" value="([^"]+)"/.exec(html)?.[1];
      assert.ok(link, 'the page shows the link');
      return new URL(link).pathname;
    };

    test('a gift link opens its one members-only item, whole, for a visitor, and nothing else', async () => {
      const mo = await member('mo', 'Mo Mensah');
      const created = await give(mo, gifted.id);
      assert.equal(created.statusCode, 200, created.body.slice(0, 300));
      const giftPath = tokenFrom(created.body);
      assert.match(giftPath, /^\/gift\/[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{22}$/);

      const visitor = new Agent(t.app);
      const page = await visitor.get(giftPath);
      assert.equal(page.statusCode, 200);
      assert.ok(page.body.includes(gifted.bodySnippet), 'the whole text');
      assert.match(page.body, /A gift from Mo Mensah/);
      assert.match(page.body, /until \d{2}:\d{2} GMT on/);
      assert.match(page.body, /href="\/register"/, 'an invitation to register');
      assert.equal(page.headers['cache-control'], 'private, no-store');
      assert.match(String(page.headers['x-robots-tag']), /noindex/);
      assert.match(page.body, /<meta name="robots" content="noindex"/);
      assert.equal(t.container.pageCache.size, 0, 'never in the page cache');
      const again = await visitor.get(giftPath);
      assert.equal(again.statusCode, 200);

      const fileLink = new RegExp(`href="(${giftPath.replace(/[.]/g, '\\.')}/files/${gifted.attachmentId}/[^"]+)"`).exec(page.body)?.[1];
      assert.ok(fileLink, 'its file through the gift');
      const file = await visitor.get(fileLink);
      assert.equal(file.statusCode, 200);
      assert.ok(file.rawPayload.subarray(0, 5).equals(Buffer.from('%PDF-')));
      assert.equal(file.headers['cache-control'], 'private, no-store');

      // Nothing else: another item's file through this gift, the item itself or another by its address, search.
      assert.equal((await visitor.get(`${giftPath}/files/${other.attachmentId}/x.pdf`)).statusCode, 404);
      const otherPage = await visitor.get(other.path);
      assert.ok(!otherPage.body.includes(other.bodySnippet), 'another members-only item stays a teaser');
      const ownPage = await visitor.get(gifted.path);
      assert.ok(!ownPage.body.includes(gifted.bodySnippet), 'the gift is no session: the normal page is a teaser');
      const otherFile = await visitor.get(`${other.path}/files/${other.attachmentId}/x.pdf`);
      assert.equal(otherFile.statusCode, 303, 'another item’s file asks for a login');
      const word = gifted.title.split(/\s+/).find((w) => w.length > 6)!;
      const search = await visitor.get(`/search?q=${encodeURIComponent(word)}`);
      // Search lists members-only items as teasers for everyone; a gift adds nothing to that.
      assert.ok(!search.body.includes(gifted.bodySnippet), 'no members-only text in search results');
      assert.equal(search.body, (await new Agent(t.app).get(`/search?q=${encodeURIComponent(word)}`)).body, 'the same results as any visitor');

      const row = await t.container.db.kysely.selectFrom('gifts').selectAll().where('item_id', '=', gifted.id).executeTakeFirstOrThrow();
      assert.equal(Number(row.opened_count), 2, 'each opening of the page is counted');
      assert.notEqual(row.token_hash, giftPath.split('/').pop(), 'only a hash is stored');
      const events = await t.container.db.kysely.selectFrom('engagement_events').selectAll().where('kind', '=', 'gift').where('item_id', '=', gifted.id).execute();
      assert.equal(events.length, 1);

      // Expiry: the same link stops working once its time has passed.
      await t.container.db.kysely.updateTable('gifts').set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', row.id).execute();
      const expired = await visitor.get(giftPath);
      assert.equal(expired.statusCode, 410);
      assert.match(expired.body, /This gift link has expired/);
      assert.ok(!expired.body.includes(gifted.bodySnippet));
      assert.equal((await visitor.get(fileLink)).statusCode, 410);
    });

    test('a revoked link stops at once; someone else cannot revoke it; unknown and tampered links are 404s', async () => {
      const nia = await member('nia', 'Nia Noor');
      const giftPath = tokenFrom((await give(nia, gifted.id)).body);
      const visitor = new Agent(t.app);
      assert.equal((await visitor.get(giftPath)).statusCode, 200);

      const list = await nia.get('/account/gifts');
      assert.equal(list.statusCode, 200);
      const giftId = Number(/action="\/account\/gifts\/(\d+)\/revoke"/.exec(list.body)?.[1]);
      assert.ok(giftId > 0);
      assert.match(list.body, /Revoke<span class="visually-hidden">/);

      const stranger = await member('sam', 'Sam Stone');
      const theirs = await stranger.post(`/account/gifts/${giftId}/revoke`, { _csrf: csrfOf((await stranger.get('/account/gifts')).body) });
      assert.equal(theirs.statusCode, 404);
      assert.equal((await visitor.get(giftPath)).statusCode, 200, 'still open');

      const revoked = await nia.post(`/account/gifts/${giftId}/revoke`, { _csrf: csrfOf(list.body) });
      assert.equal(revoked.statusCode, 200);
      assert.match(revoked.body, /Revoked\. That link no longer opens anything/);
      const gone = await visitor.get(giftPath);
      assert.equal(gone.statusCode, 410);
      assert.match(gone.body, /Nia Noor has withdrawn this gift link/);

      const token = giftPath.split('/').pop()!;
      const tampered = `${token.slice(0, 10)}${token[10] === 'A' ? 'B' : 'A'}${token.slice(11)}`;
      assert.equal((await visitor.get(`/gift/${tampered}`)).statusCode, 404);
      assert.equal((await visitor.get('/gift/not-a-token')).statusCode, 404);
      assert.equal((await visitor.get(`/gift/${'a'.repeat(43)}.${'b'.repeat(22)}`)).statusCode, 404);
    });

    test('a gift can be emailed to one colleague, naming the giver; the emailed link works', async () => {
      const ola = await member('ola', 'Ola Okoro');
      const res = await give(ola, gifted.id, 'friend@partner.example');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /We have emailed the link to friend@partner\.example/);
      const mail = await sink.waitFor((m) => addresses(m.to).includes('friend@partner.example'));
      assert.equal(mail.subject, `Ola Okoro has given you “${gifted.title}” to read`);
      assert.deepEqual(addresses(mail.replyTo), ['ola@northbridge-royal.example']);
      assert.ok(!(mail.text ?? '').includes(gifted.bodySnippet), 'the email carries the link, not the text');
      const opened = await new Agent(t.app).get(linkIn(mail.text ?? '', '/gift/'));
      assert.equal(opened.statusCode, 200);
      const bad = await give(ola, gifted.id, 'not an address');
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /id="field-recipient-error"/);
      assert.ok(bad.body.includes('value="not an address"'), 'the form is kept');
    });

    test('five gifts a month per member, then a clear 429', async () => {
      const pat = await member('pat', 'Pat Price');
      for (let i = 0; i < 5; i += 1) assert.equal((await give(pat, i % 2 === 0 ? gifted.id : other.id)).statusCode, 200, `gift ${i + 1}`);
      const refused = await give(pat, gifted.id, 'later@partner.example');
      assert.equal(refused.statusCode, 429);
      assert.match(refused.body, /You have given 5 gift links this month/);
      assert.ok(refused.body.includes('value="later@partner.example"'));
      assert.equal(sink.messages.filter((m) => addresses(m.to).includes('later@partner.example')).length, 0);
      assert.match((await pat.get('/account/gifts')).body, /You can give 0 more this month/);
    });

    test('people who are not members cannot give gifts; public items are not gifts; visitors are asked to log in', async () => {
      const outsider = await sessionFor(t, await createPerson(t, 'quinn@example.com', 'member', 'Quinn Quest'));
      const form = await outsider.get(`/items/${gifted.id}/gift`);
      assert.equal(form.statusCode, 403);
      assert.match(form.body, /Gift links are for members/);
      const post = await outsider.post(`/items/${gifted.id}/gift`, { _csrf: csrfOf(form.body), recipient: '' });
      assert.equal(post.statusCode, 403);
      const rita = await member('rita', 'Rita Rowe');
      assert.equal((await rita.get(`/items/${publicId}/gift`)).statusCode, 403);
      const visitor = await new Agent(t.app).get(`/items/${gifted.id}/gift`);
      assert.equal(visitor.statusCode, 303);
      const count = await t.container.db.kysely.selectFrom('gifts').innerJoin('users', 'users.id', 'gifts.giver_id').select('gifts.id').where('users.email', '=', 'quinn@example.com').execute();
      assert.equal(count.length, 0);
    });

    test('admins see this month’s gifts per organisation; members may not', async () => {
      const sid = await member('sid', 'Sid Shah');
      await give(sid, gifted.id);
      const admin = await personWithRole(t, 'boss@example.com', 'admin');
      const page = await admin.get('/admin/gifts');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<td>Northbridge Royal Infirmary Trust<\/td>\s*<td>\d+<\/td>/);
      assert.equal((await sid.get('/admin/gifts')).statusCode, 403);
      const editor = await personWithRole(t, 'ed@example.com', 'editor');
      assert.equal((await editor.get('/admin/gifts')).statusCode, 403);
    });
  });
}
