// npm run seed                 demo content into an empty database (as on first start)
// npm run seed -- --items N    plus N synthetic items, for benchmarks, with a progress bar
// npm run seed -- --people N --events M [--sessions K --cookies FILE]
//                              plus N synthetic readers with M engagement events (and K of
//                              them signed in, their Cookie headers written one per line)
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { buildContainer } from '../src/container.js';
import { seedDemoContentIfEmpty } from '../src/content/demo/seed.js';
import { seededRandom, syntheticItem } from '../src/content/demo/synthetic.js';
import type { NewItemInput } from '../src/content/service.js';
import { terminalProgress } from '../src/platform/progress.js';
import { seedSyntheticEngagement } from '../src/personalisation/demo/synthetic-engagement.js';
import { SyntheticEngagementRepo } from '../src/personalisation/demo/synthetic-repo.js';

const { values } = parseArgs({
  options: {
    items: { type: 'string', default: '0' }, people: { type: 'string', default: '0' }, events: { type: 'string', default: '0' },
    sessions: { type: 'string', default: '0' }, cookies: { type: 'string' },
  },
});
const count = Number(values.items);
if (!Number.isInteger(count) || count < 0 || count > 5_000_000) {
  console.error('--items must be a whole number from 0 to 5000000');
  process.exit(2);
}

const people = Number(values.people);
const events = Number(values.events);
const sessions = Number(values.sessions);
for (const [name, value, max] of [['people', people, 10_000_000], ['events', events, 100_000_000], ['sessions', sessions, 100_000]] as const) {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    console.error(`--${name} must be a whole number from 0 to ${max}`);
    process.exit(2);
  }
}

const container = await buildContainer(loadConfig(), { collectDefaultMetrics: false });
try {
  await seedDemoContentIfEmpty(container, terminalProgress('Demo content'));
  if (count > 0) {
    const topicIds = (await container.topics.listTopics()).map((t) => t.id);
    const random = seededRandom(42);
    const now = new Date();
    const offset = await container.content.countItems();
    const progress = terminalProgress('Synthetic items');
    progress.start(count);
    const BATCH = 1000;
    for (let done = 0; done < count; done += BATCH) {
      const batch: NewItemInput[] = [];
      for (let i = done; i < Math.min(count, done + BATCH); i++) batch.push(syntheticItem(offset + i, { random, topicIds, now }));
      await container.content.createItems(batch);
      progress.tick(Math.min(count, done + BATCH));
    }
    progress.finish();
  }
  if (people > 0) {
    const ids = await seedSyntheticEngagement(new SyntheticEngagementRepo(container.db.kysely), { people, events, random: seededRandom(7), now: new Date(), progress: terminalProgress('Synthetic readers and engagement') });
    if (sessions > 0 && values.cookies) {
      const lines: string[] = [];
      for (const id of ids.slice(0, sessions)) lines.push(`${container.accountHttp.sessionCookie}=${await container.sessions.start(id, { ip: '127.0.0.1', userAgent: 'bench' })}`);
      fs.writeFileSync(values.cookies, `${lines.join('\n')}\n`);
    }
  }
} finally {
  await container.close();
}
