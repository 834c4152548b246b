// Sharing and gift links in Chromium at phone and desktop widths: the sharing section under
// an item (copy link works with JavaScript; the address is there without), the share form
// (also with errors), a gift page opened by a visitor. axe (WCAG 2.2 AA) finds nothing.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { createPerson, TEST_PASSWORD } from '../../test/people.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let t: TestApp;
let browser: Browser;
let publicItem: { id: number; path: string };
let membersItem: { id: number; path: string };

before(async () => {
  t = await startTestApp({ listen: true });
  await createPerson(t, 'una@northbridge-royal.example', 'member', 'Una Udall');
  const db = t.container.db.kysely;
  const p = await db.selectFrom('items').select(['id', 'slug']).where('access', '=', 'public').where('status', '=', 'published').where('kind', '=', 'news').orderBy('id').executeTakeFirstOrThrow();
  publicItem = { id: p.id, path: `/news/${p.slug}` };
  const m = await db.selectFrom('items').select(['id', 'slug']).where('access', '=', 'members').where('status', '=', 'published').where('kind', '=', 'report').orderBy('id').executeTakeFirstOrThrow();
  membersItem = { id: m.id, path: `/reports/${m.slug}` };
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
});

after(async () => {
  await browser?.close();
  await t?.close();
});

async function expectAccessible(page: Page, what: string, scope?: string): Promise<void> {
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
  if (scope) builder.include(scope);
  const results = await builder.analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `axe on ${what}`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what} scrolls sideways by ${overflow} px`);
}

async function logIn(email: string, width: number): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${t.baseUrl}/login`);
  await page.fill('#field-email', email);
  await page.fill('#field-password', TEST_PASSWORD);
  await page.click('main button[type=submit]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page };
}

describe('sharing and gifts in a browser', () => {
  for (const width of [375, 1280]) {
    test(`the sharing section at ${width} px: plain links, and a copy button with JavaScript only`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.baseUrl });
        const page = await context.newPage();
        await page.goto(`${t.baseUrl}${publicItem.path}`);
        const section = page.locator('section.sharing');
        await section.waitFor();
        assert.equal(await page.getByRole('link', { name: 'Share on LinkedIn' }).count(), 1);
        assert.equal(await page.getByRole('link', { name: 'Share on WhatsApp' }).count(), 1);
        const copy = section.getByRole('button', { name: 'Copy link' });
        assert.ok(await copy.isVisible(), 'the copy button shows with JavaScript');
        await expectAccessible(page, `the sharing section at ${width} px`, 'section.sharing');
        await copy.click();
        await page.waitForFunction(() => (document.querySelector('.sharing__status')?.textContent ?? '') !== '');
        assert.equal(await page.locator('.sharing__status').textContent(), 'Link copied.');
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `http://localhost:3000${publicItem.path}`);
      } finally {
        await context.close();
      }
      const noScript = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false });
      try {
        const page = await noScript.newPage();
        await page.goto(`${t.baseUrl}${publicItem.path}`);
        assert.equal(await page.locator('section.sharing button').isVisible(), false, 'no dead button without JavaScript');
        assert.equal(await page.locator('section.sharing input.sharing__url').inputValue(), `http://localhost:3000${publicItem.path}`);
      } finally {
        await noScript.close();
      }
    });

    test(`the share form at ${width} px, with errors and sent`, async () => {
      const { context, page } = await logIn('una@northbridge-royal.example', width);
      try {
        await page.goto(`${t.baseUrl}${publicItem.path}`);
        await page.click('section.sharing a[href$="/share"]');
        await page.waitForSelector('h1:text("Share with colleagues")');
        await expectAccessible(page, `the share form at ${width} px`);
        await page.fill('#field-recipients', Array.from({ length: 6 }, (_, i) => `c${i}@example.org`).join('\n'));
        await page.fill('#field-note', 'x'.repeat(501));
        await page.click('.share-form button[type=submit]');
        await page.waitForSelector('.error-summary');
        await expectAccessible(page, `the share form with errors at ${width} px`);
        await page.click('.error-summary a[href="#field-note"]');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-note');
        await page.fill('#field-recipients', `colleague-${width}@example.org`);
        await page.fill('#field-note', 'Thought of you.');
        await page.click('.share-form button[type=submit]');
        await page.waitForSelector('h1:text("Shared with colleagues")');
        await expectAccessible(page, `the share confirmation at ${width} px`);
      } finally {
        await context.close();
      }
    });

    test(`a gift page at ${width} px`, async () => {
      const { context, page } = await logIn('una@northbridge-royal.example', width);
      let link: string;
      try {
        await page.goto(`${t.baseUrl}${membersItem.path}`);
        await page.click('section.sharing a[href$="/gift"]');
        await page.waitForSelector('h1:text("Give a colleague access")');
        await expectAccessible(page, `the gift form at ${width} px`);
        await page.click('main form button[type=submit]');
        await page.waitForSelector('h1:text("Your gift link")');
        await expectAccessible(page, `the gift link page at ${width} px`);
        link = await page.inputValue('#gift-link');
        await page.goto(`${t.baseUrl}/account/gifts`);
        await expectAccessible(page, `your gifts at ${width} px`);
      } finally {
        await context.close();
      }
      const visitor = await browser.newContext({ viewport: { width, height: 900 } });
      try {
        const page = await visitor.newPage();
        await page.goto(link.replace('http://localhost:3000', t.baseUrl));
        await page.waitForSelector('h2:text("A gift from Una Udall")');
        await expectAccessible(page, `a gift page at ${width} px`);
      } finally {
        await visitor.close();
      }
    });
  }
});
