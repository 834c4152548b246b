// The sending engine in process: who gets an issue, what each copy holds, and that a finished
// issue is never sent again.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../../test/helpers.js';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink.js';
import { createPerson } from '../../../test/people.js';
import { MemberRepo } from '../../members/repo.js';
import { addSubscriber, issueReadyToSend, publishedItem, suppress } from '../test-support.js';

for (const { dialect, skip } of dialects()) {
  describe(`sending an issue (${dialect})`, { skip }, () => {
    let t: TestApp;
    let sink: SmtpSink;
    before(async () => {
      sink = await startSmtpSink();
      t = await startTestApp({ dialect, env: { SMTP_URL: sink.url, NEWSLETTER_RATE: '1000' } });
    });
    after(async () => {
      await t?.close();
      await sink?.close();
    });

    it('sends one tailored copy to each active subscriber, members-only items only to members, and never again', async () => {
      const now = new Date().toISOString();
      await new MemberRepo(t.container.db.kysely).saveOrganisation({ name: 'Harbour Trust', type: 'Acute trust', status: 'active', tier: 'standard', created_at: now, updated_at: now }, ['harbour.example']);
      const memberId = await createPerson(t, 'ana@harbour.example');
      const registeredId = await createPerson(t, 'ben@elsewhere.example');
      await addSubscriber(t, 'ana@harbour.example', { userId: memberId });
      await addSubscriber(t, 'ben@elsewhere.example', { userId: registeredId });
      await addSubscriber(t, 'cat@visitor.example');
      await addSubscriber(t, 'dan@pending.example', { status: 'pending' });
      await addSubscriber(t, 'eve@gone.example', { status: 'unsubscribed' });
      await addSubscriber(t, 'fay@bounced.example');
      await suppress(t, 'fay@bounced.example');
      const open = await publishedItem(t, 'public');
      const membersOnly = await publishedItem(t, 'members');
      const issueId = await issueReadyToSend(t, 'November roundup', [open.id, membersOnly.id]);

      await t.container.newsletters.sender.runUntilIdle();

      const to = (address: string) => sink.messages.filter((m) => m.subject === 'November roundup' && m.headers.get('to') && JSON.stringify(m.to).includes(address));
      for (const address of ['ana@harbour.example', 'ben@elsewhere.example', 'cat@visitor.example']) assert.equal(to(address).length, 1, `${address} gets one copy`);
      for (const address of ['dan@pending.example', 'eve@gone.example', 'fay@bounced.example']) assert.equal(to(address).length, 0, `${address} gets nothing`);

      const member = to('ana@harbour.example')[0]!;
      const registered = to('ben@elsewhere.example')[0]!;
      const visitor = to('cat@visitor.example')[0]!;
      assert.ok(String(member.html).includes(titleHtml(membersOnly.title)) && member.text!.includes(membersOnly.title), 'the member sees the members-only item');
      for (const copy of [registered, visitor]) {
        assert.ok(!String(copy.html).includes(titleHtml(membersOnly.title)) && !copy.text!.includes(membersOnly.title), 'a non-member does not');
        assert.ok(copy.text!.includes(open.title));
      }
      for (const copy of [member, registered, visitor]) {
        assert.match(copy.text!, /Picked for you/);
        // Unfolded: a long header is written over several lines.
        const header = (name: string) => (copy.headerLines.find((h) => h.key === name)?.line ?? '').replace(/\r?\n\s+/g, ' ');
        assert.match(header('list-unsubscribe'), /^List-Unsubscribe: <http:\/\/localhost:3000\/newsletter\/unsubscribe\/s\.\d+\.1\.[0-9a-f]{32}>, <mailto:unsubscribe\+s\./);
        assert.match(header('list-unsubscribe-post'), /^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/);
        assert.match(header('list-id'), /monthly newsletter <monthly\.newsletter\.localhost>/);
      }
      assert.deepEqual(await t.container.newsletters.deliveries.counts(issueId), { pending: 0, sending: 0, sent: 3, failed: 0, unknown: 0 });
      assert.equal(await t.container.newsletters.deliveries.statusOf(issueId), 'sent');

      const before = sink.messages.length;
      await t.container.newsletters.sender.runUntilIdle();
      assert.equal(sink.messages.length, before, 'a sent issue is not sent again');
    });

    it('someone who unsubscribes or bounces after the send began gets nothing, and is counted as not sent', async () => {
      const stays = await addSubscriber(t, 'hal@visitor.example');
      const leaves = await addSubscriber(t, 'ida@visitor.example');
      await addSubscriber(t, 'jon@bounces-later.example');
      const issueId = await issueReadyToSend(t, 'Mid-send changes', [(await publishedItem(t, 'public')).id]);
      // The delivery rows are made when sending starts; then two things happen before their turn.
      await t.container.newsletters.deliveries.createDeliveries(issueId, new Date().toISOString());
      await t.container.db.kysely.updateTable('newsletter_subscribers').set({ status: 'unsubscribed' }).where('id', '=', leaves).execute();
      await suppress(t, 'jon@bounces-later.example');
      await t.container.newsletters.sender.runUntilIdle();
      const got = (address: string) => sink.messages.some((m) => m.subject === 'Mid-send changes' && JSON.stringify(m.to).includes(address));
      assert.ok(got('hal@visitor.example'), `subscriber ${stays} still gets it`);
      assert.ok(!got('ida@visitor.example') && !got('jon@bounces-later.example'));
      const counts = await t.container.newsletters.deliveries.counts(issueId);
      assert.equal(counts.failed, 2);
      assert.equal(counts.pending + counts.sending, 0);
    });

    it('a paused issue sends nothing until it is resumed', async () => {
      await addSubscriber(t, 'gil@visitor.example');
      const issueId = await issueReadyToSend(t, 'Paused issue', [(await publishedItem(t, 'public')).id]);
      await t.container.db.kysely.updateTable('newsletter_issues').set({ status: 'paused' }).where('id', '=', issueId).execute();
      await t.container.newsletters.sender.runUntilIdle();
      assert.equal(sink.messages.filter((m) => m.subject === 'Paused issue').length, 0);
      await t.container.db.kysely.updateTable('newsletter_issues').set({ status: 'sending' }).where('id', '=', issueId).execute();
      await t.container.newsletters.sender.runUntilIdle();
      const counts = await t.container.newsletters.deliveries.counts(issueId);
      assert.equal(sink.messages.filter((m) => m.subject === 'Paused issue').length, counts.sent);
      assert.ok(counts.sent >= 4);
    });
  });
}

/** A title as it appears in HTML (escaped). */
function titleHtml(title: string): string {
  return title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
