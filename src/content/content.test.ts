import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';

for (const { dialect, skip } of dialects()) {
  describe(`reading content on ${dialect}`, { skip }, () => {
    let t: TestApp;
    const first = async (kind: string, access = 'public') =>
      t.container.db.kysely.selectFrom('items').selectAll().where('kind', '=', kind as 'news').where('access', '=', access as 'public').orderBy('published_at', 'desc').executeTakeFirstOrThrow();

    before(async () => {
      t = await startTestApp({ dialect });
    });
    after(async () => t?.close());

    it('a news article shows its title, byline, reading time, topics, body, breadcrumbs and related items', async () => {
      const item = await first('news');
      const res = await t.app.inject(`/news/${item.slug}`);
      assert.equal(res.statusCode, 200);
      const html = res.body;
      assert.match(html, /<h1>[^<]+<\/h1>/);
      assert.ok(html.includes('min read'));
      assert.match(html, /<nav class="breadcrumbs" aria-label="Breadcrumb">/);
      assert.match(html, /<div class="prose">/);
      assert.match(html, /<h2 id="related-heading">Related<\/h2>/);
      assert.match(html, /<ul class="tags" aria-label="Topics">/);
      assert.match(html, /<link rel="canonical" href="http:\/\/localhost:3000\/news\//);
      assert.match(html, /<meta property="og:title"/);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
      assert.equal(jsonLd['@type'], 'NewsArticle');
      assert.equal(jsonLd.headline, item.title);
    });

    it('a report offers its files, and the file downloads through the authorising route', async () => {
      const report = await first('report');
      const res = await t.app.inject(`/reports/${report.slug}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Access the full report/);
      const href = /href="(\/reports\/[^"]+\/files\/\d+\/[^"]+)"/.exec(res.body)?.[1];
      assert.ok(href, 'an attachment link');
      const file = await t.app.inject(href);
      assert.equal(file.statusCode, 200);
      assert.equal(file.headers['content-type'], 'application/pdf');
      assert.ok(file.rawPayload.subarray(0, 5).toString() === '%PDF-');
      assert.match(file.headers['content-security-policy'] as string, /sandbox/);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(res.body)![1]!);
      assert.equal(jsonLd['@type'], 'Report');
    });

    it('a file of another report, or a made-up file id, is not served', async () => {
      const reports = await t.container.db.kysely.selectFrom('attachments').innerJoin('items', 'items.id', 'attachments.item_id').select(['items.slug', 'attachments.id', 'items.access']).execute();
      const publicOnes = reports.filter((r) => r.access === 'public');
      const [a, b] = [publicOnes[0]!, publicOnes.find((r) => r.slug !== publicOnes[0]!.slug)!];
      assert.equal((await t.app.inject(`/reports/${a.slug}/files/${b.id}/x.pdf`)).statusCode, 404);
      assert.equal((await t.app.inject(`/reports/${a.slug}/files/999999/x.pdf`)).statusCode, 404);
    });

    it('an event shows when and where in London time, with a calendar file', async () => {
      const event = await t.container.db.kysely.selectFrom('items').selectAll().where('kind', '=', 'event').where('access', '=', 'public').where('event_start', '>', new Date().toISOString()).executeTakeFirstOrThrow();
      const res = await t.app.inject(`/events/${event.slug}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Event details/);
      assert.match(res.body, /\b(GMT|BST)\b/);
      const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(res.body)![1]!);
      assert.equal(jsonLd['@type'], 'Event');
      assert.equal(jsonLd.startDate, event.event_start);
      const ics = await t.app.inject(`/events/${event.slug}/calendar.ics`);
      assert.equal(ics.statusCode, 200);
      assert.match(ics.headers['content-type'] as string, /text\/calendar/);
      assert.match(ics.body, /BEGIN:VEVENT/);
      assert.ok(ics.body.includes(`DTSTART:${event.event_start!.replace(/[-:]/g, '').replace(/\.\d{3}/, '')}`));
    });

    it('the events page lists upcoming events soonest first, and past events separately', async () => {
      const upcoming = await t.app.inject('/events');
      assert.equal(upcoming.statusCode, 200);
      const times = [...upcoming.body.matchAll(/<article class="card card--event">/g)];
      assert.ok(times.length >= 3);
      const past = await t.app.inject('/events?when=past');
      assert.equal(past.statusCode, 200);
      assert.match(past.body, /Past events/);
      assert.equal((await t.app.inject('/events?when=tomorrow')).statusCode, 400);
    });

    it('members-only items show their title and summary with a marker, never their body or files', async () => {
      const item = await first('report', 'members');
      const res = await t.app.inject(`/reports/${item.slug}`);
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes('Members only'));
      assert.match(res.body, /This is for members/);
      assert.match(res.body, /href="\/login\?next=%2Freports%2F/);
      assert.match(res.body, /href="\/register"/);
      assert.doesNotMatch(res.body, /<div class="prose">/);
      const bodyStart = item.body_text.slice(0, 60);
      assert.ok(!res.body.includes(bodyStart), 'no body text leaks');
      assert.doesNotMatch(res.body, /\/files\/\d+\//);
      const attachment = await t.container.db.kysely.selectFrom('attachments').select('id').where('item_id', '=', item.id).executeTakeFirst();
      if (attachment) {
        const file = await t.app.inject(`/reports/${item.slug}/files/${attachment.id}/x.pdf`);
        assert.equal(file.statusCode, 303);
        assert.equal(file.headers.location, `/login?next=${encodeURIComponent(`/reports/${item.slug}`)}`);
      }
    });

    it('a changed slug leaves a permanent redirect from the old address', async () => {
      const item = await first('news');
      await t.container.content.changeSlug(item.id, `${item.slug}-renamed`);
      t.container.pageCache.invalidate();
      const res = await t.app.inject(`/news/${item.slug}`);
      assert.equal(res.statusCode, 301);
      assert.equal(res.headers.location, `/news/${item.slug}-renamed`);
      assert.equal((await t.app.inject(`/news/${item.slug}-renamed`)).statusCode, 200);
    });

    it('static pages live at the top level; unknown addresses get a helpful 404', async () => {
      const about = await t.app.inject('/about');
      assert.equal(about.statusCode, 200);
      assert.match(about.body, /<h1>/);
      const missing = await t.app.inject('/no-such-page');
      assert.equal(missing.statusCode, 404);
      assert.match(missing.body, /Page not found/);
      assert.match(missing.body, /href="\/topics"/);
      assert.equal((await t.app.inject('/news/no-such-story')).statusCode, 404);
    });

    it('news and report listings paginate, and a page past the end is a 404', async () => {
      const news = await t.app.inject('/news');
      assert.equal(news.statusCode, 200);
      assert.match(news.body, /Page 1 of 2/);
      const page2 = await t.app.inject('/news?page=2');
      assert.equal(page2.statusCode, 200);
      assert.match(page2.body, /rel="prev"/);
      assert.equal((await t.app.inject('/news?page=3')).statusCode, 404);
      assert.equal((await t.app.inject('/reports')).statusCode, 200);
    });

    it('hero images are served with a strict policy and long caching', async () => {
      const item = await first('news');
      const html = (await t.app.inject(`/news/${item.slug}`)).body;
      const src = /<figure class="item__hero">\s*<img src="(\/media\/[^"]+)"/.exec(html)?.[1];
      assert.ok(src);
      const image = await t.app.inject(src);
      assert.equal(image.statusCode, 200);
      assert.equal(image.headers['content-type'], 'image/svg+xml');
      assert.match(image.headers['content-security-policy'] as string, /default-src 'none'/);
      assert.equal((await t.app.inject('/media/..%2f..%2fpulse.db')).statusCode, 404);
    });
  });
}
