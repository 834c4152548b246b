// Reader for the MIND news-recommendation dataset format (Microsoft News, Wu et al. 2020), so
// the recommender can be judged on a public benchmark. Two tab-separated files:
//   news.tsv       id, category, subcategory, title, abstract, url, title_entities, abstract_entities
//   behaviors.tsv  impression id, user id, time (M/D/YYYY h:mm:ss AM), history ("N1 N2"),
//                  impressions ("N3-1 N4-0": shown items, 1 = clicked)
// A malformed line is an error naming the file and line: a benchmark scored on silently
// skipped lines is not the benchmark.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MindNews {
  id: string;
  category: string;
  subcategory: string;
  title: string;
  abstract: string;
}

export interface MindImpression {
  impressionId: string;
  userId: string;
  /** Epoch ms (the file's times are read as UTC). */
  time: number;
  history: string[];
  candidates: { newsId: string; isClicked: boolean }[];
  /** 1-based line in behaviors.tsv, for messages. */
  line: number;
}

export class MindFormatError extends Error {
  constructor(readonly file: string, readonly line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'MindFormatError';
  }
}

const NEWS_COLUMNS = 8;
const BEHAVIOR_COLUMNS = 5;
const TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) (AM|PM)$/;
const CANDIDATE = /^(\S+)-([01])$/;

export function parseNews(text: string, file = 'news.tsv'): Map<string, MindNews> {
  const news = new Map<string, MindNews>();
  forEachLine(text, (columns, line) => {
    if (columns.length !== NEWS_COLUMNS) throw new MindFormatError(file, line, `expected ${NEWS_COLUMNS} tab-separated columns, found ${columns.length}`);
    const [id = '', category = '', subcategory = '', title = '', abstract = ''] = columns;
    if (!id) throw new MindFormatError(file, line, 'empty news id');
    news.set(id, { id, category, subcategory, title, abstract });
  });
  return news;
}

/** Parses behaviors; with `news`, a candidate or history id missing from it is an error too. */
export function parseBehaviors(text: string, file = 'behaviors.tsv', news?: ReadonlyMap<string, MindNews>): MindImpression[] {
  const impressions: MindImpression[] = [];
  forEachLine(text, (columns, line) => {
    if (columns.length !== BEHAVIOR_COLUMNS) throw new MindFormatError(file, line, `expected ${BEHAVIOR_COLUMNS} tab-separated columns, found ${columns.length}`);
    const [impressionId = '', userId = '', timeText = '', historyText = '', candidatesText = ''] = columns;
    if (!userId) throw new MindFormatError(file, line, 'empty user id');
    const time = parseTime(timeText);
    if (time === undefined) throw new MindFormatError(file, line, `unknown time format "${timeText}" (expected M/D/YYYY h:mm:ss AM)`);
    const history = historyText.split(' ').filter(Boolean);
    const candidates = candidatesText.split(' ').filter(Boolean).map((token) => {
      const match = CANDIDATE.exec(token);
      if (!match) throw new MindFormatError(file, line, `bad candidate "${token}" (expected an id, a dash and a label 0 or 1)`);
      return { newsId: match[1] ?? '', isClicked: match[2] === '1' };
    });
    if (candidates.length === 0) throw new MindFormatError(file, line, 'empty candidate list');
    if (news) {
      const unknown = [...history, ...candidates.map((c) => c.newsId)].find((id) => !news.has(id));
      if (unknown) throw new MindFormatError(file, line, `unknown news id "${unknown}"`);
    }
    impressions.push({ impressionId, userId, time, history, candidates, line });
  });
  return impressions;
}

export function readMind(dir: string): { news: Map<string, MindNews>; impressions: MindImpression[] } {
  const newsFile = join(dir, 'news.tsv');
  const behaviorsFile = join(dir, 'behaviors.tsv');
  const news = parseNews(readFileSync(newsFile, 'utf8'), newsFile);
  return { news, impressions: parseBehaviors(readFileSync(behaviorsFile, 'utf8'), behaviorsFile, news) };
}

/** "11/15/2019 8:55:22 AM" → epoch ms (UTC); undefined when it is not that shape or not a date. */
export function parseTime(text: string): number | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  const [month, day, year, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour < 1 || hour > 12 || minute > 59 || second > 59) return undefined;
  const hours24 = (hour % 12) + (match[7] === 'PM' ? 12 : 0);
  const time = Date.UTC(year, month - 1, day, hours24, minute, second);
  return new Date(time).getUTCDate() === day ? time : undefined;
}

/** Calls back with each non-blank line's columns and its 1-based number (a trailing newline is fine). */
function forEachLine(text: string, visit: (columns: string[], line: number) => void): void {
  text.split('\n').forEach((raw, index) => {
    const content = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (content.trim() === '') return;
    visit(content.split('\t'), index + 1);
  });
}
