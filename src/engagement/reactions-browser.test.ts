// The rating control and recommend button in Chromium, at phone and desktop widths, used by
// keyboard alone: arrow keys in the radio group, Enter and Space on the buttons. With
// JavaScript on the section updates in place (no navigation) and a live region says what
// happened; with it off the forms post and come back to #reactions. axe (WCAG 2.2 AA tags)
// finds nothing either way, nor on the visitor's view.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { expectAccessible, launchChromium } from '../../test/browser.js';
import { createPerson } from '../../test/people.js';

let t: TestApp;
let browser: Browser;
let article: { id: number; slug: string };

before(async () => {
  t = await startTestApp({ listen: true });
  article = await t.container.db.kysely.selectFrom('items').select(['id', 'slug']).where('kind', '=', 'news').where('access', '=', 'public').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await t?.close();
});

/** A browser signed in as a new confirmed person (a session started as a login would). */
async function signedIn(email: string, options: { width: number; javaScriptEnabled: boolean }): Promise<{ context: BrowserContext; page: Page }> {
  const userId = await createPerson(t, email);
  const sessionId = await t.container.sessions.start(userId, { ip: '127.0.0.1', userAgent: 'chromium test' });
  const context = await browser.newContext({ viewport: { width: options.width, height: 900 }, javaScriptEnabled: options.javaScriptEnabled });
  await context.addCookies([{ name: t.container.accountHttp.sessionCookie, value: sessionId, url: t.baseUrl }]);
  return { context, page: await context.newPage() };
}

const checkedStars = (page: Page) => page.evaluate(() => (document.querySelector('input[name="stars"]:checked') as HTMLInputElement | null)?.value);
const focused = (page: Page) => page.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent?.trim() ?? ''}`);

describe('rating and recommending in a browser', () => {
  for (const width of [375, 1280]) {
    test(`at ${width} px with JavaScript on: rate and recommend by keyboard, updated in place`, async () => {
      const { context, page } = await signedIn(`js-${width}@example.org`, { width, javaScriptEnabled: true });
      try {
        await page.goto(`${t.baseUrl}/news/${article.slug}`);
        await expectAccessible(page, 'an article with the rating control');
        // A mark on the window survives only if the page is not reloaded.
        await page.evaluate(() => { (window as unknown as { stayed: boolean }).stayed = true; });

        await page.focus(`#stars-${article.id}-1`);
        await page.keyboard.press('Space');
        for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
        assert.equal(await checkedStars(page), '4', 'arrow keys move through the stars');
        await page.keyboard.press('Tab');
        assert.match(await focused(page), /Save rating/);
        await page.keyboard.press('Enter');
        await page.waitForSelector('[data-reactions-status]:text("Your rating of 4 stars is saved.")');
        assert.match(await page.textContent('.reactions [data-reactions-form="rating"] button') ?? '', /Change rating/);

        await page.keyboard.press('Tab');
        assert.match(await focused(page), /Recommend/);
        assert.equal(await page.getAttribute('.recommend-button', 'aria-pressed'), 'false');
        await page.keyboard.press('Space');
        await page.waitForSelector('.recommend-button[aria-pressed="true"]');
        await page.waitForSelector('[data-reactions-status]:text("You recommend this.")');
        assert.match(await page.textContent('[data-recommend-count]') ?? '', /Recommended by \d+ (person|people)/);
        assert.equal((await page.textContent('.recommend-button'))?.trim(), 'Recommend', 'a toggle keeps its label');
        await expectAccessible(page, 'the rating control after rating and recommending (JS)');
        await page.keyboard.press('Enter');
        await page.waitForSelector('.recommend-button[aria-pressed="false"]');
        await page.waitForSelector('[data-reactions-status]:text("Your recommend is taken back.")');
        assert.equal(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed), true, 'no navigation happened');

        await page.reload();
        assert.equal(await checkedStars(page), '4', 'the rating was saved');
      } finally {
        await context.close();
      }
    });

    test(`at ${width} px with JavaScript off: the forms post and come back to the reactions`, async () => {
      const { context, page } = await signedIn(`nojs-${width}@example.org`, { width, javaScriptEnabled: false });
      const star = (n: number) => `#stars-${article.id}-${n}`;
      try {
        await page.goto(`${t.baseUrl}/news/${article.slug}`);
        await page.focus(star(1));
        await page.keyboard.press('Space');
        await page.keyboard.press('ArrowRight');
        assert.equal(await page.isChecked(star(2)), true, 'the arrow key chose 2 stars');
        await page.keyboard.press('Tab');
        await Promise.all([page.waitForURL(/#reactions$/), page.keyboard.press('Enter')]);
        assert.equal(await page.isChecked(star(2)), true, 'back on the item with the rating chosen');
        assert.equal((await page.textContent('.reactions__rating button'))?.trim(), 'Change rating');

        await page.focus('.recommend-button');
        await Promise.all([page.waitForURL(/#reactions$/), page.keyboard.press('Space')]);
        await page.waitForSelector('.recommend-button:text("Recommended — undo")');
        await page.focus('.recommend-button');
        await Promise.all([page.waitForURL(/#reactions$/), page.keyboard.press('Enter')]);
        await page.waitForSelector('.recommend-button:text-is("Recommend")');
      } finally {
        await context.close();
      }
      // axe needs script in the page, so the no-script rendering is checked with site.js blocked.
      const checked = await signedIn(`nojs-axe-${width}@example.org`, { width, javaScriptEnabled: true });
      try {
        await checked.context.route(/\/assets\/site\.[^/]*js$/, (route) => route.abort());
        await checked.page.goto(`${t.baseUrl}/news/${article.slug}`);
        await checked.page.click(`label[for="stars-${article.id}-3"]`);
        await Promise.all([checked.page.waitForURL(/#reactions$/), checked.page.click('.reactions__rating button')]);
        await Promise.all([checked.page.waitForURL(/#reactions$/), checked.page.click('.recommend-button')]);
        assert.equal((await checked.page.textContent('.recommend-button'))?.trim(), 'Recommended — undo');
        assert.equal(await checked.page.getAttribute('.recommend-button', 'aria-pressed'), null, 'a plain button without script');
        await expectAccessible(checked.page, 'the reactions as rendered without script, after rating and recommending');
      } finally {
        await checked.context.close();
      }
    });
  }

  test('a visitor sees the counts and a way in; the most recommended list on the home page passes axe', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${t.baseUrl}/news/${article.slug}`);
      assert.match(await page.textContent('.reactions') ?? '', /to rate and recommend/);
      await expectAccessible(page, 'an article as a visitor');
      await t.container.db.kysely.insertInto('recommends').values({ item_id: article.id, user_id: await createPerson(t, 'fan@example.org'), created_at: new Date().toISOString() }).execute();
      t.container.pageCache.invalidate();
      await page.goto(`${t.baseUrl}/`);
      await page.waitForSelector('#most-recommended-heading');
      await expectAccessible(page, 'the home page with most recommended');
    } finally {
      await context.close();
    }
  });
});
