// The issue email as a mail client gets it: signed with DKIM (the signature covers the
// one-click unsubscribe headers, as RFC 8058 requires), members-only items only for members,
// hostile values escaped, and an HTML part that passes the same accessibility checks as a page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { dkimVerify } from 'mailauth/lib/dkim/verify.js';
import { startTestApp, type TestApp } from '../../../test/helpers.js';
import { startSmtpSink, type SmtpSink } from '../../../test/smtp-sink.js';
import { expectAccessible, launchChromium } from '../../../test/browser.js';
import { addSubscriber, issueReadyToSend, publishedItem } from '../test-support.js';
import { compileIssueEmail, type IssueForEmail } from './issue-email.js';
import type { ItemCard } from '../../content/presenters.js';

const SITE = { name: 'Northbridge Health Federation', url: 'https://northbridge.example' };
const LINKS = { preferencesUrl: 'https://northbridge.example/newsletter/preferences/s.1.1.x', unsubscribeUrl: 'https://northbridge.example/newsletter/unsubscribe/s.1.1.x' };

function card(id: number, title: string, options: Partial<ItemCard> = {}): ItemCard {
  return {
    id, kind: 'news', kindLabel: 'News', path: `/news/item-${id}`, title, summary: `What item ${id} is about.`, publishedIso: '2026-11-01T09:00:00.000Z', publishedLabel: '1 November 2026',
    readingMinutes: 3, accessLabel: undefined, hero: undefined, topics: [{ id: 1, name: 'Workforce', slug: 'workforce', path: '/topics/workforce' }], ...options,
  } as ItemCard;
}

function issue(items: IssueForEmail['items'], subject = 'November roundup'): IssueForEmail {
  return { id: 1, subject, introHtml: '<p>Welcome to this month’s <strong>roundup</strong>.</p>', introText: 'Welcome to this month’s roundup.', items, sentAt: '2026-11-28T09:00:00.000Z' };
}

const PUBLIC_ITEM = { card: card(1, 'Workforce plan published', { hero: { src: '/media/plan.svg', alt: 'A ward team at handover' } }), access: 'public' as const };
const REGISTERED_ITEM = { card: card(2, 'Registered readers’ guide', { accessLabel: 'Registered users' }), access: 'registered' as const };
const MEMBERS_ITEM = { card: card(3, 'Members’ pay briefing', { accessLabel: 'Members only' }), access: 'members' as const };

describe('the issue email', () => {
  it('carries members-only items only in the members’ copy, registered items to registered readers and members', () => {
    const whole = issue([PUBLIC_ITEM, REGISTERED_ITEM, MEMBERS_ITEM]);
    const copies = Object.fromEntries((['visitor', 'registered', 'member'] as const).map((kind) => [kind, compileIssueEmail(whole, kind, SITE).fill({ picked: [], links: LINKS })]));
    for (const kind of ['visitor', 'registered', 'member'] as const) assert.ok(copies[kind]!.text.includes('Workforce plan published'), `${kind} gets the public item`);
    assert.ok(!copies.visitor!.html.includes('Registered readers') && !copies.visitor!.text.includes('Registered readers'));
    assert.ok(copies.registered!.text.includes('Registered readers’ guide') && !copies.registered!.text.includes('pay briefing') && !copies.registered!.html.includes('pay briefing'));
    assert.ok(copies.member!.text.includes('Members’ pay briefing (Members only)') && copies.member!.html.includes('pay briefing'));
  });

  it('escapes hostile values and refuses links that are not web addresses', () => {
    const hostile = issue([{ card: card(4, '<script>alert(1)</script> & <b>bold</b>'), access: 'public' }], 'Subject with <img src=x onerror=alert(1)>');
    const { html } = compileIssueEmail(hostile, 'visitor', SITE).fill({ picked: [{ title: '<iframe>', url: 'https://northbridge.example/news/x', summary: '"quoted"', reason: '<b>why</b>' }], links: LINKS });
    assert.ok(!html.includes('<script>') && !html.includes('<iframe>') && !html.includes('<img src=x') && !html.includes('<b>'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;'));
    const compiled = compileIssueEmail(issue([PUBLIC_ITEM]), 'visitor', SITE);
    assert.throws(() => compiled.fill({ picked: [{ title: 'x', url: 'javascript:alert(1)', summary: '', reason: '' }], links: LINKS }), /http/);
    assert.throws(() => compiled.fill({ picked: [], links: { ...LINKS, unsubscribeUrl: 'data:text/html,hi' } }), /http/);
  });

  it('inlines its styles (mail clients drop <style>) and reads without them: one h1, sections as h2, items as h3', () => {
    const { html } = compileIssueEmail(issue([PUBLIC_ITEM]), 'visitor', SITE).fill({ picked: [{ title: 'A pick', url: 'https://northbridge.example/news/a', summary: 'Why it matters', reason: 'Because you follow Workforce' }], links: LINKS });
    assert.ok(!html.includes('<style'), 'no style element');
    assert.match(html, /<h1 style="[^"]+">November roundup<\/h1>/);
    assert.deepEqual([...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]), ['In this issue', 'Picked for you']);
    assert.match(html, /<img class="hero" src="https:\/\/northbridge\.example\/media\/plan\.svg" alt="A ward team at handover"/);
  });

  describe('in a browser, as a page', () => {
    let browser: Awaited<ReturnType<typeof launchChromium>>;
    before(async () => {
      browser = await launchChromium();
    });
    after(async () => {
      await browser?.close();
    });

    for (const width of [375, 1280]) {
      it(`at ${width} px it passes axe, with and without images`, async () => {
        const { html } = compileIssueEmail(issue([PUBLIC_ITEM, REGISTERED_ITEM, MEMBERS_ITEM]), 'member', SITE)
          .fill({ picked: [{ title: 'A pick', url: 'https://northbridge.example/news/a', summary: 'Why it matters', reason: 'Because you follow Workforce' }], links: LINKS });
        for (const images of [true, false]) {
          // JavaScript stays on only because axe runs as a script; the email itself has none.
          const context = await browser.newContext({ viewport: { width, height: 900 } });
          const page = await context.newPage();
          // Nothing is fetched from the network; with images "blocked" they fail as a mail client's would.
          await page.route('**/*', (route) => (images && route.request().resourceType() === 'image' ? route.fulfill({ status: 200, contentType: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>' }) : route.abort()));
          await page.setContent(html);
          await expectAccessible(page, `the issue email at ${width} px${images ? '' : ' with images blocked'}`);
          assert.equal(await page.locator('img:not([alt])').count(), 0, 'every image has alt text');
          assert.ok((await page.locator('body').innerText()).includes('Members’ pay briefing'), 'the text reads without images');
          await context.close();
        }
      });
    }
  });
});

describe('a signed newsletter message (DKIM)', () => {
  let t: TestApp;
  let sink: SmtpSink;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const publicKeyBase64 = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  before(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({
      env: {
        SMTP_URL: sink.url, NEWSLETTER_RATE: '1000', MAIL_FROM: 'Northbridge <news@northbridge.example>', RETURN_PATH_DOMAIN: 'bounces.northbridge.example',
        DKIM_DOMAIN: 'northbridge.example', DKIM_SELECTOR: 'pulse2026', DKIM_PRIVATE_KEY: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      },
    });
  });
  after(async () => {
    await t?.close();
    await sink?.close();
  });

  it('verifies, and its signature covers List-Unsubscribe and List-Unsubscribe-Post; bounces go to a per-recipient return path', async () => {
    await addSubscriber(t, 'kim@reader.example');
    await issueReadyToSend(t, 'Signed issue', [(await publishedItem(t, 'public')).id]);
    await t.container.newsletters.sender.runUntilIdle();
    const message = sink.received.find((m) => m.parsed.subject === 'Signed issue');
    assert.ok(message, 'the issue arrived');
    const resolver = async (name: string, type: string) => {
      assert.equal(type, 'TXT');
      if (name !== 'pulse2026._domainkey.northbridge.example') throw Object.assign(new Error('no such record'), { code: 'ENOTFOUND' });
      return [[`v=DKIM1; k=rsa; p=${publicKeyBase64}`]];
    };
    const result = await dkimVerify(message.raw, { resolver });
    const signature = result.results[0];
    assert.equal(signature?.status?.result, 'pass', JSON.stringify(signature?.status));
    const signed = String((signature as { signingHeaders?: { keys?: string } } | undefined)?.signingHeaders?.keys ?? '').toLowerCase().split(': ').join(':').split(':');
    for (const header of ['from', 'subject', 'list-id', 'list-unsubscribe', 'list-unsubscribe-post']) assert.ok(signed.includes(header), `${header} is signed (${signed.join(',')})`);
    assert.match(message.envelope.from, /^bounce\+n\d+-[0-9a-f]{10}@bounces\.northbridge\.example$/);
    assert.deepEqual(message.envelope.to, ['kim@reader.example']);

    // A copy changed on the way no longer verifies: the check can fail.
    const tampered = Buffer.from(message.raw.toString().replace('Signed issue', 'Signed issue!'));
    assert.notEqual((await dkimVerify(tampered, { resolver })).results[0]?.status?.result, 'pass');
  });
});
