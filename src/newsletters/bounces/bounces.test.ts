// What comes back, sent as real mail to the inbound SMTP listener: bounce reports (RFC 3464),
// complaints (ARF) and mailto unsubscribes, each at the address our sender put on the message.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import nodemailer from 'nodemailer';
import { dialects, startTestApp, type TestApp } from '../../../test/helpers.js';
import { addSubscriber, issueReadyToSend, publishedItem } from '../test-support.js';
import { personWithRole } from '../../../test/people.js';
import { csrfOf } from '../../../test/agent.js';

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/bounces');
const DOMAIN = 'bounces.northbridge.example';

function fixture(name: string, values: Record<string, string>): string {
  let text = fs.readFileSync(path.join(fixtures, name), 'utf8');
  for (const [key, value] of Object.entries(values)) text = text.split(key).join(value);
  return text;
}

for (const { dialect, skip } of dialects()) {
  describe(`bounces, complaints and mailto unsubscribes (${dialect})`, { skip }, () => {
    let t: TestApp;
    let port: number;
    let issueId: number;
    before(async () => {
      t = await startTestApp({ dialect, env: { RETURN_PATH_DOMAIN: DOMAIN } });
      port = await t.container.newsletters.startInboundMail(0, '127.0.0.1');
      issueId = await issueReadyToSend(t, 'Bounce test issue', [(await publishedItem(t, 'public')).id]);
    });
    after(async () => {
      await t?.close();
    });

    /** A subscriber with a delivery of the test issue, and the return path their copy carried. */
    async function recipient(email: string): Promise<string> {
      await addSubscriber(t, email);
      await t.container.db.kysely.deleteFrom('newsletter_deliveries').where('issue_id', '=', issueId).execute();
      await t.container.newsletters.deliveries.createDeliveries(issueId, new Date().toISOString());
      const { id } = await t.container.db.kysely.selectFrom('newsletter_deliveries').select('id').where('email', '=', email).executeTakeFirstOrThrow();
      return t.container.newsletters.links.returnPath(`n${id}`, DOMAIN);
    }

    async function send(to: string, raw: string): Promise<void> {
      const transport = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
      try {
        await transport.sendMail({ envelope: { from: '', to }, raw });
      } finally {
        transport.close();
      }
    }

    const suppressed = (email: string) => t.container.newsletters.suppressions.isSuppressed(email);

    it('a hard bounce suppresses the address, and the next issue skips it', async () => {
      const verp = await recipient('gone@receiver.example');
      await send(verp, fixture('postfix-hard.eml', { RCPT_VERP: verp, RCPT_ADDRESS: 'gone@receiver.example', STATUS_CODE: '5.1.1' }));
      assert.equal(await suppressed('gone@receiver.example'), true);
      const next = await issueReadyToSend(t, 'Next issue', [(await publishedItem(t, 'public')).id]);
      await t.container.newsletters.deliveries.createDeliveries(next, new Date().toISOString());
      const rows = await t.container.db.kysely.selectFrom('newsletter_deliveries').select('email').where('issue_id', '=', next).execute();
      assert.ok(!rows.some((r) => r.email === 'gone@receiver.example'), 'no delivery for a suppressed address');
    });

    it('soft bounces suppress only on the third; a delivered or relayed report changes nothing', async () => {
      const verp = await recipient('full@receiver.example');
      await send(verp, fixture('exim-delayed.eml', { RCPT_VERP: verp, RCPT_ADDRESS: 'full@receiver.example', ACTION: 'delivered' }));
      await send(verp, fixture('exim-delayed.eml', { RCPT_VERP: verp, RCPT_ADDRESS: 'full@receiver.example', ACTION: 'relayed' }));
      for (let n = 1; n <= 2; n++) {
        await send(verp, fixture('exim-delayed.eml', { RCPT_VERP: verp, RCPT_ADDRESS: 'full@receiver.example', ACTION: 'delayed' }));
        assert.equal(await suppressed('full@receiver.example'), false, `not after soft bounce ${n}`);
      }
      await send(verp, fixture('postfix-hard.eml', { RCPT_VERP: verp, RCPT_ADDRESS: 'full@receiver.example', STATUS_CODE: '4.2.2' }));
      assert.equal(await suppressed('full@receiver.example'), true, 'after the third');
      const { rows } = await t.container.newsletters.suppressions.list({ page: 1, q: 'full@' });
      assert.equal(rows[0]?.reason, 'soft-bounces');
    });

    it('a complaint (ARF feedback report) suppresses the address', async () => {
      const verp = await recipient('annoyed@bigmail.example');
      await send(verp, fixture('arf-complaint.eml', { RCPT_VERP: verp, RCPT_ADDRESS: 'annoyed@bigmail.example' }));
      assert.equal(await suppressed('annoyed@bigmail.example'), true);
      const { rows } = await t.container.newsletters.suppressions.list({ page: 1, q: 'annoyed' });
      assert.equal(rows[0]?.reason, 'complaint');
    });

    it('refuses mail for anyone else, and a forged return path, at RCPT; garbage changes nothing', async () => {
      const verp = await recipient('kept@receiver.example');
      const forged = verp.replace(/-([0-9a-f]{10})@/, (_m, sig: string) => `-${sig.startsWith('0') ? '1' : '0'}${sig.slice(1)}@`);
      for (const to of [forged, 'postmaster@bounces.northbridge.example', verp.replace(DOMAIN, 'elsewhere.example'), 'someone@gmail.example']) {
        await assert.rejects(send(to, fixture('postfix-hard.eml', { RCPT_VERP: to, RCPT_ADDRESS: 'kept@receiver.example', STATUS_CODE: '5.1.1' })), (error: { responseCode?: number }) => error.responseCode === 550, `refused: ${to}`);
      }
      await send(verp, 'Subject: hello\r\n\r\nThis is not a report at all.\r\n');
      await send(verp, '\u0000\u0001 not even headers');
      // A report that names some other address is not about this message.
      await send(verp, fixture('postfix-hard.eml', { RCPT_VERP: verp, RCPT_ADDRESS: 'somebody-else@receiver.example', STATUS_CODE: '5.1.1' }));
      assert.equal(await suppressed('kept@receiver.example'), false);
    });

    it('admins see suppressed addresses and recent bounces, and can let an address be mailed again; editors cannot', async () => {
      const admin = await personWithRole(t, `admin-${dialect}@northbridge.example`, 'admin');
      const list = await admin.get('/admin/newsletters/suppressions?q=gone@');
      assert.equal(list.statusCode, 200);
      assert.match(list.body, /gone@receiver\.example/);
      assert.match(list.body, /Bounced \(address does not exist\)/);
      const removed = await admin.post('/admin/newsletters/suppressions/remove', { _csrf: csrfOf(list.body), email: 'gone@receiver.example' });
      assert.equal(removed.statusCode, 303);
      assert.equal(await suppressed('gone@receiver.example'), false);
      const again = await admin.post('/admin/newsletters/suppressions/remove', { _csrf: csrfOf(list.body), email: 'gone@receiver.example' });
      assert.equal(again.statusCode, 404, 'removing twice says it is not there');
      const audit = await t.container.db.kysely.selectFrom('audit_log').select('action').where('action', '=', 'newsletter.suppression.removed').execute();
      assert.equal(audit.length, 1);
      const editor = await personWithRole(t, `ed-${dialect}@northbridge.example`, 'editor');
      assert.equal((await editor.get('/admin/newsletters/suppressions')).statusCode, 403);
    });

    it('a mailto unsubscribe (List-Unsubscribe by email) unsubscribes the subscriber', async () => {
      const id = await addSubscriber(t, 'bymail@reader.example');
      const mailbox = t.container.newsletters.links.unsubscribeMailbox({ kind: 's', id, version: 1 }, DOMAIN);
      await send(mailbox, 'From: bymail@reader.example\r\nSubject: unsubscribe\r\n\r\nunsubscribe\r\n');
      const row = await t.container.db.kysely.selectFrom('newsletter_subscribers').select('status').where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.status, 'unsubscribed');
    });
  });
}
