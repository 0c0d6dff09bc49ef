import type { FlagKind } from '@navdesk/contracts';

import { classifyCause, versionLoginsStoppedAfter } from './flag-cause';
import type { LoginSignal } from './flag-inputs';

/** Log-ins one day apart in the order given (the first the oldest). */
const history = (...versions: (string | null)[]): LoginSignal[] =>
  versions.map((appVersion, i) => ({
    at: new Date(Date.UTC(2026, 10, 1 + i, 8)),
    appVersion,
  }));

describe('versionLoginsStoppedAfter', () => {
  it.each([
    [
      'one log-in on the new version',
      history('4.3.0', '4.3.0', '4.3.1'),
      '4.3.1',
    ],
    [
      'two log-ins on the new version',
      history('4.3.0', '4.3.1', '4.3.1'),
      '4.3.1',
    ],
    [
      'three log-ins on the new version',
      history('4.3.0', '4.3.1', '4.3.1', '4.3.1'),
      null,
    ],
    ['no update', history('4.3.0', '4.3.0', '4.3.0'), null],
    ['only ever on one version, once', history('4.3.1'), null],
    ['a downgrade counts as a change', history('4.3.1', '4.3.0'), '4.3.0'],
    ['last version unknown', history('4.3.0', '4.3.1', null), null],
    [
      'unknown versions in between are ignored',
      history('4.3.0', null, '4.3.1'),
      '4.3.1',
    ],
    ['only unknown before the new version', history(null, null, '4.3.1'), null],
    ['no log-ins', [], null],
  ])('%s → %p', (_, logins, version) => {
    expect(versionLoginsStoppedAfter(logins)).toBe(version);
  });

  it('reads log-ins in time order whatever the input order', () => {
    expect(
      versionLoginsStoppedAfter(
        [...history('4.3.0', '4.3.0', '4.3.1')].reverse(),
      ),
    ).toBe('4.3.1');
  });
});

describe('classifyCause', () => {
  const quiet = {
    logins: history('4.3.0', '4.3.0'),
    pendingReset: false,
    openTechTicket: false,
  };
  const updated = { ...quiet, logins: history('4.3.0', '4.3.1') };

  it.each([
    ['no_login', quiet, 'disengagement', []],
    [
      'no_login',
      { ...quiet, pendingReset: true },
      'technical',
      ['a log-in reset is pending'],
    ],
    [
      'mood_drop',
      { ...quiet, openTechTicket: true },
      'technical',
      ['a tech-support ticket is open'],
    ],
    [
      'no_login',
      updated,
      'technical',
      ['stopped right after the app updated to 4.3.1'],
    ],
    [
      'no_mood',
      updated,
      'technical',
      ['stopped right after the app updated to 4.3.1'],
    ],
    ['mood_drop', updated, 'disengagement', []],
    ['module_overdue', updated, 'disengagement', []],
    ['notification_burden', updated, 'disengagement', []],
    [
      'notification_burden',
      { ...updated, pendingReset: true },
      'technical',
      ['a log-in reset is pending'],
    ],
    [
      'no_login',
      { ...updated, pendingReset: true, openTechTicket: true },
      'technical',
      [
        'a log-in reset is pending',
        'a tech-support ticket is open',
        'stopped right after the app updated to 4.3.1',
      ],
    ],
  ] as const)('%s with %o → %s', (kind, signals, cause, reasons) => {
    expect(classifyCause(kind as FlagKind, signals)).toEqual({
      cause,
      reasons,
    });
  });
});
