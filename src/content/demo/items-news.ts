// Demo news: written for Pulse's fictional demo organisation, in three files.
import type { DemoItem } from './data.js';
import { newsItemsPart1 } from './items-news-1.js';
import { newsItemsPart2 } from './items-news-2.js';
import { newsItemsPart3 } from './items-news-3.js';

export const newsItems: DemoItem[] = [...newsItemsPart1, ...newsItemsPart2, ...newsItemsPart3];
