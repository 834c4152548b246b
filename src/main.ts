// Starts Pulse: config → container → first-start seeding → listen; closes cleanly on SIGTERM.
import { loadConfigOrExit } from './config.js';
import { buildContainer } from './container.js';
import { seededRandom } from './content/demo/synthetic.js';
import { seedSyntheticEngagement } from './personalisation/demo/synthetic-engagement.js';
import { SyntheticEngagementRepo } from './personalisation/demo/synthetic-repo.js';
import { buildApp } from './app.js';
import { seedDemoContentIfEmpty } from './content/demo/seed.js';
import { terminalProgress } from './platform/progress.js';

async function main(): Promise<void> {
  const config = loadConfigOrExit();

  const container = await buildContainer(config);
  if (config.seedDemoContent) {
    const seeded = await seedDemoContentIfEmpty(container, terminalProgress('Seeding demo content'));
    if (seeded) {
      // A few dozen demo readers (who cannot sign in) give "Popular" and "People who read this
      // also read" something to show from the first start.
      await seedSyntheticEngagement(new SyntheticEngagementRepo(container.db.kysely), { people: 60, events: 700, withinDays: 30, random: seededRandom(11), now: new Date() });
      container.pageCache.invalidate();
    }
  }
  const app = await buildApp(container);
  // Publishes anything whose scheduled time passed while the server was down, then keeps watch.
  container.scheduler.start();
  // Deletes engagement history older than the site's retention setting, now and daily.
  container.historyRetention.start();

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    // Stop accepting, let in-flight requests finish, then close the database.
    const timer = setTimeout(() => {
      app.log.error('shutdown took longer than 15 s; exiting');
      process.exit(1);
    }, 15_000);
    timer.unref();
    await app.close();
    await container.close();
    app.log.info('shutdown complete');
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  // Builds the recommender's lists in its own thread, then keeps them up to date each minute.
  container.recsJob.start();
  // Bounces, complaints and mailto unsubscribes come back here (RETURN_PATH_DOMAIN's MX).
  if (config.inboundSmtpPort !== undefined) {
    try {
      const port = await container.newsletters.startInboundMail(config.inboundSmtpPort, config.host);
      console.log(`Receiving bounces and unsubscribes by SMTP on port ${port} (for @${config.returnPathDomain})`);
    } catch (error) {
      // The site works without it (a second instance on a laptop, say); bounces are then not read.
      console.error(`Could not listen for bounces on port ${config.inboundSmtpPort} (${(error as Error).message}); set INBOUND_SMTP_PORT to a free port, or "off".`);
    }
  }
  const where = config.database.dialect === 'sqlite' ? `SQLite at ${config.database.file}` : 'PostgreSQL';
  console.log(`\nPulse is running at ${config.publicUrl}  (database: ${where})\n`);
  // While nobody is an administrator, each start prints a fresh one-time link to create one.
  const setupLink = await container.admin.setup.issueStartupLink();
  if (setupLink) console.log(`No administrator yet. Open this link to create the first one (it works once, for 24 hours):\n\n  ${setupLink}\n`);
  // Sends newsletter issues that are due or were left half-sent (what was in flight is not resent).
  container.newsletters.sender.start();
  // Topic alerts: at once for what is published, and the Monday digest.
  container.newsletters.alerts.start();
}

main().catch((error: unknown) => {
  console.error('Pulse failed to start:', error);
  process.exit(1);
});
