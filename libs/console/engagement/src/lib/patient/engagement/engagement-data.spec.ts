import { engagement } from '../../testing/patient-engagement-fixtures';
import {
  loginCalendar,
  moduleRows,
  moodChart,
  notificationChart,
} from './engagement-data';

describe('engagement data', () => {
  const e = engagement({
    from: '2026-02-18T00:00:00.000Z',
    to: '2026-03-03T12:00:00.000Z',
  });

  it('lays log-ins out by day in whole Monday-first weeks, with gaps counted', () => {
    const calendar = loginCalendar(e);
    expect(calendar.weeks.map((w) => w.label)).toEqual([
      'w/c 16 Feb',
      'w/c 23 Feb',
      'w/c 2 Mar',
    ]);
    const days = calendar.weeks.flatMap((w) => w.days);
    expect(days.find((d) => d.day === '2026-02-16')?.inRange).toBe(false);
    expect(days.find((d) => d.day === '2026-02-23')).toMatchObject({
      logins: 2,
      label: 'Mon 23 Feb 2026: 2 log-ins',
    });
    expect(days.find((d) => d.day === '2026-02-25')?.label).toBe(
      'Wed 25 Feb 2026: 1 log-in',
    );
    expect(calendar.daysInRange).toBe(14);
    expect(calendar.daysActive).toBe(2);
    // 18–22 Feb: five days before the first log-in; 26 Feb–3 Mar: six after the last.
    expect(calendar.longestGapDays).toBe(6);
  });

  it('counts log-ins from their times when the daily rollup has none', () => {
    const calendar = loginCalendar({ ...e, daily: [] });
    const days = calendar.weeks.flatMap((w) => w.days);
    expect(days.find((d) => d.day === '2026-02-23')?.logins).toBe(2);
  });

  it('charts mood in time order and notifications by week', () => {
    expect(moodChart(e)).toEqual({
      labels: ['23 Feb', '25 Feb', '1 Mar'],
      series: [{ label: 'Mood (0–10)', values: [7, 6, 4] }],
    });
    expect(notificationChart(e)).toEqual({
      labels: ['w/c 16 Feb', 'w/c 23 Feb', 'w/c 2 Mar'],
      series: [
        { label: 'Sent', values: [0, 9, 0] },
        { label: 'Dismissed unread', values: [0, 7, 0] },
      ],
    });
  });

  it('lists mandatory modules first, including those not started', () => {
    expect(
      moduleRows(e, ['m-intro', 'm-thoughts']).map((m) => [
        m.moduleId,
        m.mandatory,
        m.status,
      ]),
    ).toEqual([
      ['m-intro', true, 'completed'],
      ['m-thoughts', true, 'not_started'],
      ['m-extra', false, 'started'],
    ]);
  });
});
