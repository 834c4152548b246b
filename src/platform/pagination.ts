import { NotFound } from '../errors.js';

export const PAGE_SIZE = 12;
/** The schema's bound on ?page=: far beyond any real listing, small enough to keep OFFSET sane. */
export const MAX_PAGE = 10_000;

export interface Pagination {
  page: number;
  pageCount: number;
  total: number;
  limit: number;
  offset: number;
}

/** A page past the last one is a 404, except page 1 of an empty list, which shows "nothing yet". */
export function paginate(page: number, total: number, pageSize = PAGE_SIZE): Pagination {
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (page > pageCount) throw new NotFound(`There is no page ${page}; this list has ${pageCount} page${pageCount === 1 ? '' : 's'}.`);
  return { page, pageCount, total, limit: pageSize, offset: (page - 1) * pageSize };
}
