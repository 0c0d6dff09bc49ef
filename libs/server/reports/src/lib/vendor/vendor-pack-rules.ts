import {
  CATEGORY_LABELS,
  maskIdentifiers,
  programmeModuleTitle,
  type PatientCount,
  type TicketCategory,
  type Theme,
  type VendorAskedAwayModule,
  type VendorNotificationMonth,
  type VendorProblem,
} from '@navdesk/contracts';
import { isSmall, suppress, suppressParts } from '../rules/suppression';

export const EXAMPLES_PER_PROBLEM = 3;
export const EXAMPLE_LENGTH = 240;
export const REASONS_PER_MODULE = 10;

export interface NotFixableTicketRow {
  id: string;
  service_id: string;
  incident_id: string | null;
  incident_title: string | null;
  category: string | null;
  theme: string | null;
  created_at: Date;
  description_masked: string;
  app_version: string | null;
}

export interface AskedAwayRow {
  module_id: string;
  action: 'skip' | 'replace';
  reason_masked: string;
  created_at: Date;
}

export interface BurdenMonthRow {
  month: string;
  applied: number;
  quiet: number;
  off: number;
  raised: number;
  cleared: number;
}

/** Text that leaves Navdesk: masked again (it was masked when written; the detector may have grown since), on one line, cut short. */
export function vendorText(text: string, max = EXAMPLE_LENGTH): string {
  const line = maskIdentifiers(text).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Incidents of the same masked title (case and spacing aside) and category are one problem to the vendor. */
function problemKey(r: NotFixableTicketRow): string {
  const category = r.category ?? 'none';
  return r.incident_id ? `incident:${category}:${vendorText(r.incident_title ?? '', 200).toLowerCase()}` : `category:${category}`;
}

/**
 * Not-fixable tickets (newest first) grouped into problems: by incident title and category, else by
 * category. Most tickets first, then the most recently seen. Ticket counts are staff reports, not
 * patients: not suppressed.
 */
export function vendorProblems(rows: readonly NotFixableTicketRow[]): VendorProblem[] {
  const groups = new Map<string, NotFixableTicketRow[]>();
  for (const r of rows) groups.set(problemKey(r), [...(groups.get(problemKey(r)) ?? []), r]);
  return [...groups.values()]
    .map((tickets): VendorProblem => {
      const first = tickets[0] as NotFixableTicketRow;
      const times = tickets.map((t) => t.created_at.getTime());
      const category = first.category as TicketCategory | null;
      return {
        problem: first.incident_id ? vendorText(first.incident_title ?? '', 200) : `Other not-fixable tickets: ${category ? CATEGORY_LABELS[category] : 'not yet triaged'}`,
        incidentIds: [...new Set(tickets.map((t) => t.incident_id).filter((id): id is string => id !== null))].sort(),
        services: new Set(tickets.map((t) => t.service_id)).size,
        category,
        theme: first.theme as Theme | null,
        tickets: tickets.length,
        firstSeenAt: new Date(Math.min(...times)).toISOString(),
        lastSeenAt: new Date(Math.max(...times)).toISOString(),
        appVersions: [...new Set(tickets.map((t) => t.app_version).filter((v): v is string => !!v))].sort(compareVersions),
        examples: [...new Set(tickets.map((t) => vendorText(t.description_masked)).filter((d) => d.length > 0))].slice(0, EXAMPLES_PER_PROBLEM),
      };
    })
    .sort((a, b) => b.tickets - a.tickets || b.lastSeenAt.localeCompare(a.lastSeenAt) || a.problem.localeCompare(b.problem));
}

/** '2.10.0' after '2.9.1': numeric parts compared as numbers. */
export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/**
 * Modules asked away (requests newest first), most requested first. Counts are of patients: parts of the
 * whole suppressed as in Tailoring; a module's reasons are shown only when its requests are five or more,
 * so no reason is one of a handful that could be placed.
 */
export function vendorAskedAway(rows: readonly AskedAwayRow[]): VendorAskedAwayModule[] {
  const modules = [...new Set(rows.map((r) => r.module_id))];
  const mine = (m: string) => rows.filter((r) => r.module_id === m);
  const totals = modules.map((m) => mine(m).length);
  const shown = suppressParts(totals).parts;
  return modules
    .map((moduleId, i) => {
      const requests = mine(moduleId);
      const n = totals[i] ?? 0;
      const hidden = isSmall(n) || shown[i] === '<5';
      // A hidden total hides its split too: skip + replace would give it back.
      const split = suppressParts([requests.filter((r) => r.action === 'skip').length, requests.filter((r) => r.action === 'replace').length], n).parts.map((v) => (hidden && v !== 0 ? '<5' : v));
      const reasons = hidden ? [] : [...new Set(requests.map((r) => vendorText(r.reason_masked)))].slice(0, REASONS_PER_MODULE);
      return { moduleId, title: programmeModuleTitle(moduleId), skip: split[0] ?? 0, replace: split[1] ?? 0, requests: shown[i] ?? 0, reasons, n };
    })
    .sort((a, b) => b.n - a.n || a.title.localeCompare(b.title))
    .map(({ n: _n, ...m }) => m);
}

/** A subset of a suppressed total: hidden when small, or when what is left of the total is (so it cannot be subtracted out). */
function subsetOf(part: number, total: number): PatientCount {
  return suppressParts([part, total - part], total).parts[0] ?? 0;
}

export function vendorNotificationBurden(rows: readonly BurdenMonthRow[]): VendorNotificationMonth[] {
  return rows.map((r) => ({
    month: r.month,
    changesApplied: suppress(r.applied),
    withQuietHours: subsetOf(r.quiet, r.applied),
    remindersOff: subsetOf(r.off, r.applied),
    burdenFlagsRaised: suppress(r.raised),
    burdenFlagsCleared: suppress(r.cleared),
  }));
}
