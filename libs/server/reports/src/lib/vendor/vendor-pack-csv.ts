import type { VendorPackReport } from '@navdesk/contracts';
import type { CsvRow } from '../exports/report-csv';
import { EXAMPLES_PER_PROBLEM, vendorText } from './vendor-pack-rules';

/**
 * The pack as one CSV of three sections, each headed by its own column names and every data row starting
 * with its section's name, so a spreadsheet filter on the first column isolates one. Text is masked again
 * here: the file leaves Navdesk by a bearer link.
 */
export function vendorPackCsv(r: VendorPackReport): { rows: CsvRow[]; dataRows: number } {
  const examples = Array.from({ length: EXAMPLES_PER_PROBLEM }, (_, i) => `example_description_${i + 1}`);
  const rows: CsvRow[] = [
    ['section', 'from', 'to', 'services'],
    ['vendor_pack', r.from, r.to, r.serviceIds.length],
    [],
    ['section', 'problem', 'category', 'theme', 'tickets', 'services', 'first_seen', 'last_seen', 'app_versions', ...examples],
    ...r.problems.map((p) => ['not_fixable_problem', vendorText(p.problem), p.category, p.theme, p.tickets, p.services, p.firstSeenAt, p.lastSeenAt, p.appVersions.join(' '), ...examples.map((_e, i) => (p.examples[i] === undefined ? null : vendorText(p.examples[i])))]),
    [],
    ['section', 'module', 'requests', 'skip', 'replace', 'reasons'],
    ...r.askedAway.map((m) => ['module_asked_away', m.title, m.requests, m.skip, m.replace, m.reasons.map((x) => vendorText(x)).join(' | ')]),
    [],
    ['section', 'month', 'changes_applied', 'with_quiet_hours', 'reminders_off', 'burden_flags_raised', 'burden_flags_cleared'],
    ...r.notificationBurden.map((m) => ['notification_burden', m.month, m.changesApplied, m.withQuietHours, m.remindersOff, m.burdenFlagsRaised, m.burdenFlagsCleared]),
  ];
  return { rows, dataRows: r.problems.length + r.askedAway.length + r.notificationBurden.length };
}
