// Following, the topic picker and /account/interests in Chromium, at phone and desktop widths,
// by keyboard: with JavaScript the follow button toggles in place (aria-pressed, a polite live
// region, no navigation); without it the form posts and comes back to #follow-topics. Reading
// to the end of an article is reported. axe (WCAG 2.2 AA tags) finds nothing on any of them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { expectAccessible, launchChromium } from '../../test/browser.js';
import { createPerson } from '../../test/people.js';

let t: TestApp;
let browser: Browser;
let topic: { id: number; slug: string; name: string };
let article: { id: number; slug: string };

before(async () => {
  t = await startTestApp({ listen: true });
  const db = t.container.db.kysely;
  topic = await db.selectFrom('topics').select(['id', 'slug', 'name']).orderBy('id').executeTakeFirstOrThrow();
  article = await db.selectFrom('items').select(['id', 'slug']).where('kind', '=', 'news').where('access', '=', 'public').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await t?.close();
});

async function signedIn(email: string, options: { width: number; javaScriptEnabled: boolean }): Promise<{ userId: number; context: BrowserContext; page: Page }> {
  const userId = await createPerson(t, email);
  const sessionId = await t.container.sessions.start(userId, { ip: '127.0.0.1', userAgent: 'chromium test' });
  const context = await browser.newContext({ viewport: { width: options.width, height: 900 }, javaScriptEnabled: options.javaScriptEnabled });
  await context.addCookies([{ name: t.container.accountHttp.sessionCookie, value: sessionId, url: t.baseUrl }]);
  return { userId, context, page: await context.newPage() };
}

const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim() ?? ''}`);
const follows = async (userId: number) => (await t.container.db.kysely.selectFrom('topic_follows').select('topic_id').where('user_id', '=', userId).execute()).map((r) => r.topic_id);

/** Tabs from the top of the page until the focused element matches; fails after 60 presses. */
async function tabTo(page: Page, pattern: RegExp): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (pattern.test(await focused(page))) return;
  }
  assert.fail(`never reached ${pattern} by Tab`);
}

describe('following topics and choosing interests in a browser', () => {
  for (const width of [375, 1280]) {
    test(`at ${width} px with JavaScript on: follow by keyboard, in place; the picker and /account/interests`, async () => {
      const { userId, context, page } = await signedIn(`follow-js-${width}@example.org`, { width, javaScriptEnabled: true });
      try {
        await page.goto(`${t.baseUrl}/topics/${topic.slug}`);
        await expectAccessible(page, 'a topic page with the follow button');
        await page.evaluate(() => { (window as unknown as { stayed: boolean }).stayed = true; });
        const button = page.locator('.follow__button');
        assert.equal(await button.getAttribute('aria-pressed'), 'false');
        assert.equal((await button.textContent())?.trim(), `Follow ${topic.name}`);
        await tabTo(page, new RegExp(`BUTTON Follow ${topic.name}`));
        await page.keyboard.press('Enter');
        await page.waitForSelector('.follow__button[aria-pressed="true"]');
        await page.waitForSelector(`[data-follow-status]:text("You follow ${topic.name}.")`);
        assert.deepEqual(await follows(userId), [topic.id]);
        assert.equal((await button.textContent())?.trim(), `Follow ${topic.name}`, 'a toggle keeps its label');
        await expectAccessible(page, 'a topic page after following (JS)');
        await page.screenshot({ path: `/tmp/follow-topic-${width}.png`, fullPage: false });
        await page.keyboard.press('Space');
        await page.waitForSelector('.follow__button[aria-pressed="false"]');
        await page.waitForSelector(`[data-follow-status]:text("You no longer follow ${topic.name}.")`);
        assert.deepEqual(await follows(userId), []);
        assert.equal(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), true, 'no navigation happened');

        // The one-time picker: tick a topic by keyboard and save.
        await page.goto(`${t.baseUrl}/account/interests/welcome?next=%2Faccount`);
        await page.getByRole('heading', { name: 'Choose your topics' }).waitFor();
        await expectAccessible(page, 'the topic picker');
        await page.screenshot({ path: `/tmp/picker-${width}.png`, fullPage: true });
        await page.focus('#field-topics-0');
        await page.keyboard.press('Space');
        await page.focus('#field-profession');
        await page.keyboard.press('ArrowDown');
        await tabTo(page, /BUTTON Save my topics/);
        await page.keyboard.press('Enter');
        await page.waitForURL(/\/account$/);
        assert.equal((await follows(userId)).length, 1);

        await page.goto(`${t.baseUrl}/account/interests`);
        await expectAccessible(page, '/account/interests');
        await page.getByRole('button', { name: 'Make my feed address' }).click();
        await page.waitForSelector('#feed-url');
        await expectAccessible(page, '/account/interests with a new feed address');
        await page.screenshot({ path: `/tmp/interests-${width}.png`, fullPage: true });

        // An error keeps what was chosen and is announced in the summary.
        await page.evaluate(() => {
          const box = document.querySelector<HTMLInputElement>('#field-topics-1');
          if (box) { box.value = '999999'; box.checked = true; }
        });
        await page.getByRole('button', { name: 'Save my interests' }).click();
        await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
        await expectAccessible(page, '/account/interests with an error');
      } finally {
        await context.close();
      }
    });
  }

  test('without site.js the follow form posts and comes back to the button', async () => {
    // axe needs script in the page, so "JavaScript off" is site.js blocked, as in the reactions test.
    const { userId, context, page } = await signedIn('follow-nojs@example.org', { width: 375, javaScriptEnabled: true });
    try {
      await context.route(/\/assets\/site\.[^/]*js$/, (route) => route.abort());
      await page.goto(`${t.baseUrl}/news/${article.slug}`);
      await expectAccessible(page, 'an article with follow buttons (no JS)');
      await tabTo(page, /BUTTON Follow /);
      const label = await focused(page);
      await Promise.all([page.waitForURL(/#follow-topics$/), page.keyboard.press('Enter')]);
      assert.equal((await follows(userId)).length, 1);
      const following = page.locator('.follow__button[data-following="true"]');
      assert.equal(await following.count(), 1);
      assert.equal(await following.getAttribute('aria-pressed'), null, 'a plain button without script');
      assert.match((await following.textContent()) ?? '', new RegExp(`Following ${label.replace(/^BUTTON Follow /, '')} — unfollow`));
      await expectAccessible(page, 'an article after following (no JS)');
      await page.screenshot({ path: '/tmp/follow-item-nojs-375.png', fullPage: false });
    } finally {
      await context.close();
    }
  });

  test('visitors see "Log in to follow"; a signed-in reader reaching the end of an article is recorded', async () => {
    const visitor = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await visitor.newPage();
      await page.goto(`${t.baseUrl}/topics/${topic.slug}`);
      await page.getByRole('link', { name: `Log in to follow ${topic.name}` }).waitFor();
      await expectAccessible(page, 'a topic page for a visitor');
    } finally {
      await visitor.close();
    }
    const { userId, context, page } = await signedIn('finisher@example.org', { width: 1280, javaScriptEnabled: true });
    try {
      await page.goto(`${t.baseUrl}/news/${article.slug}`);
      await page.screenshot({ path: '/tmp/follow-item-1280.png', fullPage: false });
      const value = () => t.container.db.kysely.selectFrom('engagement_events').select('value').where('user_id', '=', userId).where('kind', '=', 'read').executeTakeFirst();
      assert.equal((await value())?.value, 1);
      await page.locator('[data-read-complete]').scrollIntoViewIfNeeded();
      for (let i = 0; i < 50 && (await value())?.value !== 2; i++) await new Promise((resolve) => setTimeout(resolve, 100));
      assert.equal((await value())?.value, 2, 'read to the end');
    } finally {
      await context.close();
    }
  });
});
