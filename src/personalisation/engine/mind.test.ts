// The MIND reader: it scores the 200-impression fixture (written by scripts/make-mind-fixture.ts)
// with every model, and refuses malformed lines naming the file and the line.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { scoreMind } from './eval/mind-eval.js';
import { MindFormatError, parseBehaviors, parseNews, parseTime, readMind } from './eval/mind.js';

const FIXTURE = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'mind-sample');
const NEWS_LINE = 'N1\tnews\tpolitics\tA headline\tAn abstract\thttps://example.org/N1\t[]\t[]';
const GOOD = '1\tU1\t11/15/2019 8:55:22 AM\tN1 N2\tN3-1 N4-0';

describe('reading MIND files', () => {
  test('the fixture has 160 news and 200 impressions, each with a click and a skip', () => {
    const { news, impressions } = readMind(FIXTURE);
    assert.equal(news.size, 160);
    assert.equal(impressions.length, 200);
    for (const impression of impressions) {
      assert.ok(impression.candidates.some((c) => c.isClicked), `impression ${impression.impressionId} has a click`);
      assert.ok(impression.candidates.some((c) => !c.isClicked), `impression ${impression.impressionId} has a skip`);
    }
  });

  test('every impression of the fixture is scored by every model, and the hybrid beats chance', async () => {
    const { news, impressions } = readMind(FIXTURE);
    const scores = await scoreMind(news, impressions);
    assert.equal(scores.impressions, 200);
    assert.deepEqual(scores.rows.map((r) => r.name), ['popularity', 'content-only', 'collaborative-only', 'hybrid']);
    for (const { accuracy } of scores.rows) for (const value of Object.values(accuracy)) assert.ok(value >= 0 && value <= 1);
    const hybrid = scores.rows.find((r) => r.name === 'hybrid')?.accuracy;
    assert.ok(hybrid && hybrid.auc > 0.55, `hybrid AUC ${hybrid?.auc}`);
  });

  test('times are read as M/D/YYYY h:mm:ss AM|PM, in UTC', () => {
    assert.equal(parseTime('11/15/2019 8:55:22 AM'), Date.UTC(2019, 10, 15, 8, 55, 22));
    assert.equal(parseTime('11/15/2019 12:05:00 AM'), Date.UTC(2019, 10, 15, 0, 5, 0));
    assert.equal(parseTime('11/15/2019 12:05:00 PM'), Date.UTC(2019, 10, 15, 12, 5, 0));
    assert.equal(parseTime('2/30/2019 1:00:00 PM'), undefined);
    assert.equal(parseTime('2019-11-15 08:55:22'), undefined);
  });
});

describe('malformed lines are refused with their line number', () => {
  const refuses = (text: string, file: string, line: number, problem: RegExp, parse: (t: string) => unknown) =>
    assert.throws(() => parse(text), (error: unknown) => {
      assert.ok(error instanceof MindFormatError);
      assert.equal(error.line, line);
      assert.match(error.message, new RegExp(`^${file}:${line}: `));
      assert.match(error.message, problem);
      return true;
    });
  const behaviors = (text: string) => parseBehaviors(text, 'behaviors.tsv');

  test('a news line with the wrong number of columns', () => {
    refuses(`${NEWS_LINE}\nN2\tnews\tonly three`, 'news.tsv', 2, /expected 8 tab-separated columns, found 3/, (t) => parseNews(t, 'news.tsv'));
  });

  test('a behaviors line with the wrong number of columns', () => {
    refuses(`${GOOD}\n2\tU2\t11/15/2019 8:55:22 AM\tN1`, 'behaviors.tsv', 2, /expected 5 tab-separated columns, found 4/, behaviors);
  });

  test('a bad click label', () => {
    refuses(`${GOOD}\n${GOOD}\n3\tU3\t11/15/2019 9:00:00 AM\tN1\tN3-2 N4-0`, 'behaviors.tsv', 3, /bad candidate "N3-2"/, behaviors);
    refuses(`4\tU4\t11/15/2019 9:00:00 AM\tN1\tN3`, 'behaviors.tsv', 1, /bad candidate "N3"/, behaviors);
  });

  test('an unknown time format', () => {
    refuses(`${GOOD}\n2\tU2\t2019-11-15T08:55:22Z\tN1\tN3-1`, 'behaviors.tsv', 2, /unknown time format/, behaviors);
  });

  test('an empty candidate list', () => {
    refuses(`${GOOD}\n\n3\tU3\t11/15/2019 9:00:00 AM\tN1\t`, 'behaviors.tsv', 3, /empty candidate list/, behaviors);
  });

  test('a news id not in news.tsv, when the news are given', () => {
    const news = parseNews(NEWS_LINE);
    refuses('1\tU1\t11/15/2019 8:55:22 AM\tN1\tN1-1 N9-0', 'behaviors.tsv', 1, /unknown news id "N9"/, (t) => parseBehaviors(t, 'behaviors.tsv', news));
  });

  test('a good line with Windows line endings is read', () => {
    const [impression] = parseBehaviors(`${GOOD}\r\n`);
    assert.deepEqual(impression?.candidates, [{ newsId: 'N3', isClicked: true }, { newsId: 'N4', isClicked: false }]);
    assert.deepEqual(impression?.history, ['N1', 'N2']);
  });
});
