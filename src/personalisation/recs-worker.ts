// The recommender job's own thread. Building neighbour lists for 100,000 items is tens of
// seconds of CPU; on the main thread it would stall every request. The worker opens its own
// database connection (SQLite in WAL mode lets it write while the main thread reads) and
// talks to RecsJobHost (recs-host.ts) by messages.
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config.js';
import { openDb } from '../db/connection.js';
import { terminalProgress } from '../platform/progress.js';
import { RecsJob } from './recs-job.js';
import { RecsRepo } from './recs-repo.js';
import type { HostMessage, WorkerMessage } from './recs-host.js';

const port = parentPort!;
const { database, showProgress } = workerData as { database: Config['database']; showProgress: boolean };
const db = openDb(database);
const send = (message: WorkerMessage) => port.postMessage(message);
const job = new RecsJob({
  repo: new RecsRepo(db.kysely),
  onUpdated: () => send({ type: 'updated', status: job.status() }),
  onError: (error) => send({ type: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) }),
  progress: showProgress ? (label) => terminalProgress(label) : undefined,
});

// While a run is going, the host hears how far it has got once a second (for /admin).
const ticker = setInterval(() => send({ type: 'status', status: job.status() }), 1_000);
ticker.unref();

port.on('message', (message: HostMessage) => {
  void (async () => {
    switch (message.type) {
      case 'start':
        job.start();
        return;
      case 'wake':
        job.wake();
        return;
      case 'run':
        try {
          await job.runOnce({ full: message.full });
          send({ type: 'ran', id: message.id, status: job.status() });
        } catch (error) {
          send({ type: 'ran', id: message.id, status: job.status(), error: error instanceof Error ? error.message : String(error) });
        }
        return;
      case 'stop':
        clearInterval(ticker);
        await job.stop();
        await db.close();
        send({ type: 'stopped' });
        return;
    }
  })();
});
