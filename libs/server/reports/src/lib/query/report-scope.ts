import { NotFoundException } from '@nestjs/common';
import { canReachService, type UserPrincipal } from '@navdesk/server/access';
import { InvalidInputException, toLocal } from '@navdesk/server/core';
import { reportWindow } from '../rules/report-window';

export interface ReportScope {
  from: string;
  to: string;
  serviceIds: string[];
}

/** Today's London date. */
export function londonToday(now = new Date()): string {
  const l = toLocal(now, 'Europe/London');
  return `${l.year}-${String(l.month).padStart(2, '0')}-${String(l.day).padStart(2, '0')}`;
}

/**
 * The services and days a report covers: the service asked for (404 when it is not the caller's, so
 * its existence is not revealed) or all of theirs, and a validated window (400 naming the field).
 */
export function reportScope(user: UserPrincipal, q: { from?: string; to?: string; serviceId?: string }, now = new Date()): ReportScope {
  if (q.serviceId && !canReachService(user, q.serviceId)) throw new NotFoundException('No such service');
  const window = reportWindow(q, londonToday(now));
  if ('problems' in window) throw new InvalidInputException(window.problems);
  return { ...window, serviceIds: q.serviceId ? [q.serviceId] : [...user.serviceIds] };
}
