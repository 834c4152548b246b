// The analytics screen in Chromium at a phone and a desktop width: axe (WCAG 2.2 AA) finds
// nothing, nothing scrolls sideways, the charts are labelled images, and the numbers behind
// a chart open from the keyboard.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { createPerson } from '../../test/people.js';
import { publishedItems, settle } from './test-support.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
let t: TestApp;
let browser: Browser;
let sessionId: string;
let topicSlug: string;

before(async () => {
  t = await startTestApp({ listen: true });
  const editorId = await createPerson(t, 'analytics-browser-editor@example.org', 'editor');
  sessionId = await t.container.sessions.start(editorId, { ip: '127.0.0.1', userAgent: 'test' });
  const items = [...(await publishedItems(t, 'news', 'public', 3)), ...(await publishedItems(t, 'report', 'members', 1))];
  for (const [i, item] of items.entries()) {
    for (let n = 0; n <= i * 2; n++) await t.app.inject({ method: 'GET', url: item.path, remoteAddress: `198.51.100.${n + 1}`, headers: { 'user-agent': BROWSER } });
  }
  await settle();
  await t.container.analytics.flush();
  const topic = await t.container.db.kysely.selectFrom('item_topics').innerJoin('topics', 'topics.id', 'item_topics.topic_id').select('topics.slug').where('item_topics.item_id', '=', items[0]!.id).executeTakeFirstOrThrow();
  topicSlug = topic.slug;
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

describe('the analytics screen in a browser', () => {
  for (const width of [375, 1280]) {
    test(`at ${width} px it passes axe, fits the screen and opens its numbers by keyboard`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await context.addCookies([{ name: t.container.accountHttp.sessionCookie, value: sessionId, url: t.baseUrl }]);
      const page = await context.newPage();
      try {
        const response = await page.goto(`${t.baseUrl}/admin/analytics?days=30&topic=${topicSlug}`);
        assert.equal(response?.status(), 200);
        await expectAccessible(page, 'the analytics page', width);
        assert.equal(await page.locator('svg[role="img"]').count(), 4, 'four charts, each a labelled image');
        assert.equal(await page.locator('svg[role="img"] title').first().textContent(), 'Page views and unique visitors per day');
        // The daily numbers open from the keyboard.
        const summary = page.locator('#analytics-daily ~ details summary, details summary').first();
        await summary.focus();
        await page.keyboard.press('Enter');
        assert.ok(await page.locator('#table-daily').isVisible(), 'the table opens with Enter');
        await expectAccessible(page, 'the analytics page with its numbers open', width);
        await page.screenshot({ path: `/tmp/analytics-${width}.png`, fullPage: true });
      } finally {
        await context.close();
      }
    });
  }
});
