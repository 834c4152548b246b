// The worker thread's entry when Pulse runs from its TypeScript sources (npm start uses tsx):
// tsx's loader is registered for the main thread only, so the worker loads it itself.
import { tsImport } from 'tsx/esm/api';

await tsImport('./recs-worker.ts', import.meta.url);
