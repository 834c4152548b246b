// A person's whole way in, in a real Chromium with a real SMTP peer: register, read the
// email, confirm, log in, read a members-only report and its PDF as a member; and every
// account page passes axe (WCAG 2.2 AA rule set) at phone and desktop widths.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { startTestApp, type TestApp } from './helpers.js';
import { startSmtpSink, type SmtpSink } from './smtp-sink.js';
import { linkIn } from './agent.js';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PASSWORD = 'amber quarry satellite 19';

let t: TestApp;
let sink: SmtpSink;
let browser: Browser;
let report: { path: string; filePath: string };

async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const detail = results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('\n');
  assert.equal(results.violations.length, 0, `axe violations on ${label}:\n${detail}`);
}

async function registerAndConfirm(context: BrowserContext, email: string, name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${t.baseUrl}/register`);
  await page.getByLabel('Full name').fill(name);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('I accept the terms').check();
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.waitForURL(/\/register\/check-email/);
  const mail = await sink.waitFor((m) => JSON.stringify(m.to).includes(email) && /Confirm/.test(m.subject ?? ''));
  await page.goto(t.baseUrl + linkIn(mail.text!, '/verify-email?token='));
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await page.getByRole('heading', { name: 'Your email address is confirmed' }).waitFor();
  await page.goto(`${t.baseUrl}/login`);
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(/\/account$/);
  return page;
}

before(async () => {
  sink = await startSmtpSink();
  t = await startTestApp({ listen: true, env: { SMTP_URL: sink.url } });
  await t.container.members.saveOrganisation({ name: 'Harbourside Community Trust', type: 'Community trust', tier: 'standard', status: 'active', domains: 'harbourside.example' });
  const row = await t.container.db.kysely
    .selectFrom('items').innerJoin('attachments', 'attachments.item_id', 'items.id')
    .select(['items.slug', 'attachments.id', 'attachments.filename']).where('items.access', '=', 'members').where('items.kind', '=', 'report').executeTakeFirstOrThrow();
  report = { path: `/reports/${row.slug}`, filePath: `/reports/${row.slug}/files/${row.id}/${row.filename}` };
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await t?.close();
  await sink?.close();
});

describe('joining in a browser', () => {
  test('register → confirm by email → log in → read a members-only report and its PDF', async () => {
    const context = await browser.newContext();
    const page = await registerAndConfirm(context, 'midwife@harbourside.example', 'Mina Midwife');
    await expectNoAxeViolations(page, '/account (signed in)');
    await page.goto(t.baseUrl + report.path);
    await page.locator('.prose').waitFor();
    const pdf = await context.request.get(t.baseUrl + report.filePath);
    assert.equal(pdf.status(), 200);
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    await page.goto(`${t.baseUrl}/account/membership`);
    await page.getByText('You are a member through').waitFor();
    await expectNoAxeViolations(page, '/account/membership (member)');
    // Log out from the header: the session ends and member content is closed again.
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(`${t.baseUrl}/`);
    assert.equal((await context.request.get(t.baseUrl + report.filePath, { maxRedirects: 0 })).status(), 303);
    await context.close();
  });

  test('a registered non-member sees the teaser, a way to become a member, and 403 for the PDF', async () => {
    const context = await browser.newContext();
    const page = await registerAndConfirm(context, 'analyst@elsewhere.example', 'Ana Analyst');
    await page.goto(t.baseUrl + report.path);
    await page.getByRole('link', { name: 'How to become a member' }).waitFor();
    await expectNoAxeViolations(page, 'members-only teaser (signed in)');
    assert.equal((await context.request.get(t.baseUrl + report.filePath)).status(), 403);
    await page.getByRole('link', { name: 'How to become a member' }).click();
    await page.getByLabel('Your organisation').selectOption({ label: 'Harbourside Community Trust' });
    await expectNoAxeViolations(page, '/account/membership (request form)');
    await context.close();
  });
});

describe('account pages pass axe at phone and desktop widths, errors announced and tied to fields', () => {
  for (const width of [375, 1280]) {
    test(`register, login and check-email at ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${t.baseUrl}/register`);
      await expectNoAxeViolations(page, '/register');
      await page.getByRole('button', { name: 'Create account' }).click();
      const summary = page.getByRole('alert');
      await summary.waitFor();
      assert.match(await summary.innerText(), /Enter your name/);
      const emailField = page.getByLabel('Email address');
      assert.match((await emailField.getAttribute('aria-describedby')) ?? '', /field-email-error/);
      assert.equal(await emailField.getAttribute('aria-invalid'), 'true');
      await expectNoAxeViolations(page, '/register with errors');
      await page.goto(`${t.baseUrl}/login`);
      await expectNoAxeViolations(page, '/login');
      await page.getByRole('button', { name: 'Log in' }).click();
      await page.getByRole('alert').waitFor();
      await expectNoAxeViolations(page, '/login with errors');
      await page.goto(`${t.baseUrl}/register/check-email?email=someone%40example.org`);
      await expectNoAxeViolations(page, '/register/check-email');
      await context.close();
    });
  }
});
