/** Keyset page: pass `nextCursor` back as `?cursor=` for the next page; null means the end. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;
