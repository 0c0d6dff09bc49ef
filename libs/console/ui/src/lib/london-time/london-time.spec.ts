import {
  formatLondon,
  LondonTimePipe,
  londonWallTimeToIso,
} from './london-time';

describe('UK time for training sessions', () => {
  it('shows an instant in UK time, winter and summer, whatever the test clock (UTC)', () => {
    expect(formatLondon('2026-03-10T14:00:00.000Z')).toBe(
      'Tue 10 Mar 2026, 14:00',
    );
    // British Summer Time: an hour ahead of UTC.
    expect(formatLondon('2026-06-02T09:30:00.000Z')).toBe(
      'Tue 2 Jun 2026, 10:30',
    );
    expect(formatLondon('2026-06-02T09:30:00.000Z', 'time')).toBe('10:30');
    expect(formatLondon('2026-06-02T23:30:00.000Z', 'date')).toBe(
      'Wed 3 Jun 2026',
    );
    expect(formatLondon(null)).toBe('');
    expect(
      new LondonTimePipe().transform('2026-03-10T14:00:00.000Z', 'time'),
    ).toBe('14:00');
  });

  it('turns a UK date and time typed into a form into the right instant', () => {
    expect(londonWallTimeToIso('2026-03-10', '14:00')).toBe(
      '2026-03-10T14:00:00.000Z',
    );
    expect(londonWallTimeToIso('2026-06-02', '10:30')).toBe(
      '2026-06-02T09:30:00.000Z',
    );
    // The Sunday the clocks go forward (01:00 UTC): morning after is BST.
    expect(londonWallTimeToIso('2026-03-29', '09:00')).toBe(
      '2026-03-29T08:00:00.000Z',
    );
    expect(londonWallTimeToIso('2026-10-25', '09:00')).toBe(
      '2026-10-25T09:00:00.000Z',
    );
    expect(londonWallTimeToIso('10/03/2026', '14:00')).toBeNull();
    expect(londonWallTimeToIso('2026-03-10', '')).toBeNull();
  });
});
