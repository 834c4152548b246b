// The editor's desk over HTTP: writing, previewing, publishing, slugs, revisions, conflicts,
// scheduling (once, even with two processes) and uploads refused by content.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { dialects, startTestApp, type TestApp } from '../../test/helpers.js';
import { csrfOf, type Agent } from '../../test/agent.js';
import { personWithRole } from '../../test/people.js';
import { loadConfig } from '../config.js';
import { buildContainer } from '../container.js';
import { utcToLondonInput } from '../platform/dates.js';

export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function idFrom(location: string | undefined): number {
  const m = /\/admin\/content\/(\d+)/.exec(location ?? '');
  assert.ok(m, `redirected to an item, got ${location}`);
  return Number(m[1]);
}

const base = { title: '', slug: '', summary: 'A short summary.', body: 'Some **bold** text.', access: 'public', comments: 'default', heroAlt: '', eventStart: '', eventEnd: '', venue: '', onlineUrl: '', scheduleAt: '', attachmentTitle: '' };

for (const { dialect, skip } of dialects()) describe(`the editor's desk (${dialect})`, { skip }, () => {
  let t: TestApp;
  let editor: Agent;
  let member: Agent;

  before(async () => {
    t = await startTestApp({ dialect });
    editor = await personWithRole(t, `desk-editor-${dialect}@example.org`, 'editor');
    member = await personWithRole(t, `desk-member-${dialect}@example.org`, 'member');
  });
  after(async () => {
    await t?.close();
  });

  async function create(fields: Record<string, string | string[]>, files = {}, kind = 'news') {
    return editor.submitMultipart(`/admin/content/new?kind=${kind}`, '/admin/content', { ...base, kind, ...fields }, files);
  }
  async function editPage(id: number) {
    const page = await editor.get(`/admin/content/${id}`);
    assert.equal(page.statusCode, 200);
    return { body: page.body, csrf: csrfOf(page.body), version: /name="version" value="(\d+)"/.exec(page.body)![1]! };
  }

  it('an editor writes an article with an image and alt text, previews it, and publishes it', async () => {
    const preview = await create({ title: 'Desk test article', intent: 'preview', body: '## Heading\n\n<script>alert(1)</script>Para' });
    assert.equal(preview.statusCode, 200);
    assert.match(preview.body, /Preview \(not saved\)/);
    assert.match(preview.body, /<h2>Heading<\/h2>/);
    assert.doesNotMatch(preview.body, /<script>alert/);
    assert.equal((await t.app.inject('/news/desk-test-article')).statusCode, 404, 'preview saved nothing');

    const noAlt = await create({ title: 'Desk test article', intent: 'publish' }, { heroImage: { filename: 'photo.png', data: PNG, type: 'image/png' } });
    assert.equal(noAlt.statusCode, 400);
    assert.match(noAlt.body, /Describe the image/);
    assert.match(noAlt.body, /value="Desk test article"/, 'the title is kept');

    const res = await create({ title: 'Desk test article', intent: 'publish', heroAlt: 'Nurses at a handover' }, { heroImage: { filename: 'photo.png', data: PNG, type: 'image/png' } });
    assert.equal(res.statusCode, 303);
    const page = await t.app.inject('/news/desk-test-article');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /alt="Nurses at a handover"/);
    assert.match(page.body, /<strong>bold<\/strong>/);
    const image = /src="(\/media\/[a-f0-9]{32}\.png)"/.exec(page.body)?.[1];
    assert.ok(image, 'the hero image is served from an unguessable name');
    assert.equal((await t.app.inject(image)).statusCode, 200);
  });

  it('refuses a slug another item uses, keeping what was typed', async () => {
    const res = await create({ title: 'Another', slug: 'desk-test-article', summary: 'Typed summary', intent: 'save' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /already uses that slug/);
    assert.match(res.body, /Typed summary/);
  });

  it('a slug change leaves the old address redirecting', async () => {
    const id = idFrom((await create({ title: 'Slug mover', intent: 'publish' })).headers.location);
    const { csrf, version } = await editPage(id);
    const res = await editor.postMultipart(`/admin/content/${id}`, { ...base, _csrf: csrf, version, title: 'Slug mover', slug: 'slug-moved', intent: 'save' });
    assert.equal(res.statusCode, 303);
    const old = await t.app.inject('/news/slug-mover');
    assert.equal(old.statusCode, 301);
    assert.equal(old.headers.location, '/news/slug-moved');
  });

  it('keeps a revision per save, compares two, and restores one', async () => {
    const id = idFrom((await create({ title: 'Revision test', body: 'First words.', intent: 'publish' })).headers.location);
    let form = await editPage(id);
    await editor.postMultipart(`/admin/content/${id}`, { ...base, _csrf: form.csrf, version: form.version, title: 'Revision test', slug: 'revision-test', body: 'Second words.', intent: 'save' });
    const revisions = await editor.get(`/admin/content/${id}/revisions`);
    assert.match(revisions.body, /Version 2/);
    const compare = await editor.get(`/admin/content/${id}/revisions/compare?from=1&to=2`);
    assert.match(compare.body, /<del>.*First.*<\/del>/s);
    assert.match(compare.body, /<ins>.*Second.*<\/ins>/s);
    form = await editPage(id);
    const restore = await editor.post(`/admin/content/${id}/revisions/1/restore`, { _csrf: form.csrf, version: form.version });
    assert.equal(restore.statusCode, 303);
    assert.match((await t.app.inject('/news/revision-test')).body, /First words\./);
    assert.match((await editor.get(`/admin/content/${id}/revisions`)).body, /Restored version 1/);
  });

  it('keeps a seeded item as it was before its first edit, so the original can be restored', async () => {
    const seeded = await t.container.db.kysely.selectFrom('items').selectAll().where('kind', '=', 'news').where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
    const path = `/news/${seeded.slug}`;
    const empty = await editor.get(`/admin/content/${seeded.id}/revisions`);
    assert.match(empty.body, /has not been edited here yet/);
    let form = await editPage(seeded.id);
    const topics = [...form.body.matchAll(/name="topics" value="(\d+)" checked/g)].map((m) => m[1]!);
    const saved = await editor.postMultipart(`/admin/content/${seeded.id}`, { ...base, _csrf: form.csrf, version: form.version, title: seeded.title, slug: seeded.slug, summary: seeded.summary, body: 'Rewritten entirely.', heroAlt: seeded.hero_alt ?? '', topics, intent: 'save' });
    assert.equal(saved.statusCode, 303);
    assert.match((await t.app.inject(path)).body, /Rewritten entirely\./);
    form = await editPage(seeded.id);
    assert.equal((await editor.post(`/admin/content/${seeded.id}/revisions/${seeded.version}/restore`, { _csrf: form.csrf, version: form.version })).statusCode, 303);
    const restored = await t.app.inject(path);
    assert.doesNotMatch(restored.body, /Rewritten entirely/);
    assert.ok(restored.body.includes(seeded.body_html.slice(0, 40)), 'the original body is back');
  });

  it('catches a conflicting save: the second editor is told and nothing is overwritten', async () => {
    const id = idFrom((await create({ title: 'Conflict test', body: 'Original.', intent: 'publish' })).headers.location);
    const other = await personWithRole(t, `desk-other-${dialect}@example.org`, 'editor');
    const mine = await editPage(id);
    const theirsPage = await other.get(`/admin/content/${id}`);
    const theirs = { csrf: csrfOf(theirsPage.body), version: /name="version" value="(\d+)"/.exec(theirsPage.body)![1]! };
    assert.equal((await other.postMultipart(`/admin/content/${id}`, { ...base, _csrf: theirs.csrf, version: theirs.version, title: 'Conflict test', slug: 'conflict-test', body: 'Their text.', intent: 'save' })).statusCode, 303);
    const late = await editor.postMultipart(`/admin/content/${id}`, { ...base, _csrf: mine.csrf, version: mine.version, title: 'Conflict test', slug: 'conflict-test', body: 'My text.', intent: 'save' });
    assert.equal(late.statusCode, 409);
    assert.match(late.body, /Someone else saved this item/);
    assert.match(late.body, /My text\./, 'my text is still in the form');
    assert.match((await t.app.inject('/news/conflict-test')).body, /Their text\./, 'their save stands');
  });

  it('a stale form that is previewed still carries the version it was opened at, so saving it afterwards is a conflict', async () => {
    const id = idFrom((await create({ title: 'Preview conflict', body: 'Original.', intent: 'publish' })).headers.location);
    const other = await personWithRole(t, `desk-previewer-${dialect}@example.org`, 'editor');
    const mine = await editPage(id);
    const theirsPage = await other.get(`/admin/content/${id}`);
    const theirs = { csrf: csrfOf(theirsPage.body), version: /name="version" value="(\d+)"/.exec(theirsPage.body)![1]! };
    assert.equal((await other.postMultipart(`/admin/content/${id}`, { ...base, _csrf: theirs.csrf, version: theirs.version, title: 'Preview conflict', slug: 'preview-conflict', body: 'Their text.', intent: 'save' })).statusCode, 303);
    const preview = await editor.postMultipart(`/admin/content/${id}`, { ...base, _csrf: mine.csrf, version: mine.version, title: 'Preview conflict', slug: 'preview-conflict', body: 'My text.', intent: 'preview' });
    assert.equal(preview.statusCode, 200);
    const carried = /<form[^>]*class="stack desk-form"[\s\S]*?name="version" value="(\d+)"/.exec(preview.body)?.[1];
    assert.equal(carried, mine.version, 'the previewed form keeps the version it was opened at');
    const late = await editor.postMultipart(`/admin/content/${id}`, { ...base, _csrf: mine.csrf, version: carried!, title: 'Preview conflict', slug: 'preview-conflict', body: 'My text.', intent: 'save' });
    assert.equal(late.statusCode, 409);
    assert.match((await t.app.inject('/news/preview-conflict')).body, /Their text\./, 'their save stands');
  });

  it('deleting an item removes the hero images its revisions kept, but not one another item’s revision still uses', async () => {
    const png = (n: number) => ({ heroImage: { filename: `hero-${n}.png`, data: Buffer.concat([PNG, Buffer.from([n])]), type: 'image/png' } });
    const heroOf = async (id: number) => (await t.container.db.kysely.selectFrom('items').select('hero_image').where('id', '=', id).executeTakeFirstOrThrow()).hero_image!;
    const onDisk = (key: string) => fs.existsSync(t.container.files.pathOf(key)!);
    const replaceHero = async (id: number, title: string, n: number) => {
      const { csrf, version } = await editPage(id);
      assert.equal((await editor.postMultipart(`/admin/content/${id}`, { ...base, _csrf: csrf, version, title, heroAlt: 'A drawing', intent: 'save' }, png(n))).statusCode, 303);
    };
    // An item whose hero was replaced: both images go when it is deleted.
    const a = idFrom((await create({ title: 'Hero churn', heroAlt: 'A drawing', intent: 'save' }, png(1))).headers.location);
    const first = await heroOf(a);
    await replaceHero(a, 'Hero churn', 2);
    const second = await heroOf(a);
    // Two items sharing one drawing (as seeded ones do); the second's is replaced, so only its revision keeps it.
    const x = idFrom((await create({ title: 'Shared drawing one', heroAlt: 'A drawing', intent: 'save' }, png(3))).headers.location);
    const shared = await heroOf(x);
    const y = idFrom((await create({ title: 'Shared drawing two', intent: 'save' })).headers.location);
    await t.container.db.kysely.updateTable('items').set({ hero_image: shared, hero_alt: 'A drawing', version: 2 }).where('id', '=', y).execute();
    await replaceHero(y, 'Shared drawing two', 4);
    for (const id of [a, x]) {
      const page = await editor.get(`/admin/content/${id}/delete`);
      assert.equal((await editor.post(`/admin/content/${id}/delete`, { _csrf: csrfOf(page.body) })).statusCode, 303);
    }
    assert.equal(onDisk(first), false, 'the replaced hero image is not left behind');
    assert.equal(onDisk(second), false);
    assert.equal(onDisk(shared), true, 'a drawing another item can still restore stays');
  });

  it('a double-clicked Publish on a new item creates it once; the second click is told the slug is taken, not a 500', async () => {
    const csrf = csrfOf((await editor.get('/admin/content/new?kind=news')).body);
    const both = await Promise.all([1, 2].map(() => editor.postMultipart('/admin/content', { ...base, _csrf: csrf, kind: 'news', title: 'Double clicked', intent: 'publish' })));
    assert.deepEqual(both.map((r) => r.statusCode).sort(), [303, 400]);
    assert.match(both.find((r) => r.statusCode === 400)!.body, /already uses that slug/);
  });

  it('refuses an impossible event date as a form error, not a server error', async () => {
    for (const eventStart of ['9999-99-99T99:99', '2027-02-30T10:00', '2027-05-01T10:00:99']) {
      const res = await create({ title: `Odd date event ${eventStart}`, eventStart, intent: 'save' }, {}, 'event');
      assert.equal(res.statusCode, 400, eventStart);
      assert.match(res.body, /Enter when the event starts/);
    }
  });

  it('unpublishes and deletes with confirmation', async () => {
    const id = idFrom((await create({ title: 'Short lived', intent: 'publish' })).headers.location);
    let form = await editPage(id);
    assert.equal((await editor.post(`/admin/content/${id}/unpublish`, { _csrf: form.csrf, version: form.version })).statusCode, 303);
    assert.equal((await t.app.inject('/news/short-lived')).statusCode, 404);
    const confirm = await editor.get(`/admin/content/${id}/delete`);
    assert.match(confirm.body, /cannot be undone/);
    form = await editPage(id);
    assert.equal((await editor.post(`/admin/content/${id}/delete`, { _csrf: form.csrf })).statusCode, 303);
    assert.equal((await editor.get(`/admin/content/${id}`)).statusCode, 404);
    const audit = await t.container.db.kysely.selectFrom('audit_log').select('action').where('subject_id', '=', String(id)).execute();
    assert.deepEqual(audit.map((a) => a.action).sort(), ['item.create', 'item.delete', 'item.publish', 'item.unpublish']);
  });

  it('refuses a renamed executable, an oversized file and an SVG with script, and neutralises a path in a file name', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 1)]);
    const renamed = await create({ title: 'Upload test', intent: 'save', heroAlt: 'x' }, { heroImage: { filename: 'photo.png', data: exe, type: 'image/png' } });
    assert.equal(renamed.statusCode, 400);
    assert.match(renamed.body, /not allowed|not one of the allowed/);
    const svg = await create({ title: 'Upload test', intent: 'save', heroAlt: 'x' }, { heroImage: { filename: 'x.png', data: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), type: 'image/svg+xml' } });
    assert.equal(svg.statusCode, 400);
    const big = await create({ title: 'Upload test', intent: 'save' }, { attachment: { filename: 'big.pdf', data: Buffer.concat([PDF, Buffer.alloc(21 * 1024 * 1024)]), type: 'application/pdf' } }, 'report');
    assert.equal(big.statusCode, 400);
    assert.match(big.body, /too big/);
    assert.match(big.body, /value="Upload test"/, 'the form keeps what was typed');
    const traversal = await create({ title: 'Traversal report', intent: 'publish', attachmentTitle: 'The data' }, { attachment: { filename: '../../../etc/passwd.pdf', data: PDF, type: 'application/pdf' } }, 'report');
    assert.equal(traversal.statusCode, 303);
    const row = await t.container.db.kysely.selectFrom('attachments').selectAll().where('title', '=', 'The data').executeTakeFirstOrThrow();
    assert.equal(row.filename, 'passwd.pdf');
    assert.match(row.storage_key, /^[a-f0-9]{32}\.pdf$/);
  });

  it('a members-only report with a PDF: a member who is not in a member organisation cannot fetch the PDF', async () => {
    const res = await create({ title: 'Members report', access: 'members', intent: 'publish', attachmentTitle: 'Full report' }, { attachment: { filename: 'full.pdf', data: PDF, type: 'application/pdf' } }, 'report');
    assert.equal(res.statusCode, 303);
    const row = await t.container.db.kysely.selectFrom('attachments').selectAll().where('title', '=', 'Full report').executeTakeFirstOrThrow();
    const url = `/reports/members-report/files/${row.id}/full.pdf`;
    assert.equal((await member.get(url)).statusCode, 403);
    const visitor = await t.app.inject(url);
    assert.equal(visitor.statusCode, 303, 'a visitor is asked to log in');
    assert.match(String(visitor.headers.location), /^\/login/);
  });

  it('schedules an item, and two processes publish it exactly once when its time comes', async () => {
    const soon = new Date(Date.now() + 60_000).toISOString();
    const id = idFrom((await create({ title: 'Scheduled item', intent: 'schedule', scheduleAt: utcToLondonInput(soon) })).headers.location);
    assert.equal((await t.app.inject('/news/scheduled-item')).statusCode, 404, 'not before its time');
    // Time passes: the item's time is moved into the past, as if the minute had gone by.
    await t.container.db.kysely.updateTable('items').set({ published_at: new Date(Date.now() - 1000).toISOString() }).where('id', '=', id).execute();
    const second = await buildContainer(loadConfig({ DATA_DIR: t.dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://localhost:3000', SEED_DEMO: 'false', ...(t.container.config.database.dialect === 'postgres' ? { DATABASE_URL: t.container.config.database.url } : {}) }), { collectDefaultMetrics: false });
    try {
      const counts = await Promise.all([t.container.scheduler.publishDue(), second.scheduler.publishDue(), t.container.scheduler.publishDue()]);
      assert.equal(counts.reduce((a, b) => a + b, 0), 1, 'published once');
    } finally {
      await second.close();
    }
    assert.equal((await t.app.inject('/news/scheduled-item')).statusCode, 200);
    const publishes = await t.container.db.kysely.selectFrom('audit_log').select('actor_name').where('action', '=', 'item.publish').where('subject_id', '=', String(id)).execute();
    assert.equal(publishes.length, 1);
  });

  it('a published item is not taken offline by a schedule: the form offers none and a posted one is refused', async () => {
    const id = idFrom((await create({ title: 'Live item', intent: 'publish' })).headers.location);
    const form = await editPage(id);
    assert.doesNotMatch(form.body, /name="scheduleAt"/, 'no schedule field on a published item');
    const later = utcToLondonInput(new Date(Date.now() + 86_400_000).toISOString());
    const res = await editor.postMultipart(`/admin/content/${id}`, { ...base, _csrf: form.csrf, version: form.version, title: 'Live item', slug: 'live-item', intent: 'schedule', scheduleAt: later });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /already published/);
    assert.match(res.body, /name="scheduleAt"[^>]*value="[^"]+"/, 'the field comes back with the time typed');
    assert.equal((await t.app.inject('/news/live-item')).statusCode, 200, 'still live');
  });

  it('refuses a schedule in the past and members on every desk page', async () => {
    const res = await create({ title: 'Past schedule', intent: 'schedule', scheduleAt: '2001-01-01T10:00' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /in the future/);
    assert.equal((await member.get('/admin/content')).statusCode, 403);
  });
});
