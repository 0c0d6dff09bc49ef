import { findIdentifiers } from '@navdesk/contracts';
import { vendorPackCsv } from './vendor-pack-csv';
import { vendorAskedAway, vendorNotificationBurden, vendorProblems, type AskedAwayRow, type NotFixableTicketRow } from './vendor-pack-rules';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 10));
const ticket = (over: Partial<NotFixableTicketRow>): NotFixableTicketRow => ({
  id: 't',
  service_id: 's1',
  incident_id: null,
  incident_title: null,
  category: 'notifications',
  theme: 'functionality',
  created_at: at(1),
  description_masked: 'Too many reminders',
  app_version: null,
  ...over,
});

describe('vendor pack rules', () => {
  it('groups not-fixable tickets by incident, else by category, with seen dates, versions in numeric order and masked examples', () => {
    const problems = vendorProblems([
      ticket({ id: 'a', incident_id: 'i1', incident_title: 'Audio stops for P-7QK2M9', created_at: at(20), app_version: '2.10.0', description_masked: 'Stops at 2 min; call 07700 900123' }),
      ticket({ id: 'b', incident_id: 'i1', incident_title: 'Audio stops for P-7QK2M9', created_at: at(9), app_version: '2.9.1', description_masked: 'Stops at 2 min; call 07700 900123' }),
      // The same problem raised in another service: one row for the vendor.
      ticket({ id: 'c', service_id: 's2', incident_id: 'i2', incident_title: 'audio stops  for P-7QK2M9', created_at: at(3), app_version: '2.9.1', description_masked: 'Silent after update' }),
      ticket({ id: 'd', created_at: at(5) }),
    ]);
    expect(problems).toHaveLength(2);
    const [audio, other] = problems;
    expect(audio).toMatchObject({ incidentIds: ['i1', 'i2'], services: 2, tickets: 3, firstSeenAt: at(3).toISOString(), lastSeenAt: at(20).toISOString(), appVersions: ['2.9.1', '2.10.0'] });
    expect(audio?.problem).toBe('Audio stops for [patient ref]');
    expect(audio?.examples).toEqual(['Stops at 2 min; call [phone number]', 'Silent after update']);
    expect(other).toMatchObject({ incidentIds: [], services: 1, tickets: 1, problem: 'Other not-fixable tickets: Notifications', appVersions: [] });
  });

  it('shows a module’s reasons only while its count is shown, and suppresses small counts as parts of a whole', () => {
    const requests = (moduleId: string, n: number, skips: number): AskedAwayRow[] =>
      Array.from({ length: n }, (_, i) => ({ module_id: moduleId, action: i < skips ? 'skip' : 'replace', reason_masked: `${moduleId} reason ${i % 3}`, created_at: at(20 - i) }));
    const [most, next, fewest] = vendorAskedAway([...requests('m03-thoughts-and-feelings', 8, 5), ...requests('m04-problem-solving', 6, 6), ...requests('m01-understanding-depression', 2, 2)]);
    expect(most).toMatchObject({ moduleId: 'm03-thoughts-and-feelings', requests: 8, skip: '<5', replace: '<5' });
    expect(most?.reasons).toEqual(['m03-thoughts-and-feelings reason 0', 'm03-thoughts-and-feelings reason 1', 'm03-thoughts-and-feelings reason 2']);
    // Six requests, but hidden so the two of the smallest module cannot be worked out: its split and reasons too.
    expect(next).toMatchObject({ moduleId: 'm04-problem-solving', requests: '<5', skip: '<5', replace: 0, reasons: [] });
    expect(fewest).toMatchObject({ moduleId: 'm01-understanding-depression', requests: '<5', reasons: [] });
  });

  it('keeps a burden month’s subsets hidden when they, or what is left of the total, are small', () => {
    const [month] = vendorNotificationBurden([{ month: '2026-11', applied: 12, quiet: 9, off: 0, raised: 7, cleared: 3 }]);
    expect(month).toEqual({ month: '2026-11', changesApplied: 12, withQuietHours: '<5', remindersOff: 0, burdenFlagsRaised: 7, burdenFlagsCleared: '<5' });
  });

  it('writes a CSV of three sections with no identifier in it', () => {
    const report = {
      from: '2026-11-01',
      to: '2026-11-30',
      serviceIds: ['s'],
      problems: vendorProblems([ticket({ description_masked: 'NHS 943 476 5919 cannot log in' })]),
      askedAway: vendorAskedAway(Array.from({ length: 5 }, (_, i): AskedAwayRow => ({ module_id: 'm01-understanding-depression', action: 'skip', reason_masked: `Patient e-mails jane.doe@example.org, ${i}`, created_at: at(i + 1) }))),
      notificationBurden: vendorNotificationBurden([{ month: '2026-11', applied: 5, quiet: 0, off: 5, raised: 0, cleared: 0 }]),
    };
    const { rows, dataRows } = vendorPackCsv(report);
    expect(dataRows).toBe(3);
    expect(rows.filter((r) => r[0] === 'section').map((r) => r[1])).toEqual(['from', 'problem', 'module', 'month']);
    expect(rows.find((r) => r[0] === 'module_asked_away')?.[5]).toContain('[e-mail address]');
    expect(findIdentifiers(rows.flat().join(','))).toEqual([]);
  });
});
