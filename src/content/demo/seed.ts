// Seeds the demo organisation on first start: settings, topics, authors, ~40 items with
// pictures and report files. Dates are relative to now, so the site always looks current.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Container } from '../../container.js';
import { londonWallTimeToUtc } from '../../platform/dates.js';
import type { Progress } from '../../platform/progress.js';
import { DEFAULT_SETTINGS } from '../../site/settings.js';
import { authors, items, organisation, topics, type DemoItem } from './data.js';
import { makePdf } from './pdf.js';
import { demoOrganisations } from './organisations.js';
import { demoBenefits } from './benefits.js';

const imagesDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'images');
const DAY = 24 * 3600 * 1000;

/** The calendar date in London `days` from now, as YYYY-MM-DD. */
function londonDate(now: Date, days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now.getTime() + days * DAY));
}

function publishedAt(now: Date, item: DemoItem, index: number): string {
  // Stagger items published on the same day so their order is stable and believable.
  const hoursEarlier = 1 + (index % 7);
  return new Date(now.getTime() - item.publishedDaysAgo * DAY - hoursEarlier * 3600 * 1000).toISOString();
}

export async function seedDemoContent(container: Container, progress: Progress, now = new Date()): Promise<void> {
  const { content, topicRepo, settings } = container;
  progress.start(items.length);
  await settings.save({
    ...DEFAULT_SETTINGS,
    name: organisation.name,
    tagline: organisation.tagline,
    description: organisation.description,
    whyRegister: organisation.whyRegister,
  });

  const topicIds = new Map<string, number>();
  for (const topic of topics) topicIds.set(topic.slug, await topicRepo.insert({ ...topic, created_at: now.toISOString() }));
  const authorIds = new Map<string, number>();
  for (const author of authors) authorIds.set(author.slug, await content.createAuthor(author));

  const imageKeys = new Map<string, string>();
  const imageKey = async (file: string) => {
    let key = imageKeys.get(file);
    if (!key) {
      key = await content.storeImage(fs.readFileSync(path.join(imagesDir, file)), 'svg');
      imageKeys.set(file, key);
    }
    return key;
  };

  let done = 0;
  for (const [index, item] of items.entries()) {
    const event = item.event
      ? (() => {
          const start = londonWallTimeToUtc(londonDate(now, item.event.startsInDays), item.event.startTime);
          return {
            start: start.toISOString(),
            end: new Date(start.getTime() + item.event.durationMinutes * 60_000).toISOString(),
            venue: item.event.venue ?? null,
            onlineUrl: item.event.onlineUrl ?? null,
          };
        })()
      : undefined;
    const id = await content.createItem({
      kind: item.kind,
      slug: item.slug,
      title: item.title,
      summary: item.summary,
      bodyMarkdown: item.body,
      status: 'published',
      access: item.access,
      publishedAt: publishedAt(now, item, index),
      heroImage: item.hero ? { key: await imageKey(item.hero.file), alt: item.hero.alt } : undefined,
      event,
      topicIds: item.topics.map((slug) => topicIds.get(slug)).filter((id): id is number => id !== undefined),
      authorIds: item.authors.map((slug) => authorIds.get(slug)).filter((id): id is number => id !== undefined),
    });
    for (const attachment of item.attachments ?? []) {
      await content.attachFile(id, { title: attachment.title, filename: attachment.filename, mime: 'application/pdf', contents: makePdf(attachment.title, attachment.pages) });
    }
    progress.tick(++done);
  }
  for (const organisation of demoOrganisations) await container.members.saveOrganisation(organisation);
  for (const benefit of demoBenefits) await container.benefits.save(benefit);
  progress.finish(`${items.length} items in ${topics.length} topics, ${demoOrganisations.length} member organisations`);
}

/** Seeds only an empty database, so restarts never duplicate or overwrite anything. */
export async function seedDemoContentIfEmpty(container: Container, progress: Progress): Promise<boolean> {
  if ((await container.content.countItems()) > 0) return false;
  await seedDemoContent(container, progress);
  return true;
}
