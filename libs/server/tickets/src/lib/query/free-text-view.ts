import type { Role, TimelineType } from '@navdesk/contracts';

/** Which rendition of a ticket's free text a reader gets. */
export type TextRendition = 'original' | 'masked';

/** What of a ticket's timeline a reader gets: everything (navigators), no internal lines (PWPs), or no comments and no internal lines (managers). */
export type TimelineAccess = 'everything' | 'public' | 'no-comments';

/** Comment threads: replies and internal notes, people's own words. */
export const COMMENT_TYPES: readonly TimelineType[] = ['reply', 'internal_note'];

interface Reader {
  role: Role;
  userId: string;
}

/**
 * The reporter and the service's navigators read what was typed; everyone else (managers) the masked
 * rendition. Default deny: a role not named here gets masked text. Service scoping is the query's job.
 */
export function renditionFor(reader: Reader, reporterId: string): TextRendition {
  if (reader.role === 'navigator') return 'original';
  if (reader.role === 'pwp' && reader.userId === reporterId) return 'original';
  return 'masked';
}

export function timelineAccessFor(reader: Reader): TimelineAccess {
  if (reader.role === 'navigator') return 'everything';
  if (reader.role === 'pwp') return 'public';
  return 'no-comments';
}
