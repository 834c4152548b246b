// The newsletter archive and the compose form in Chromium: accessible at phone and desktop
// widths (axe, WCAG 2.2 AA), and the compose form usable by keyboard alone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { createPerson, TEST_PASSWORD } from '../../test/people.js';
import { expectAccessible, launchChromium } from '../../test/browser.js';
import { issueReadyToSend, publishedItem } from './test-support.js';

describe('the newsletter archive and compose form in a browser', () => {
  let t: TestApp;
  let browser: Browser;
  let issueId: number;
  before(async () => {
    t = await startTestApp({ listen: true });
    issueId = await issueReadyToSend(t, 'Spring roundup', [(await publishedItem(t, 'public')).id, (await publishedItem(t, 'members')).id]);
    await t.container.newsletters.sender.runUntilIdle();
    await createPerson(t, 'compose-editor@example.org', 'editor', 'Eddie Editor');
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px: the archive list and an issue, and composing with errors by keyboard`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${t.baseUrl}/newsletter/archive`);
      await expectAccessible(page, 'the archive list');
      await page.getByRole('link', { name: 'Spring roundup' }).click();
      assert.match(page.url(), new RegExp(`/newsletter/archive/${issueId}$`));
      await expectAccessible(page, 'an archived issue');
      assert.match(await page.locator('main').innerText(), /1 more item is for members/);

      await page.goto(`${t.baseUrl}/login`);
      await page.getByLabel('Email address').fill('compose-editor@example.org');
      await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.goto(`${t.baseUrl}/admin/newsletters/new`);
      // By keyboard: type an intro, leave the subject empty, and save with Enter on the button.
      await page.getByLabel('Introduction').focus();
      await page.keyboard.type('Hello from the keyboard.');
      await page.getByRole('button', { name: 'Save draft' }).focus();
      await Promise.all([page.waitForURL(`${t.baseUrl}/admin/newsletters`), page.keyboard.press('Enter')]);
      assert.match(await page.title(), /^Error:/);
      assert.equal(await page.getByLabel('Introduction').inputValue(), 'Hello from the keyboard.');
      await expectAccessible(page, 'the compose form with errors');
      await context.close();
    });
  }
});
