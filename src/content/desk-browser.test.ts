// The editor's desk in Chromium, as an editor uses it: write an article with an image and
// alt text, preview it, schedule it, the server restarts (the time passes while it is down)
// and the article is there; a members-only report with a PDF the non-member cannot fetch; a
// slug change that redirects; a restored revision; a conflicting save caught. axe (WCAG 2.2
// AA) finds nothing on each desk page, at phone and desktop widths.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { expectAccessible, launchChromium } from '../../test/browser.js';
import { createPerson, TEST_PASSWORD } from '../../test/people.js';
import { utcToLondonInput } from '../platform/dates.js';
import { PDF, PNG } from './desk.test.js';

let t: TestApp;
let browser: Browser;
let files: string;

before(async () => {
  t = await startTestApp({ listen: true });
  await createPerson(t, 'ed@example.org', 'editor', 'Edie Editor');
  await createPerson(t, 'ned@example.org', 'editor', 'Ned Editor');
  await createPerson(t, 'reader@example.org', 'member', 'Rita Reader');
  files = fs.mkdtempSync(path.join(t.dataDir, 'files-'));
  fs.writeFileSync(path.join(files, 'ward.png'), PNG);
  fs.writeFileSync(path.join(files, 'annual-report.pdf'), PDF);
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await t?.close();
});

async function logIn(email: string, width = 1280): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${t.baseUrl}/login`);
  await page.fill('#field-email', email);
  await page.fill('#field-password', TEST_PASSWORD);
  await page.click('main button[type=submit]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page };
}

describe("the editor's desk in a browser", () => {
  test('write with an image, preview, schedule; the time passes while the server is down; the article appears', async () => {
    const { context, page } = await logIn('ed@example.org');
    try {
      await page.goto(`${t.baseUrl}/admin/content/new?kind=news`);
      await page.fill('#field-title', 'Night shift handovers halve errors');
      await page.fill('#field-summary', 'A pilot in three wards changed how night teams hand over.');
      await page.fill('#field-body', '## What changed\n\nTeams used a *single* checklist.');
      // With JavaScript on, the preview follows the typing.
      await page.waitForSelector('.desk-preview-live h2:text("What changed")');
      await page.setInputFiles('#field-heroImage', path.join(files, 'ward.png'));
      await page.click('button[value=preview]');
      await page.waitForSelector('#desk-preview-heading');
      assert.equal(await page.textContent('.desk-preview em'), 'single');
      await expectAccessible(page, 'the editor with a preview');

      // Alt text is required with an image: the form says so and keeps everything typed.
      await page.setInputFiles('#field-heroImage', path.join(files, 'ward.png'));
      await page.click('button[value=save]');
      await page.waitForSelector('.error-summary');
      assert.equal(await page.inputValue('#field-title'), 'Night shift handovers halve errors');
      await expectAccessible(page, 'the editor with an error');
      await page.click('.error-summary a[href="#field-heroAlt"]');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-heroAlt', 'the error link moves focus to the field');

      await page.fill('#field-heroAlt', 'Two nurses reading a checklist at a ward desk');
      await page.setInputFiles('#field-heroImage', path.join(files, 'ward.png'));
      const at = new Date(Date.now() + 4_000);
      // Seconds are allowed in the field, so the test need not wait for the next minute.
      await page.fill('#field-scheduleAt', `${utcToLondonInput(at.toISOString())}:${String(at.getUTCSeconds()).padStart(2, '0')}`);
      // By keyboard: focus the Schedule button and press Enter.
      await page.focus('button[value=schedule]');
      await page.keyboard.press('Enter');
      await page.waitForSelector('text=Saved and scheduled.');
      await expectAccessible(page, 'a scheduled item');
    } finally {
      await context.close();
    }
    assert.equal((await fetch(`${t.baseUrl}/news/night-shift-handovers-halve-errors`)).status, 404, 'not yet');

    // The server stops; the scheduled minute passes while it is down; it starts again.
    await t.restart({ beforeStart: () => new Promise((resolve) => setTimeout(resolve, 5_000)) });
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      status = (await fetch(`${t.baseUrl}/news/night-shift-handovers-halve-errors`)).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(status, 200, 'published when the server came back');
    const visitor = await browser.newContext();
    const article = await visitor.newPage();
    await article.goto(`${t.baseUrl}/news/night-shift-handovers-halve-errors`);
    assert.equal(await article.getAttribute('main article img', 'alt'), 'Two nurses reading a checklist at a ward desk');
    await visitor.close();
  });

  test('a members-only report with a PDF; someone outside a member organisation cannot fetch the PDF', async () => {
    const { context, page } = await logIn('ed@example.org');
    try {
      await page.goto(`${t.baseUrl}/admin/content/new?kind=report`);
      await page.fill('#field-title', 'Members census of rota gaps');
      await page.fill('#field-summary', 'Where the gaps are, by region and staff group.');
      await page.selectOption('#field-access', 'members');
      await page.setInputFiles('#field-attachment', path.join(files, 'annual-report.pdf'));
      await page.fill('#field-attachmentTitle', 'Full census (PDF)');
      await page.click('button[value=publish]');
      await page.waitForSelector('text=Saved and published.');
    } finally {
      await context.close();
    }
    const row = await t.container.db.kysely.selectFrom('attachments').select('id').where('title', '=', 'Full census (PDF)').executeTakeFirstOrThrow();
    const reader = await logIn('reader@example.org');
    try {
      const response = await reader.page.goto(`${t.baseUrl}/reports/members-census-of-rota-gaps/files/${row.id}/annual-report.pdf`);
      assert.equal(response?.status(), 403);
      await reader.page.goto(`${t.baseUrl}/reports/members-census-of-rota-gaps`);
      assert.equal(await reader.page.locator('a[href*="/files/"]').count(), 0, 'no file link for a non-member');
    } finally {
      await reader.context.close();
    }
  });

  for (const width of [375, 1280]) {
    test(`at ${width} px: a slug change redirects, a revision is restored, and a conflicting save is caught`, async () => {
      const ed = await logIn('ed@example.org', width);
      const ned = await logIn('ned@example.org', width);
      try {
        const { page } = ed;
        await page.goto(`${t.baseUrl}/admin/content/new?kind=news`);
        const title = `Clinic hours widened ${width}`;
        await page.fill('#field-title', title);
        await page.fill('#field-summary', 'Evening clinics now run until eight.');
        await page.fill('#field-body', 'First version of the text.');
        await page.click('button[value=publish]');
        await page.waitForSelector('text=Saved and published.');
        const editUrl = page.url().split('?')[0]!;

        await page.fill('#field-slug', `evening-clinics-${width}`);
        await page.fill('#field-body', 'Second version of the text.');
        await page.click('button[value=save]');
        await page.waitForSelector('text=Saved and published.');
        await page.goto(`${t.baseUrl}/news/clinic-hours-widened-${width}`);
        assert.equal(new URL(page.url()).pathname, `/news/evening-clinics-${width}`, 'the old address redirects');

        await page.goto(`${editUrl}/revisions`);
        await expectAccessible(page, 'revisions');
        await page.click('button[type=submit]:text("Compare")');
        await page.waitForSelector('.diff');
        await expectAccessible(page, 'a comparison');
        await page.goto(`${editUrl}/revisions`);
        await page.click('button[aria-label="Restore version 1"]');
        await page.waitForSelector('text=Restored.');
        assert.equal(await page.inputValue('#field-body'), 'First version of the text.');

        // Both open the item; Ned saves first; Ed's later save is caught, his text kept.
        await ned.page.goto(editUrl);
        await page.goto(editUrl);
        await ned.page.fill('#field-body', 'Ned was here first.');
        await ned.page.click('button[value=save]');
        await ned.page.waitForSelector('text=Saved and published.');
        await page.fill('#field-body', 'Ed wrote this meanwhile.');
        await page.click('button[value=save]');
        await page.waitForSelector('text=Someone else saved this item');
        assert.equal(await page.inputValue('#field-body'), 'Ed wrote this meanwhile.');
        await expectAccessible(page, 'a conflict');

        await page.goto(`${t.baseUrl}/admin/content`);
        await expectAccessible(page, 'the content list');
        await page.goto(`${editUrl}/delete`);
        await expectAccessible(page, 'the delete confirmation');
        await page.goto(`${t.baseUrl}/admin`);
        await expectAccessible(page, 'the dashboard');
      } finally {
        await ed.context.close();
        await ned.context.close();
      }
    });
  }
});
