// npm run newsletter:send   sends every newsletter issue that is due, then exits.
// The same engine runs inside `npm start`; this runs it as a process of its own (a cron job,
// a worker machine, or the crash test). Killing it at any moment never makes anyone receive
// an issue twice: what was in flight becomes "unknown" and is not sent again.
import { loadConfig, ConfigError } from '../src/config.js';
import { buildContainer } from '../src/container.js';

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(`Pulse cannot start: ${error.message}`);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

const container = await buildContainer(config, { collectDefaultMetrics: false });
let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing the messages in hand, then stopping`);
  void container.newsletters.sender.stop();
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
let status = 0;
try {
  await container.newsletters.sender.runUntilIdle();
} catch (error) {
  console.error('Sending stopped on an error:', error);
  status = 1;
} finally {
  await container.close();
}
process.exit(status);
