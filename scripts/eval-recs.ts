// Offline evaluation of the recommender: `npm run eval:recs` on a simulated membership site,
// `npm run eval:recs -- --mind DIR` on a MIND-format dataset (news.tsv + behaviors.tsv).
// Progress goes to stderr, the results table to stdout.
import { parseArgs } from 'node:util';
import { evaluateMind } from '../src/personalisation/engine/eval/mind-eval.js';
import { evaluateSimulated } from '../src/personalisation/engine/eval/simulated-eval.js';

const { values } = parseArgs({
  options: {
    mind: { type: 'string' },
    seed: { type: 'string', default: '42' },
    people: { type: 'string', default: '3000' },
    items: { type: 'string', default: '3000' },
  },
});

const progress = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

if (values.mind) {
  const table = await evaluateMind(values.mind, progress);
  process.stdout.write(`${table}\n`);
} else {
  const table = await evaluateSimulated({ seed: Number(values.seed), people: Number(values.people), items: Number(values.items) }, progress);
  process.stdout.write(`${table}\n`);
}
