// npm run seed                 demo content into an empty database (as on first start)
// npm run seed -- --items N    plus N synthetic items, for benchmarks, with a progress bar
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { buildContainer } from '../src/container.js';
import { seedDemoContentIfEmpty } from '../src/content/demo/seed.js';
import { seededRandom, syntheticItem } from '../src/content/demo/synthetic.js';
import type { NewItemInput } from '../src/content/service.js';
import { terminalProgress } from '../src/platform/progress.js';

const { values } = parseArgs({ options: { items: { type: 'string', default: '0' } } });
const count = Number(values.items);
if (!Number.isInteger(count) || count < 0 || count > 5_000_000) {
  console.error('--items must be a whole number from 0 to 5000000');
  process.exit(2);
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
} finally {
  await container.close();
}
