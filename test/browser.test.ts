// Real-browser checks: at a phone and a desktop width, every kind of public page passes
// axe (WCAG 2.2 AA rule set) and does not scroll sideways, the skip link works from the
// keyboard, and the header search works by keyboard. One Chromium for the whole file; one fresh context per test.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestApp, type TestApp } from './helpers.js';
import { itemPath } from '../src/content/urls.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const WIDTHS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** The pages to check, by name; paths are filled in from the database in before(). */
const PAGE_NAMES = [
  'home',
  'topic page',
  'news article',
  'public report with attachments',
  'upcoming event',
  'events listing',
  'topics index',
  'search with results',
  'search with no results',
  'members-only report (teaser)',
  'static page',
  'not-found page',
] as const;
type PageName = (typeof PAGE_NAMES)[number];

let t: TestApp;
let browser: Browser;
const paths = new Map<PageName, { path: string; status: number }>();

async function findPaths(app: TestApp): Promise<void> {
  const db = app.container.db.kysely;
  const now = new Date().toISOString();
  const published = db.selectFrom('items').select(['items.kind', 'items.slug']).where('items.status', '=', 'published').where('items.published_at', '<=', now);
  const news = await published.where('items.kind', '=', 'news').where('items.access', '=', 'public').orderBy('items.published_at', 'desc').executeTakeFirstOrThrow();
  const report = await published
    .where('items.kind', '=', 'report')
    .where('items.access', '=', 'public')
    .where((eb) => eb.exists(eb.selectFrom('attachments').select('attachments.id').whereRef('attachments.item_id', '=', 'items.id')))
    .orderBy('items.published_at', 'desc')
    .executeTakeFirstOrThrow();
  // Prefer an event with a "join online" link: its long URL once pushed phone layouts sideways.
  const upcoming = published.where('items.kind', '=', 'event').where('items.event_start', '>', now).orderBy('items.event_start', 'asc');
  const event = (await upcoming.where('items.online_url', 'is not', null).executeTakeFirst()) ?? (await upcoming.executeTakeFirstOrThrow());
  const members = await published.where('items.kind', '=', 'report').where('items.access', '=', 'members').orderBy('items.published_at', 'desc').executeTakeFirstOrThrow();
  const ok = (path: string) => ({ path, status: 200 });
  paths.set('home', ok('/'));
  paths.set('topic page', ok('/topics/workforce'));
  paths.set('news article', ok(itemPath(news.kind, news.slug)));
  paths.set('public report with attachments', ok(itemPath(report.kind, report.slug)));
  paths.set('upcoming event', ok(itemPath(event.kind, event.slug)));
  paths.set('events listing', ok('/events'));
  paths.set('topics index', ok('/topics'));
  paths.set('search with results', ok('/search?q=workforce'));
  paths.set('search with no results', ok('/search?q=zzqxjv'));
  paths.set('members-only report (teaser)', ok(itemPath(members.kind, members.slug)));
  paths.set('static page', ok('/about'));
  paths.set('not-found page', { path: '/no-such-page', status: 404 });
}

function pathOf(name: PageName): { path: string; status: number } {
  const found = paths.get(name);
  assert.ok(found, `no path found for ${name}`);
  return found;
}

/** Opens a page in a fresh context (AxeBuilder needs one from browser.newContext()). */
async function open(width: { width: number; height: number }, path: string): Promise<{ page: Page; status: number; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: width.width, height: width.height } });
  const page = await context.newPage();
  const response = await page.goto(t.baseUrl + path, { waitUntil: 'load' });
  return { page, status: response?.status() ?? 0, close: () => context.close() };
}

function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    at ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`).join('\n');
      return `  ${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${nodes}`;
    })
    .join('\n');
}

before(async () => {
  t = await startTestApp({ listen: true });
  await findPaths(t);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await t?.close();
});

for (const width of WIDTHS) {
  describe(`at ${width.width} px (${width.name}), axe finds no WCAG 2.2 AA violations`, () => {
    for (const name of PAGE_NAMES) {
      test(`on the ${name}`, async () => {
        const { path, status: expectedStatus } = pathOf(name);
        const { page, status, close } = await open(width, path);
        try {
          assert.equal(status, expectedStatus, `${path} answered ${status}`);
          const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
          assert.equal(results.violations.length, 0, `axe violations on ${path} at ${width.width} px:\n${describeViolations(results.violations)}`);
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow} px at ${width.width} px`);
        } finally {
          await close();
        }
      });
    }
  });

  describe(`at ${width.width} px (${width.name}), the keyboard`, () => {
    for (const name of ['home', 'news article', 'topic page'] as const) {
      test(`reaches the skip link first, which jumps into main, on the ${name}`, async () => {
        const { page, close } = await open(width, pathOf(name).path);
        try {
          await page.keyboard.press('Tab');
          const skip = await page.evaluate(() => {
            const el = document.activeElement as HTMLElement | null;
            if (!el) return null;
            const box = el.getBoundingClientRect();
            const style = getComputedStyle(el);
            return {
              text: el.textContent?.trim(),
              href: el.getAttribute('href'),
              inViewport: box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth,
              isVisible: style.visibility !== 'hidden' && style.opacity !== '0' && style.clipPath === 'none',
            };
          });
          assert.ok(skip, 'nothing is focused after one Tab');
          assert.equal(skip.text, 'Skip to main content');
          assert.equal(skip.href, '#main');
          assert.ok(skip.inViewport, 'the focused skip link is not inside the viewport');
          assert.ok(skip.isVisible, 'the focused skip link is hidden');

          await page.keyboard.press('Enter');
          assert.equal(await page.evaluate(() => document.activeElement?.id), 'main', 'Enter on the skip link did not focus main#main');
          assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'MAIN');

          await page.keyboard.press('Tab');
          const next = await page.evaluate(() => {
            const el = document.activeElement;
            return { tag: el?.tagName, isInMain: Boolean(el?.closest('main#main')), href: el?.getAttribute('href') };
          });
          assert.equal(next.tag, 'A', `after the skip link, Tab reached a ${next.tag ?? 'nothing'}, not a link`);
          assert.ok(next.isInMain, `after the skip link, Tab reached ${next.href ?? '?'}, which is outside main`);
        } finally {
          await close();
        }
      });
    }

    test('can search from the header search box and land on results', async () => {
      const { page, close } = await open(width, '/');
      try {
        assert.equal(await page.evaluate(() => document.documentElement.classList.contains('js')), true, 'site.js did not run');
        const box = page.locator('header #site-search-q');
        await box.focus();
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-search-q');
        await page.keyboard.type('workforce');
        await Promise.all([page.waitForURL(/\/search\?/), page.keyboard.press('Enter')]);
        const url = new URL(page.url());
        assert.equal(url.pathname, '/search');
        assert.equal(url.searchParams.get('q'), 'workforce');
        const count = (await page.locator('#results-heading').textContent())?.trim() ?? '';
        assert.match(count, /^\d+ results?$/);
        assert.ok(Number.parseInt(count, 10) > 0, `expected results, got "${count}"`);
        assert.ok((await page.locator('.search-results .search-hit').count()) > 0, 'no hits listed');
      } finally {
        await close();
      }
    });
  });
}
