// Every admin page, found from the app's own route table, opened by an administrator in
// Chromium: axe (WCAG 2.2 AA tags) finds nothing, nothing scrolls sideways at a phone width,
// and the section menu and the page's first control are reachable by keyboard. Pages with an
// id in their address are opened for a real row of the demo data.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestApp, type TestApp } from '../../test/helpers.js';
import { createPerson, TEST_PASSWORD } from '../../test/people.js';
import { routesOf } from '../app.js';
import { ANONYMOUS } from '../accounts/viewer.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Not HTML pages: downloads and raw email bodies. */
const NOT_PAGES = /\.csv$|\/html$/;
let t: TestApp;
let browser: Browser;
let editedItemId = 1;

before(async () => {
  t = await startTestApp({ listen: true });
  await createPerson(t, 'axe-admin@example.org', 'admin', 'Axel Admin');
  // A seeded item edited once on the desk: it then has two revisions to list and compare.
  const seeded = await t.container.db.kysely.selectFrom('items').selectAll().where('kind', '=', 'report').orderBy('id').executeTakeFirstOrThrow();
  editedItemId = seeded.id;
  const links = await t.container.db.kysely.selectFrom('item_topics').select('topic_id').where('item_id', '=', seeded.id).execute();
  await t.container.desk.update(ANONYMOUS, seeded.id, seeded.version, {
    title: seeded.title, slug: seeded.slug, summary: `${seeded.summary} Updated.`, body: seeded.body_md, access: seeded.access, comments: 'default',
    topics: links.map((l) => String(l.topic_id)), authors: [], heroAlt: seeded.hero_alt ?? '', removeHero: false, eventStart: '', eventEnd: '', venue: '', onlineUrl: '', scheduleAt: '', attachmentTitle: '', removeAttachments: [],
  }, {}, 'save');
  await t.container.mailer.send({ to: 'someone@example.org', subject: 'A message', text: 'Hello', html: '<p>Hello</p>' });
  // A draft newsletter issue, for the compose, preview and send-confirmation pages.
  await t.container.newsletters.issues.createDraft({ subject: 'Draft issue', introMd: 'Hello **readers**.', itemIds: [seeded.id], createdBy: null });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
});

after(async () => {
  await browser?.close();
  await t?.close();
});

/** Real ids for the parameterised admin pages, from the seeded database. */
async function concretePaths(): Promise<string[]> {
  const db = t.container.db.kysely;
  const first = async (table: 'items' | 'users' | 'organisations' | 'benefits' | 'topics' | 'outbox' | 'newsletter_issues') => String((await db.selectFrom(table).select('id').orderBy('id').executeTakeFirst())?.id ?? 1);
  const ids: Record<string, string> = { items: String(editedItemId), users: await first('users'), organisations: await first('organisations'), benefits: await first('benefits'), topics: await first('topics'), outbox: await first('outbox'), newsletter_issues: await first('newsletter_issues') };
  const forPattern = (url: string): string | undefined => {
    const table = url.startsWith('/admin/content') ? 'items' : url.startsWith('/admin/people') ? 'users' : url.startsWith('/admin/organisations') ? 'organisations' : url.startsWith('/admin/benefits') ? 'benefits' : url.startsWith('/admin/topics') ? 'topics' : url.startsWith('/admin/outbox') ? 'outbox' : url.startsWith('/admin/newsletters/') ? 'newsletter_issues' : undefined;
    if (!table) return undefined;
    return url.replace(/:version/g, '1').replace(/:[A-Za-z]+/g, ids[table]!);
  };
  const paths = new Set<string>();
  for (const route of routesOf(t.app)) {
    if (route.method !== 'GET' || !(route.url === '/admin' || route.url.startsWith('/admin/')) || NOT_PAGES.test(route.url)) continue;
    const path = route.url.includes(':') ? forPattern(route.url) : route.url;
    if (path) paths.add(path.endsWith('/compare') ? `${path}?from=1&to=2` : path);
  }
  return [...paths];
}

async function logIn(page: Page): Promise<void> {
  await page.goto(`${t.baseUrl}/login`);
  await page.fill('#field-email', 'axe-admin@example.org');
  await page.fill('#field-password', TEST_PASSWORD);
  await page.click('main button[type=submit]');
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

describe('every admin page in a browser', () => {
  for (const width of [375, 1280]) {
    test(`at ${width} px: axe finds nothing, nothing scrolls sideways, the menu is reachable by keyboard`, async () => {
      const paths = await concretePaths();
      assert.ok(paths.length >= 15, `expected many admin pages, found ${paths.join(', ')}`);
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      try {
        await logIn(page);
        for (const path of paths) {
          const response = await page.goto(`${t.baseUrl}${path}`);
          assert.equal(response?.status(), 200, `${path} opens`);
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `axe on ${path}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow} px`);
        }
        // Keyboard: from the top of a page, Tab reaches the skip link, and the admin menu links follow in order.
        await page.goto(`${t.baseUrl}/admin`);
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Skip to main content');
        await page.keyboard.press('Enter');
        let reached = false;
        for (let i = 0; i < 12 && !reached; i++) {
          await page.keyboard.press('Tab');
          reached = await page.evaluate(() => document.activeElement?.closest('.admin-nav') !== null);
        }
        assert.ok(reached, 'the admin menu is reached by Tab after skipping to the content');
      } finally {
        await context.close();
      }
    });
  }
});
