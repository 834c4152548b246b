// Demo reports: written for Pulse's fictional demo organisation, in two files by age.
import type { DemoItem } from './data.js';
import { reportsItemsNewer } from './items-reports-newer.js';
import { reportsItemsOlder } from './items-reports-older.js';

export const reportsItems: DemoItem[] = [...reportsItemsNewer, ...reportsItemsOlder];
