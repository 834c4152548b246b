// Site settings through the admin screens: a change shows at once (also on cached anonymous
// pages), colours that would fail WCAG AA and unsafe links are refused with the form kept,
// logos are judged by their bytes, and only admins may change anything.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { dialects, startTestApp, withoutAttributeValues, type TestApp } from '../../test/helpers.js';
import { personWithRole } from '../../test/people.js';
import type { Agent } from '../../test/agent.js';
import { SYSTEM } from '../audit/service.js';
import { contrastRatio } from './brand.js';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>');

for (const { dialect, skip } of dialects()) {
  describe(`site settings on ${dialect}`, { skip }, () => {
    let t: TestApp;
    let admin: Agent;
    before(async () => {
      t = await startTestApp({ dialect, listen: true });
      admin = await personWithRole(t, 'admin@example.org', 'admin');
    });
    after(async () => t?.close());

    const anonymous = async (path: string) => (await fetch(`${t.baseUrl}${path}`)).text();

    it('contrast ratios follow WCAG 2: black on white is 21:1, white on the default brand colour passes AA', () => {
      assert.equal(Math.round(contrastRatio('#000000', '#ffffff')), 21);
      assert.ok(contrastRatio('#ffffff', '#0b5563') >= 4.5);
      assert.ok(contrastRatio('#ffffff', '#ffcc00') < 4.5);
    });

    it('a change to the name, navigation, footer and "Why register?" text shows at once, on the cached home page too', async () => {
      const before = await anonymous('/');
      assert.equal(await anonymous('/'), before, 'the home page is served from the cache');

      let res = await admin.submit('/admin/settings', '/admin/settings', { name: 'Riverside Care Alliance', tagline: 'Care, together', description: 'An alliance of care providers.', default_access: 'members', comment_policy: 'members' });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin/settings?saved=1');
      res = await admin.submit('/admin/settings/links', '/admin/settings/links', {
        nav_0_label: 'Briefings', nav_0_href: '/reports', nav_0_position: '2',
        nav_1_label: 'Latest news', nav_1_href: '/news', nav_1_position: '1',
        footer_0_label: 'Our charter', footer_0_href: 'https://charter.example.org/', footer_0_position: '',
        social_linkedin: 'https://www.linkedin.com/company/riverside-example',
        social_mastodon: 'https://social.example/@riverside',
      });
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
      res = await admin.submit('/admin/settings/why-register', '/admin/settings/why-register', {
        why_heading: 'Join the alliance online', why_intro: 'It takes a minute.',
        reason_0_title: 'Briefings', reason_0_text: 'Read every briefing in full.',
      });
      assert.equal(res.statusCode, 303);

      const home = await anonymous('/');
      assert.match(home, /<span class="brand__name">Riverside Care Alliance<\/span>/);
      assert.doesNotMatch(/<header[\s\S]*?<\/header>/.exec(home)?.[0] ?? '', /Northbridge/);
      const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(home)?.[0] ?? '';
      assert.deepEqual([...nav.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => `${m[2]} ${m[1]}`), ['Latest news /news', 'Briefings /reports']);
      assert.match(home, /<a href="https:\/\/charter.example.org\/">Our charter<\/a>/);
      assert.doesNotMatch(home, />Sitemap<\/a>/, 'footer links removed from the form are gone');
      assert.match(home, /<nav aria-label="Social media">[\s\S]*href="https:\/\/www.linkedin.com\/company\/riverside-example"[^>]*>LinkedIn<\/a>[\s\S]*>Mastodon<\/a>/);
      assert.match(home, /Join the alliance online/);
      assert.match(home, /Read every briefing in full\./);
      assert.equal(t.container.settings.settings.defaultAccess, 'members');
      assert.equal(t.container.settings.settings.commentPolicy, 'members');

      const { entries } = await t.container.audit.list({ action: 'settings.update' }, 1);
      assert.equal(entries.length, 3);
      assert.ok(entries.some((e) => /organisation name/.test(e.summary) && /default access level/.test(e.summary) && e.actor_name.includes('admin@example.org')));
      assert.ok(entries.some((e) => /navigation links, footer links, social profiles/.test(e.summary)));
    });

    it('a colour that would fail WCAG AA is refused with a clear message, and what was typed is kept', async () => {
      const before = t.container.settings.settings.colours;
      const res = await admin.submitMultipart('/admin/settings/brand', '/admin/settings/brand', { brand_colour: '#FFCC00', link_colour: '#9a9a9a' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /<title>Error: Site settings/);
      assert.match(res.body, /White text on #ffcc00 has a contrast ratio of 1\.\d\d:1/);
      assert.match(res.body, /href="#field-brand_colour"/);
      assert.match(res.body, /href="#field-link_colour"/);
      assert.match(res.body, /id="field-brand_colour"[^>]*value="#FFCC00"|value="#FFCC00"[^>]*id="field-brand_colour"/);
      assert.match(res.body, /value="#9a9a9a"/);
      assert.deepEqual(t.container.settings.settings.colours, before);
    });

    it('good colours reach the page through /brand.css, whose address changes with them', async () => {
      const res = await admin.submitMultipart('/admin/settings/brand', '/admin/settings/brand', { brand_colour: '#5A1E6E', link_colour: '#1d4ed8' });
      assert.equal(res.statusCode, 303);
      const home = await anonymous('/');
      const href = /<link rel="stylesheet" href="(\/brand\.css\?v=[0-9a-f]+)"/.exec(home)?.[1];
      assert.equal(href, '/brand.css?v=5a1e6e1d4ed8');
      const css = await fetch(`${t.baseUrl}${href}`);
      assert.equal(css.headers.get('content-type'), 'text/css; charset=utf-8');
      assert.match(css.headers.get('cache-control') ?? '', /immutable/);
      const body = await css.text();
      assert.match(body, /--brand: #5a1e6e;/);
      assert.match(body, /--link: #1d4ed8;/);
      assert.ok(home.indexOf('/brand.css') > home.indexOf('/assets/site'), 'brand.css comes after site.css');
    });

    it('a javascript: link (and other schemes) is refused and the rows are kept', async () => {
      const res = await admin.submit('/admin/settings/links', '/admin/settings/links', {
        nav_0_label: 'News', nav_0_href: '/news', nav_0_position: '1',
        nav_1_label: 'Click me', nav_1_href: 'javascript:alert(1)', nav_1_position: '2',
        nav_2_label: 'Quoted', nav_2_href: '/news" onmouseover="alert(1)', nav_2_position: '3',
        footer_0_label: 'Mail', footer_0_href: 'mailto:x@example.org', footer_0_position: '',
        footer_1_label: 'Sneaky', footer_1_href: '//evil.example/', footer_1_position: 'two',
        social_x: 'http://x.com/insecure',
      });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Navigation link 2, address: Only paths on this site and https:\/\/ addresses are allowed, not “javascript:” links\./);
      assert.match(res.body, /Footer link 1, address: Only paths on this site and https:\/\/ addresses are allowed, not “mailto:” links\./);
      assert.match(res.body, /Footer link 2, address: Start a path on this site with a single \//);
      assert.match(res.body, /Footer link 2, position: Enter a whole number/);
      assert.match(res.body, /X: Enter the full address of the profile, starting with https:\/\//);
      assert.match(res.body, /value="javascript:alert\(1\)"/);
      assert.match(res.body, /Navigation link 3, address: A link cannot contain spaces or backslashes\./);
      assert.match(res.body, /href="#field-nav_1_href"/);
      const home = await anonymous('/');
      assert.doesNotMatch(home, /javascript:/);
    });

    it('hostile text is kept as text and shown escaped everywhere', async () => {
      const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>';
      const res = await admin.submit('/admin/settings', '/admin/settings', { name: hostile, tagline: 'T', description: 'D', default_access: 'public', comment_policy: 'verified' });
      assert.equal(res.statusCode, 303);
      const home = await anonymous('/');
      assert.doesNotMatch(withoutAttributeValues(home), /<script>alert|<img src=x/);
      assert.match(home, /<span class="brand__name">&lt;script>alert\(&#34;x&#34;\)&lt;\/script>&lt;img src=x onerror=alert\(1\)><\/span>/);
      const form = await admin.get('/admin/settings');
      assert.doesNotMatch(withoutAttributeValues(form.body), /<script>alert|<img src=x/);
    });

    it('too long, missing or unknown values come back on the form with a message, never a 500', async () => {
      const long = 'N'.repeat(101);
      let res = await admin.submit('/admin/settings', '/admin/settings', { name: long, tagline: '', description: 'D', default_access: 'everyone', comment_policy: 'verified' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Organisation name: Use 100 characters or fewer \(this has 101\)\./);
      assert.match(res.body, /Tagline: Enter a tagline\./);
      assert.match(res.body, /Default access for new content: Choose who new content is for\./);
      assert.match(res.body, new RegExp(`value="${long}"`));
      res = await admin.submit('/admin/settings/why-register', '/admin/settings/why-register', { why_heading: '', why_intro: 'Intro', reason_0_title: 'Only a title', reason_0_text: '' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Heading: Enter a heading\./);
      assert.match(res.body, /Reason 1, text: Enter a sentence or two for this reason\./);
      assert.match(res.body, /value="Only a title"/);
      res = await admin.post('/admin/settings', { _csrf: 'forged', name: 'X' });
      assert.equal(res.statusCode, 403, 'a form without the page’s token is refused');
    });

    it('a logo is judged by its content: a PNG named .exe is a PNG; text named .png and an SVG are refused', async () => {
      let res = await admin.submitMultipart('/admin/settings/brand', '/admin/settings/brand', { brand_colour: '#0b5563', link_colour: '#0b5563' }, { logo: { filename: 'setup.exe', data: PNG, type: 'application/x-msdownload' } });
      assert.equal(res.statusCode, 303, `step 1: ${/error-summary[\s\S]*?<\/ul>/.exec(res.body)?.[0] ?? res.body.slice(0, 300)}`);
      const logo = t.container.settings.settings.logo;
      assert.equal(logo?.mime, 'image/png');
      assert.match(logo?.key ?? '', /^[a-f0-9]{32}\.png$/);
      const home = await anonymous('/');
      assert.match(home, new RegExp(`<img class="brand__logo brand__logo--custom" src="/media/${logo!.key}"`));
      const image = await fetch(`${t.baseUrl}/media/${logo!.key}`);
      assert.equal(image.headers.get('content-type'), 'image/png');
      assert.deepEqual(Buffer.from(await image.arrayBuffer()), PNG);

      res = await admin.submitMultipart('/admin/settings/brand', '/admin/settings/brand', { brand_colour: '#0b5563', link_colour: '#0b5563' }, { logo: { filename: 'logo.png', data: Buffer.from('just some text, not an image'), type: 'image/png' } });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Logo: That file is not one of the allowed types \(JPEG, PNG, WebP\)\./);
      res = await admin.submitMultipart('/admin/settings/brand', '/admin/settings/brand', { brand_colour: '#0b5563', link_colour: '#0b5563' }, { logo: { filename: 'logo.svg', data: SVG, type: 'image/svg+xml' } });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /Logo: That file is /);
      assert.deepEqual(t.container.settings.settings.logo, logo, 'a refused file leaves the logo as it was');

      res = await admin.submitMultipart('/admin/settings/brand', '/admin/settings/brand', { brand_colour: '#0b5563', link_colour: '#0b5563' }, { logo: { filename: '', data: Buffer.alloc(0) } });
      assert.equal(res.statusCode, 303, `step 2: ${/error-summary[\s\S]*?<\/ul>/.exec(res.body)?.[0] ?? res.body.slice(0, 300)}`);
      assert.deepEqual(t.container.settings.settings.logo, logo, 'no file chosen keeps the current logo');

      // A replaced logo's file goes; so does a removed one's.
      res = await admin.submitMultipart('/admin/settings/brand', '/admin/settings/brand', { brand_colour: '#0b5563', link_colour: '#0b5563' }, { logo: { filename: 'logo.png', data: Buffer.concat([PNG, Buffer.from([1])]), type: 'image/png' } });
      assert.equal(res.statusCode, 303);
      const replacement = t.container.settings.settings.logo!;
      assert.notEqual(replacement.key, logo!.key);
      assert.equal(fs.existsSync(t.container.files.pathOf(logo!.key)!), false, 'the replaced logo is not left on disk');
      res = await admin.submitMultipart('/admin/settings/brand', '/admin/settings/brand', { brand_colour: '#0b5563', link_colour: '#0b5563', remove_logo: 'yes' });
      assert.equal(fs.existsSync(t.container.files.pathOf(replacement.key)!), false, 'the removed logo is not left on disk');
      assert.equal(res.statusCode, 303, `step 3: ${/error-summary[\s\S]*?<\/ul>/.exec(res.body)?.[0] ?? res.body.slice(0, 300)}`);
      assert.equal(t.container.settings.settings.logo, null);
      assert.match(await anonymous('/'), /<img class="brand__logo" src="\/assets\/logo\.[^"]+\.svg"/);
    });

    it('a form opened before someone else saved the same settings is refused, and nothing is overwritten', async () => {
      const other = await personWithRole(t, 'other-admin@example.org', 'admin');
      const stalePage = await admin.get('/admin/settings/why-register');
      const loaded = /name="loaded" value="([0-9a-f]+)"/.exec(stalePage.body)?.[1];
      assert.ok(loaded);
      let res = await other.submit('/admin/settings/why-register', '/admin/settings/why-register', { why_heading: 'Saved first', why_intro: 'By the other admin.' });
      assert.equal(res.statusCode, 303);
      res = await admin.post('/admin/settings/why-register', { _csrf: /name="_csrf" value="([^"]+)"/.exec(stalePage.body)![1]!, loaded, why_heading: 'Saved second', why_intro: 'Stale.' });
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /Someone else saved these settings after you opened this page/);
      assert.equal(t.container.settings.settings.whyRegister.heading, 'Saved first');
      // Another screen's settings are not affected by that save.
      res = await admin.submit('/admin/settings', '/admin/settings', { name: 'Still fine', tagline: 'T', description: 'D', default_access: 'public', comment_policy: 'closed' });
      assert.equal(res.statusCode, 303);
    });

    it('two screens saved at the same moment both keep their changes, in memory and stored', async () => {
      const social = { linkedin: '', bluesky: '', x: '', mastodon: '', youtube: '', facebook: '', instagram: '' };
      await Promise.all([
        t.container.settingsAdmin.saveGeneral(SYSTEM, { name: 'Saved at once', tagline: 'T', description: 'D', defaultAccess: 'public', commentPolicy: 'closed' }),
        t.container.settingsAdmin.saveLinks(SYSTEM, { nav: [{ label: 'Only link', href: '/news', position: '' }], footer: [], social }),
      ]);
      for (const settings of [t.container.settings.settings, await t.container.settings.load()]) {
        assert.equal(settings.name, 'Saved at once');
        assert.deepEqual(settings.nav, [{ label: 'Only link', href: '/news' }]);
      }
    });

    it('editors and members cannot open or change the settings; visitors are sent to log in', async () => {
      const editor = await personWithRole(t, 'editor@example.org', 'editor');
      const member = await personWithRole(t, 'member@example.org', 'member');
      for (const path of ['/admin/settings', '/admin/settings/brand', '/admin/settings/links', '/admin/settings/why-register']) {
        assert.equal((await editor.get(path)).statusCode, 403, `editor GET ${path}`);
        assert.equal((await member.get(path)).statusCode, 403, `member GET ${path}`);
        assert.equal((await t.app.inject(path)).statusCode, 303, `visitor GET ${path}`);
      }
      const page = await editor.get('/admin/topics');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
      const res = await editor.post('/admin/settings', { _csrf: csrf, name: 'Taken over', tagline: 'x', description: 'x', default_access: 'public', comment_policy: 'closed' });
      assert.equal(res.statusCode, 403);
      assert.notEqual(t.container.settings.settings.name, 'Taken over');
    });
  });
}
