import type { VendorNotificationMonth } from '@navdesk/contracts';
import {
  appVersionsText,
  hasNotificationBurden,
  monthName,
  ukDate,
} from './vendor-pack-format';

const QUIET_MONTH: VendorNotificationMonth = {
  month: '2026-11',
  changesApplied: 0,
  withQuietHours: 0,
  remindersOff: 0,
  burdenFlagsRaised: 0,
  burdenFlagsCleared: 0,
};

describe('vendor pack wording', () => {
  it('names a month in full', () => {
    expect(monthName('2026-11')).toBe('November 2026');
    expect(monthName('2027-01')).toBe('January 2027');
    expect(monthName('soon')).toBe('soon');
  });

  it('gives the UK day of an instant, across midnight in summer time', () => {
    expect(ukDate('2026-03-10T09:30:00.000Z')).toBe('10 Mar 2026');
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(ukDate('2026-06-30T23:30:00.000Z')).toBe('1 Jul 2026');
    expect(ukDate('not a date')).toBe('not a date');
  });

  it('lists app versions, or says none is known', () => {
    expect(appVersionsText(['4.2.0', '4.3.1'])).toBe('4.2.0, 4.3.1');
    expect(appVersionsText([])).toBe('Not known');
  });

  it('counts a hidden count as burden, and a window of zeros as none', () => {
    expect(hasNotificationBurden([])).toBe(false);
    expect(hasNotificationBurden([QUIET_MONTH, QUIET_MONTH])).toBe(false);
    expect(
      hasNotificationBurden([{ ...QUIET_MONTH, burdenFlagsCleared: '<5' }]),
    ).toBe(true);
    expect(hasNotificationBurden([{ ...QUIET_MONTH, changesApplied: 7 }])).toBe(
      true,
    );
  });
});
