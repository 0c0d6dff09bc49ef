import { findIdentifiers, type IncidentsReport } from '@navdesk/contracts';
import { incidentsCsv } from './report-csv';

describe('incidents CSV', () => {
  it('carries no identifier even when a title reaches it unmasked', () => {
    const report: IncidentsReport = {
      from: '2026-11-01',
      to: '2026-11-30',
      serviceIds: ['c0000000-0000-4000-8000-000000000001'],
      incidents: [
        {
          id: 'b0000000-0000-4000-8000-000000000001',
          title: 'App crashes for P-7QK2M9 (NHS 943 476 5919), call 07700 900123',
          serviceId: 'c0000000-0000-4000-8000-000000000001',
          category: 'app_crash',
          theme: 'functionality',
          status: 'open',
          fixability: 'unknown',
          ticketCount: 6,
          firstSeenAt: '2026-11-02T09:00:00.000Z',
          lastSeenAt: '2026-11-20T15:30:00.000Z',
        },
      ],
    };
    const rows = incidentsCsv(report);
    expect(rows[1]?.[0]).toBe('App crashes for [patient ref] (NHS [NHS number]), call [phone number]');
    expect(findIdentifiers(rows.flat().join(','))).toEqual([]);
  });
});
