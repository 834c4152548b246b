// "For you", the home page's "Recommended for you" and an article's "Related" and "People who
// read this also read" in Chromium at phone and desktop widths: axe (WCAG 2.2 AA tags) finds
// nothing, nothing scrolls sideways, and a recommendation is reached and opened by keyboard.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Browser, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { expectAccessible, launchChromium } from '../../test/browser.js';
import { createPerson, sessionFor } from '../../test/people.js';

const ARTICLE = '/news/ethical-recruitment-compact-ghana-kenya-philippines';
let t: TestApp;
let browser: Browser;
let sessionId: string;

before(async () => {
  t = await startTestApp({ listen: true, seed: true });
  const workforce = (await t.container.topics.listTopics()).find((topic) => topic.slug === 'workforce')!;
  // Readers who read the article and one report make "People who read this also read".
  const reports = await t.app.inject('/reports');
  const report = /href="(\/reports\/[^"]+)" class="card__link"/.exec(reports.body)![1]!;
  for (const n of [1, 2, 3]) {
    const reader = await sessionFor(t, await createPerson(t, `browser-reader-${n}@example.org`));
    await reader.get(ARTICLE);
    await reader.get(report);
  }
  const userId = await createPerson(t, 'for-you-browser@example.org');
  const me = await sessionFor(t, userId);
  await me.submit('/topics/workforce', '/follows', { topic: String(workforce.id), follow: 'yes', back: '/topics/workforce' });
  sessionId = [...me.cookies.values()][0]!;
  await t.container.recsJob.runOnce();
  t.container.pageCache.invalidate();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await t?.close();
});

describe('recommendations in a browser', () => {
  for (const width of [375, 1280]) {
    test(`at ${width} px: /for-you, the home module and an article's related sections pass axe; a pick opens by keyboard`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await context.addCookies([{ name: t.container.accountHttp.sessionCookie, value: sessionId, url: t.baseUrl }]);
      const page = await context.newPage();
      try {
        await page.goto(`${t.baseUrl}/for-you`);
        await page.getByRole('heading', { level: 1, name: 'For you' }).waitFor();
        assert.equal(await page.locator('.card__reason').first().textContent(), 'Because you follow Workforce');
        await expectAccessible(page, '/for-you (signed in)');

        await page.goto(`${t.baseUrl}/`);
        await page.getByRole('heading', { name: 'Recommended for you' }).waitFor();
        await expectAccessible(page, 'the home page with "Recommended for you"');

        await page.goto(`${t.baseUrl}${ARTICLE}`);
        await page.getByRole('heading', { name: 'People who read this also read' }).waitFor();
        await page.getByRole('heading', { name: 'Related', exact: true }).waitFor();
        await expectAccessible(page, 'an article with its related sections');

        // By keyboard: from the top of /for-you to the first pick, then open it.
        await page.goto(`${t.baseUrl}/for-you`);
        const first = page.locator('.card__link').first();
        const target = await first.getAttribute('href');
        for (let i = 0; i < 80; i++) {
          await page.keyboard.press('Tab');
          if (await first.evaluate((el) => el === document.activeElement)) break;
        }
        assert.ok(await first.evaluate((el) => el === document.activeElement), 'the first pick is reachable by Tab');
        await page.keyboard.press('Enter');
        await page.waitForURL(`${t.baseUrl}${target}`);
      } finally {
        await context.close();
      }
    });
  }

  test('a visitor\'s /for-you passes axe and invites them to register', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${t.baseUrl}/for-you`);
      await page.locator('.for-you__intro').getByRole('link', { name: 'register' }).waitFor();
      await expectAccessible(page, '/for-you (visitor)');
    } finally {
      await context.close();
    }
  });
});
