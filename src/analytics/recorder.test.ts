// The recorder across midnight, with a clock the test controls and the real database:
// views counted before midnight belong to that day, its visitors are hashed with that day's
// salt, and once the day is over its salt is gone so the hashes cannot be recomputed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { AnalyticsRepo } from './repo.js';
import { hashVisitor, ViewRecorder, type ViewSignal } from './recorder.js';
import { publishedItems } from './test-support.js';

const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Firefox/133.0';

for (const { dialect, skip } of dialects()) {
  describe(`the recorder at midnight (${dialect})`, { skip }, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp({ dialect });
    });
    after(async () => {
      await t?.close();
    });

    test("views just before midnight count for that day; the day's salt is deleted once it is over", async () => {
      const [item] = await publishedItems(t, 'report', 'public', 1);
      const path = item!.path;
      const db = t.container.db.kysely;
      let now = Date.parse('2031-03-14T12:00:00.000Z');
      const recorder = new ViewRecorder(new AnalyticsRepo(db, t.container.db.dialect), console, () => now);
      const signal = (ip: string): ViewSignal => ({ method: 'GET', route: '/reports/:slug', url: `${path}?from=newsletter`, statusCode: 200, headers: { 'user-agent': UA }, ip });

      recorder.record(signal('192.0.2.1'));
      await recorder.flush();
      const salt = (await db.selectFrom('analytics_salts').select('salt').where('day', '=', '2031-03-14').executeTakeFirstOrThrow()).salt;

      now = Date.parse('2031-03-14T23:59:59.900Z');
      recorder.record(signal('192.0.2.1'));
      recorder.record(signal('192.0.2.2'));
      now = Date.parse('2031-03-15T00:00:05.000Z');
      recorder.record(signal('192.0.2.3'));
      await recorder.flush();

      const views = await db.selectFrom('page_views_daily').select(['day', 'views']).where('item_id', '=', item!.id).where('day', '>=', '2031-03-14').orderBy('day').execute();
      assert.deepEqual(views, [{ day: '2031-03-14', views: 3 }, { day: '2031-03-15', views: 1 }]);
      const visitors = await db.selectFrom('visitor_days').select(['day', 'visitor_hash']).where('day', '>=', '2031-03-14').orderBy('day').execute();
      assert.equal(visitors.filter((v) => v.day === '2031-03-14').length, 2, 'two visitors on the 14th');
      assert.equal(visitors.filter((v) => v.day === '2031-03-15').length, 1, 'one on the 15th');
      assert.ok(visitors.some((v) => v.visitor_hash === hashVisitor(salt, `192.0.2.2\u0000${UA}`)), "hashed with the 14th's salt");
      const salts = await db.selectFrom('analytics_salts').select('day').where('day', '>=', '2031-03-14').execute();
      assert.deepEqual(salts.map((s) => s.day), ['2031-03-15'], "the 14th's salt is gone, the 15th's is kept");

      await recorder.stop();
      await db.deleteFrom('analytics_salts').where('day', '>', '2031-01-01').execute();
    });
  });
}
