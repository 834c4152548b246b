// Real-browser checks of the setup form and the admin screens: at a phone and a desktop
// width, axe (WCAG 2.2 AA) finds nothing and no page scrolls sideways; the email's HTML
// opens with its remote image blocked.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { createAdminServices } from './service.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PASSWORD = 'lichen beacon saddle 64';
let t: TestApp;
let browser: Browser;

before(async () => {
  t = await startTestApp({ seed: false, listen: true });
  await t.container.mailer.send({
    to: 'someone@example.org',
    subject: 'Confirm your email address',
    text: `Hello,\n\nOpen this link: ${t.baseUrl}/verify-email?token=${'A'.repeat(43)}-and-a-long-tail-without-any-spaces-at-all\n\nThanks`,
    html: '<p style="color:#333">Hello <b>there</b></p><img alt="" src="https://tracker.example/p.gif">',
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
});

after(async () => {
  await browser?.close();
  await t?.close();
});

async function expectAccessible(page: Page, what: string, width: number): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `axe on ${what} at ${width} px`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what} scrolls sideways by ${overflow} px at ${width} px`);
}

describe('the setup form and admin screens in a browser', () => {
  for (const width of [375, 1280]) {
    test(`at ${width} px: set up an admin, then read the outbox`, async () => {
      // A link bound to an address per width, so both runs can create an account.
      const services = createAdminServices({ db: t.container.db, mailer: t.container.mailer, accountRepo: t.container.accountRepo, sessions: t.container.sessions, publicUrl: t.baseUrl });
      const outcome = await services.admin.createAdmin(`admin${width}@example.org`);
      assert.equal(outcome.kind, 'link');
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      // Chromium reports a request the policy blocked as failed; anything else got out.
      const remote: string[] = [];
      context.on('requestfinished', (request) => {
        if (!request.url().startsWith(t.baseUrl)) remote.push(request.url());
      });
      const blocked: string[] = [];
      context.on('requestfailed', (request) => blocked.push(`${request.url()} ${request.failure()?.errorText ?? ''}`));
      const page = await context.newPage();
      try {
        await page.goto(outcome.kind === 'link' ? outcome.url : '');
        await expectAccessible(page, 'the setup form', width);
        await page.fill('#field-name', 'Ada Admin');
        await page.fill('#field-password', PASSWORD);
        await page.click('main button[type=submit]');
        await page.waitForURL('**/admin');
        await expectAccessible(page, 'the dashboard', width);
        await page.click('main a[href="/admin/outbox"]');
        await expectAccessible(page, 'the outbox', width);
        await page.click('main table a');
        await expectAccessible(page, 'a message', width);
        await page.click('text=Open the HTML version');
        assert.equal(await page.textContent('b'), 'there');
        assert.deepEqual(remote, [], 'the email HTML fetched nothing from elsewhere');
        assert.deepEqual(blocked, ['https://tracker.example/p.gif csp']);
      } finally {
        await context.close();
      }
    });
  }
});
