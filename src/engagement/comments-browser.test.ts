// Comments in Chromium: posting and replying update in place with JavaScript on and return to
// the comment with it off; a form error is shown, focused and linked to the field; the
// moderation queue works by mouse. axe (WCAG 2.2 AA) finds nothing at phone and desktop widths.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { expectAccessible, launchChromium } from '../../test/browser.js';
import { TEST_PASSWORD } from '../../test/people.js';
import { makeItem, person, postComment, trust, type Person } from './comments-testing.js';

const WIDTHS = [375, 1280];
let t: TestApp;
let browser: Browser;
let editor: Person;
let story: { id: number; path: string };

before(async () => {
  t = await startTestApp({ listen: true, seed: false });
  story = await makeItem(t, 'handover-checklists');
  editor = await person(t, 'ed@example.org', 'editor', 'Edie Editor');
  for (const [i, width] of WIDTHS.entries()) {
    const p = await person(t, `writer-${width}@example.org`, 'member', `Writer ${width}`);
    await trust(t, p, editor, story.id);
    await postComment(p, story.id, `A comment with **bold**, a [link](https://example.org/${i}) and a list:\n\n- one\n- two`);
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await t?.close();
});

async function logIn(email: string, options: { width: number; javaScriptEnabled?: boolean }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: options.width, height: 900 }, javaScriptEnabled: options.javaScriptEnabled ?? true });
  const page = await context.newPage();
  await page.goto(`${t.baseUrl}/login`);
  await page.fill('#field-email', email);
  await page.fill('#field-password', TEST_PASSWORD);
  await page.click('main button[type=submit]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return { context, page };
}

describe('comments in a browser', () => {
  for (const width of WIDTHS) {
    test(`with JavaScript at ${width} px: comment, reply and a form error update in place; axe finds nothing`, async () => {
      const { context, page } = await logIn(`writer-${width}@example.org`, { width });
      try {
        await page.goto(`${t.baseUrl}${story.path}`);
        await expectAccessible(page, `an article with comments at ${width} px`);

        await page.fill('#comment-body', `Posted in place at ${width} px.`);
        await page.click('#comments > form.comment-form button[type=submit]');
        const added = page.locator('.comment', { hasText: `Posted in place at ${width} px.` });
        await added.waitFor();
        assert.equal(new URL(page.url()).pathname, story.path, 'no page load');
        assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('comment')), true, 'the new comment has focus');

        const first = page.locator('.comment-list > .comment').first();
        await first.locator(':scope > .comment__actions > details.comment__more:has(input[name=parentId]) > summary').click();
        await first.locator('textarea').fill(`A reply at ${width} px.`);
        await first.locator('button:text("Post reply")').click();
        await page.locator('.comment-list--replies .comment', { hasText: `A reply at ${width} px.` }).waitFor();

        await page.fill('#comment-body', 'x'.repeat(5001));
        await page.click('#comments > form.comment-form button[type=submit]');
        await page.locator('#comments .error-summary').waitFor();
        assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true, 'the problem has focus');
        assert.equal((await page.inputValue('#comment-body')).length, 5001, 'the text is kept');
        await expectAccessible(page, `an article with a comment error at ${width} px`);
        await page.click('#comments .error-summary a[href="#comment-body"]');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'comment-body', 'the error link moves focus to the field');
      } finally {
        await context.close();
      }
    });
  }

  test('without JavaScript: a comment posts and returns to it; an over-long one comes back with the text kept', async () => {
    const { context, page } = await logIn('writer-375@example.org', { width: 375, javaScriptEnabled: false });
    try {
      await page.goto(`${t.baseUrl}${story.path}`);
      await page.fill('#comment-body', 'Posted without script.');
      await page.click('#comments > form.comment-form button[type=submit]');
      await page.waitForURL(/#comment-\d+$/);
      const hash = new URL(page.url()).hash;
      assert.match((await page.textContent(`${hash}`)) ?? '', /Posted without script\./);

      await page.fill('#comment-body', `Too long. ${'y'.repeat(5000)}`);
      await page.click('#comments > form.comment-form button[type=submit]');
      await page.locator('#comments .error-summary').waitFor();
      assert.match((await page.textContent('#comment-body-error')) ?? '', /Please shorten it to 5,000 characters/);
      assert.ok((await page.inputValue('#comment-body')).startsWith('Too long. yyy'));
    } finally {
      await context.close();
    }
    // axe needs script to run, so the same server-rendered error page is checked in a context
    // with script on, the form sent by the browser itself (form.submit() skips the enhancement).
    const checked = await logIn('writer-1280@example.org', { width: 375 });
    try {
      await checked.page.goto(`${t.baseUrl}${story.path}`);
      await checked.page.fill('#comment-body', '   ');
      await Promise.all([checked.page.waitForURL(/\/items\/\d+\/comments$/), checked.page.evaluate(() => (document.querySelector('#comments > form.comment-form') as HTMLFormElement).submit())]);
      assert.match((await checked.page.textContent('#comment-body-error')) ?? '', /Write your comment before sending it/);
      await expectAccessible(checked.page, 'the article page with a comment error, as sent without script');
    } finally {
      await checked.context.close();
    }
  });

  test("the cached anonymous page shows a new comment, an edit, a deletion and an approval at once", async () => {
    const item = await makeItem(t, 'cache-check');
    const visitorPage = async () => {
      const res = await fetch(`${t.baseUrl}${item.path}`);
      assert.equal(res.status, 200);
      return res.text();
    };
    const writer = await person(t, 'cache-writer@example.org', 'member', 'Cass Writer');
    await trust(t, writer, editor, story.id);
    assert.doesNotMatch(await visitorPage(), /Cached or not/);
    assert.ok(t.container.pageCache.size > 0, 'the visitor page is cached');
    const posted = await postComment(writer, item.id, 'Cached or not?');
    const id = Number(/#comment-(\d+)$/.exec(String(posted.headers.location))?.[1]);
    assert.match(await visitorPage(), /Cached or not\?/);
    await writer.agent.post(`/comments/${id}/edit`, { _csrf: writer.token, body: 'Cached, then edited.' });
    assert.match(await visitorPage(), /Cached, then edited\./);
    await writer.agent.post(`/comments/${id}/delete`, { _csrf: writer.token });
    assert.doesNotMatch(await visitorPage(), /Cached, then edited/);
    const newcomer = await person(t, 'cache-newcomer@example.org');
    const held = Number(/#comment-(\d+)$/.exec(String((await postComment(newcomer, item.id, 'Held, then approved.')).headers.location))?.[1]);
    assert.doesNotMatch(await visitorPage(), /Held, then approved/);
    await editor.agent.post(`/admin/moderation/${held}/approve`, { _csrf: editor.token });
    assert.match(await visitorPage(), /Held, then approved\./);
  });

  test('a visitor sees the comments and a way in; axe finds nothing', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(`${t.baseUrl}${story.path}`);
      assert.match((await page.textContent('#comments')) ?? '', /Log in or register to join the conversation/);
      await expectAccessible(page, 'an article with comments, for a visitor');
    } finally {
      await context.close();
    }
  });

  for (const width of WIDTHS) {
    test(`/admin/moderation at ${width} px lists held and reported comments and approves one; axe finds nothing`, async () => {
      const newcomer = await person(t, `newcomer-${width}@example.org`, 'member', `Newcomer ${width}`);
      await postComment(newcomer, story.id, `Held until approved (${width}).`);
      const reporter = await person(t, `reporter-${width}@example.org`, 'member');
      const firstComment = await t.container.db.kysely.selectFrom('comments').select('id').where('status', '=', 'visible').orderBy('id').executeTakeFirstOrThrow();
      await reporter.agent.post(`/comments/${firstComment.id}/report`, { _csrf: reporter.token, reason: 'Checking the queue' });
      const { context, page } = await logIn('ed@example.org', { width });
      try {
        await page.goto(`${t.baseUrl}/admin/moderation`);
        await expectAccessible(page, `the moderation queue at ${width} px`);
        const entry = page.locator('.moderation-entry', { hasText: `Held until approved (${width}).` });
        await entry.locator('button', { hasText: 'Approve' }).click();
        await page.waitForSelector('text=Approved. The comment is published');
        await expectAccessible(page, `the moderation queue after a decision at ${width} px`);
      } finally {
        await context.close();
      }
    });
  }
});
