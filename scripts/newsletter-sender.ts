// npm run newsletter:send   sends every newsletter issue that is due, then exits.
// The same engine runs inside `npm start`; this runs it as a process of its own (a cron job,
// a worker machine, or the crash test). Killing it at any moment never makes anyone receive
// an issue twice: what was in flight becomes "unknown" and is not sent again.
import { loadConfigOrExit } from '../src/config.js';
import { buildContainer } from '../src/container.js';

const config = loadConfigOrExit();

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
  if ((await container.newsletters.sender.runUntilIdle()) === 'busy') console.log('Another sender (a running Pulse, or this script elsewhere) is sending; nothing to do here.');
} catch (error) {
  console.error('Sending stopped on an error:', error);
  status = 1;
} finally {
  await container.close();
}
process.exit(status);
