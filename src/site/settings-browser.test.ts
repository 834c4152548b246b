// The site settings and topics screens in Chromium at a phone and a desktop width: axe
// (WCAG 2.2 AA tags) finds nothing, with and without errors shown, and no page scrolls
// sideways. Set SCREENSHOTS=dir to keep a picture of each page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { createPerson } from '../../test/people.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = process.env.SCREENSHOTS;
let t: TestApp;
let browser: Browser;

before(async () => {
  t = await startTestApp({ listen: true });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
});

after(async () => {
  await browser?.close();
  await t?.close();
});

async function expectAccessible(page: Page, what: string, width: number): Promise<void> {
  if (SHOTS) await page.screenshot({ path: path.join(SHOTS, `${what.replace(/[^a-z0-9]+/gi, '-')}-${width}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `axe on ${what} at ${width} px`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what} scrolls sideways by ${overflow} px at ${width} px`);
}

async function signedIn(email: string, role: 'admin' | 'editor', width: number): Promise<Page> {
  const id = await createPerson(t, email, role);
  const session = await t.container.sessions.start(id, { ip: '127.0.0.1', userAgent: 'browser test' });
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  await context.addCookies([{ name: t.container.accountHttp.sessionCookie, value: session, url: t.baseUrl }]);
  return context.newPage();
}

describe('site settings and topics screens in a browser', () => {
  for (const width of [375, 1280]) {
    test(`at ${width} px: every settings page, and a refused colour`, async () => {
      const page = await signedIn(`admin${width}@example.org`, 'admin', width);
      try {
        for (const [url, what] of [['/admin/settings', 'settings general'], ['/admin/settings/brand', 'settings brand'], ['/admin/settings/links', 'settings links'], ['/admin/settings/why-register', 'settings why register']] as const) {
          await page.goto(`${t.baseUrl}${url}`);
          await expectAccessible(page, what, width);
        }
        await page.goto(`${t.baseUrl}/admin/settings/brand`);
        await page.fill('#field-brand_colour', '#ffcc00');
        await page.click('main button[type=submit]');
        await page.waitForSelector('.error-summary');
        assert.equal(await page.inputValue('#field-brand_colour'), '#ffcc00');
        await expectAccessible(page, 'settings brand with an error', width);
        await page.click('.error-summary a');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-brand_colour', 'the summary link moves focus to the field');

        await page.goto(`${t.baseUrl}/admin/settings/links`);
        await page.fill('#field-nav_0_href', 'javascript:alert(1)');
        await page.click('main button[type=submit]');
        await page.waitForSelector('.error-summary');
        await expectAccessible(page, 'settings links with an error', width);

        // A good colour restyles the site at once through /brand.css.
        await page.goto(`${t.baseUrl}/admin/settings/brand`);
        await page.fill('#field-brand_colour', '#5a1e6e');
        await page.click('main button[type=submit]');
        await page.waitForSelector('.notice');
        const header = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor);
        assert.equal(header, 'rgb(90, 30, 110)');
        await page.hover('.site-nav a');
        assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.site-nav a:hover')!).color), 'rgb(255, 255, 255)', 'header links stay white on hover');
        assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('.settings-tabs a')!).color), 'rgb(11, 85, 99)', 'links take the link colour');
        await expectAccessible(page, 'settings brand saved', width);
        await page.goto(`${t.baseUrl}/`);
        await expectAccessible(page, 'home with new brand', width);
      } finally {
        await page.context().close();
      }
    });

    test(`at ${width} px: the topics list, form, merge and delete pages`, async () => {
      const page = await signedIn(`editor${width}@example.org`, 'editor', width);
      try {
        await page.goto(`${t.baseUrl}/admin/topics`);
        await expectAccessible(page, 'topics list', width);
        await page.click('main a[href="/admin/topics/new"]');
        await expectAccessible(page, 'topic new', width);
        await page.click('main button[type=submit]');
        await page.waitForSelector('.error-summary');
        await expectAccessible(page, 'topic new with an error', width);
        await page.fill('#field-name', `Browser topic ${width}`);
        await page.click('main button[type=submit]');
        await page.waitForURL('**/admin/topics?done=created');
        await expectAccessible(page, 'topics list after adding', width);
        const id = (await t.container.topics.findTopic(`browser-topic-${width}`))!.id;
        await page.goto(`${t.baseUrl}/admin/topics/${id}`);
        await expectAccessible(page, 'topic edit', width);
        await page.goto(`${t.baseUrl}/admin/topics/${id}/merge`);
        await expectAccessible(page, 'topic merge', width);
        await page.click('main button[type=submit]');
        await page.waitForSelector('.error-summary');
        await expectAccessible(page, 'topic merge with an error', width);
        const withItems = (await t.container.topics.listForEditors()).find((x) => x.item_count > 0)!;
        await page.goto(`${t.baseUrl}/admin/topics/${withItems.id}/delete`);
        await expectAccessible(page, 'topic delete', width);
      } finally {
        await page.context().close();
      }
    });
  }
});
