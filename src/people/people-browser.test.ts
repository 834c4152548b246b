// The people and audit log screens (and the organisation and benefit screens) in Chromium, at a phone and a desktop width: axe (WCAG
// 2.2 AA rule set) finds nothing and no page scrolls sideways, including a person's page
// showing a refused change with its error tied to the field, reached by keyboard.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { createPerson } from '../../test/people.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let t: TestApp;
let browser: Browser;
let adminId: number;

before(async () => {
  t = await startTestApp({ seed: false, listen: true });
  adminId = await createPerson(t, 'only-admin@example.org', 'admin', 'Olu Only');
  const editor = await createPerson(t, 'long.address.for.a.narrow.screen@a-very-long-organisation-domain.example', 'editor', 'Priya Longname-Harrington-Smythe');
  await t.container.db.kysely.updateTable('users').set({ organisation_name: 'Northern Regional Community Health and Care Partnership' }).where('id', '=', editor).execute();
  await createPerson(t, 'hostile@example.org', 'member', '<img src=x onerror=alert(1)>');
  await t.container.sessions.start(editor, { ip: '203.0.113.45', userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1' });
  const actor = { kind: 'system' as const, name: 'Pulse (automatic)' };
  await t.container.audit.record(actor, { action: 'item.publish', subjectType: 'item', subjectId: 12, summary: 'Published “A report with a rather long title that has to wrap on a phone screen without scrolling”' });
  await t.container.audit.record(actor, { action: 'user.role', subjectType: 'user', subjectId: editor, summary: 'Changed the role of Priya from Member to Editor' });
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

describe('the people and audit log screens in a browser', () => {
  for (const width of [375, 1280]) {
    test(`at ${width} px: find a person, see a refused change explained, read and filter the audit log`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const sessionId = await t.container.sessions.start(adminId, { ip: '127.0.0.1', userAgent: 'Chromium test' });
      await context.addCookies([{ name: t.container.accountHttp.sessionCookie, value: sessionId, url: t.baseUrl }]);
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      try {
        await page.goto(`${t.baseUrl}/admin/people`);
        await expectAccessible(page, 'the people list', width);
        await page.fill('#field-q', 'longname');
        await page.press('#field-q', 'Enter');
        await page.waitForURL('**/admin/people?q=longname*');
        assert.equal(await page.locator('main tbody tr').count(), 1);
        await page.click('main tbody a');
        await expectAccessible(page, 'a person with a session', width);
        assert.match((await page.textContent('main')) ?? '', /Safari on iOS/);

        // The only admin tries to make themselves an editor: refused, with the error on the field.
        await page.goto(`${t.baseUrl}/admin/people/${adminId}`);
        await page.selectOption('#field-role', 'editor');
        await page.focus('#field-role');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Enter');
        await page.waitForLoadState('load');
        assert.match((await page.textContent('.error-summary')) ?? '', /You are the only administrator/);
        assert.equal(await page.getAttribute('#field-role', 'aria-invalid'), 'true');
        assert.equal(await page.inputValue('#field-role'), 'editor', 'the choice is kept');
        await expectAccessible(page, 'a person page with a validation error', width);
        await page.click('.error-summary a');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-role', 'the summary link leads to the field');

        await page.goto(`${t.baseUrl}/admin/people?q=${encodeURIComponent('<img')}`);
        await expectAccessible(page, 'a search for hostile text', width);

        await page.goto(`${t.baseUrl}/admin/audit`);
        await expectAccessible(page, 'the audit log', width);
        await page.selectOption('#field-action', 'user.');
        await page.click('main form.filter-form button[type=submit]');
        await page.waitForURL('**/admin/audit?action=user.*');
        assert.equal(await page.locator('main tbody tr').count(), 1);
        await page.goto(`${t.baseUrl}/admin/audit?from=2026-02-30`);
        await expectAccessible(page, 'the audit log with a date error', width);
        // The members domain's admin screens share the same frame.
        for (const path of ['/admin/organisations', '/admin/organisations/new', '/admin/benefits', '/admin/benefits/new']) {
          await page.goto(`${t.baseUrl}${path}`);
          assert.equal(await page.getAttribute('.admin-nav a[aria-current="page"]', 'href'), path.replace(/\/new$/, ''));
          await expectAccessible(page, path, width);
        }
        assert.deepEqual(dialogs, [], 'no injected script ran');
      } finally {
        await context.close();
      }
    });
  }
});
