// The subscriber pages in Chromium at phone and desktop widths (axe needs JavaScript on; the
// forms themselves are plain posts): signing up from the home page and from /newsletter (with its errors), the
// confirmation page, the preference centre, the unsubscribe page and /account/newsletters.
// axe (WCAG 2.2 AA tags) finds nothing on any of them and nothing scrolls sideways.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { expectAccessible, launchChromium } from '../../test/browser.js';
import { createPerson } from '../../test/people.js';
import { preferencesUrl, unsubscribeUrl } from './subscribers-service.js';

let t: TestApp;
let browser: Browser;

before(async () => {
  t = await startTestApp({ listen: true });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await t?.close();
});

const db = () => t.container.db.kysely;
const local = (url: string) => url.replace(/^https?:\/\/[^/]+/, t.baseUrl);

describe('the newsletter’s subscriber pages in a browser', () => {
  for (const width of [375, 1280]) {
    test(`at ${width} px: sign-up from the home page and /newsletter, confirmation, preferences, unsubscribe`, { timeout: 90_000 }, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: true });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      try {
        await page.goto(`${t.baseUrl}/`);
        await expectAccessible(page, 'the home page with the sign-up block');
        const email = `browser-${width}@example.org`;
        await page.fill('#newsletter-signup-email', email);
        await page.check('#newsletter-signup-consent');
        await page.getByRole('button', { name: 'Subscribe' }).press('Enter');
        await page.waitForURL(/\/newsletter\/check-email$/);
        await page.getByRole('heading', { name: 'Check your email' }).waitFor();
        await expectAccessible(page, 'the check-your-email page');
        assert.equal((await db().selectFrom('newsletter_subscribers').select('status').where('email', '=', email).executeTakeFirst())?.status, 'pending');

        await page.goto(`${t.baseUrl}/newsletter`);
        await expectAccessible(page, '/newsletter');
        await page.fill('#field-email', 'not-an-address');
        await page.getByRole('button', { name: 'Subscribe' }).click();
        await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
        assert.equal(await page.inputValue('#field-email'), 'not-an-address');
        await expectAccessible(page, '/newsletter with errors');
        await page.screenshot({ path: `/tmp/newsletter-errors-${width}.png`, fullPage: true });

        await page.goto(`${t.baseUrl}/newsletter/confirm?token=${'a'.repeat(43)}`);
        await expectAccessible(page, 'the confirmation page');
        await page.getByRole('button', { name: 'Confirm my subscription' }).click();
        await page.getByRole('heading', { name: 'That link does not work' }).waitFor();
        await expectAccessible(page, 'the failed confirmation page');

        const userId = await createPerson(t, `prefs-browser-${width}@example.org`);
        const topic = await db().selectFrom('topics').select(['id', 'name']).orderBy('id').executeTakeFirstOrThrow();
        await db().insertInto('topic_follows').values({ user_id: userId, topic_id: topic.id, created_at: new Date().toISOString() }).execute();
        const now = new Date().toISOString();
        const sub = await db().insertInto('newsletter_subscribers').values({ email: `prefs-browser-${width}@example.org`, user_id: userId, status: 'active', confirm_token_hash: null, confirm_expires_at: null, created_at: now, confirmed_at: now, unsubscribed_at: null, updated_at: now })
          .returning(['id', 'token_version']).executeTakeFirstOrThrow();
        await page.goto(local(preferencesUrl(t.container.config.publicUrl, t.container.newsletters.links, sub)));
        await expectAccessible(page, 'the preference centre');
        await page.getByLabel('A weekly digest').check();
        await page.getByRole('button', { name: 'Save my preferences' }).click();
        await page.getByText('Your preferences are saved.').waitFor();
        assert.equal((await db().selectFrom('topic_alerts').select('frequency').where('user_id', '=', userId).executeTakeFirst())?.frequency, 'weekly');
        await page.screenshot({ path: `/tmp/newsletter-preferences-${width}.png`, fullPage: true });

        await page.goto(local(unsubscribeUrl(t.container.config.publicUrl, t.container.newsletters.links, sub)));
        await expectAccessible(page, 'the unsubscribe page');
        await page.getByRole('button', { name: 'Unsubscribe' }).click();
        await page.getByRole('heading', { name: 'You are unsubscribed' }).waitFor();
        await expectAccessible(page, 'the unsubscribed page');
        assert.equal((await db().selectFrom('newsletter_subscribers').select('status').where('id', '=', sub.id).executeTakeFirstOrThrow()).status, 'unsubscribed');
      } finally {
        await context.close();
      }
    });

    test(`at ${width} px: /account/newsletters`, { timeout: 60_000 }, async () => {
      const userId = await createPerson(t, `account-browser-${width}@example.org`);
      const topic = await db().selectFrom('topics').select(['id']).orderBy('id').executeTakeFirstOrThrow();
      await db().insertInto('topic_follows').values({ user_id: userId, topic_id: topic.id, created_at: new Date().toISOString() }).execute();
      const sessionId = await t.container.sessions.start(userId, { ip: '127.0.0.1', userAgent: 'chromium test' });
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      await context.addCookies([{ name: t.container.accountHttp.sessionCookie, value: sessionId, url: t.baseUrl }]);
      const page = await context.newPage();
      try {
        await page.goto(`${t.baseUrl}/account/newsletters`);
        await expectAccessible(page, '/account/newsletters');
        await page.getByLabel('Send me the monthly newsletter').check();
        await page.getByRole('button', { name: 'Save my choices' }).click();
        await page.getByText('Your choices are saved.').waitFor();
        await expectAccessible(page, '/account/newsletters with its history');
        await page.screenshot({ path: `/tmp/account-newsletters-${width}.png`, fullPage: true });
        assert.equal((await db().selectFrom('newsletter_subscribers').select('status').where('user_id', '=', userId).executeTakeFirst())?.status, 'active');
      } finally {
        await context.close();
      }
    });
  }
});
