import type { FlagCause, FlagKind } from '@navdesk/contracts';

import type { LoginSignal, PatientSignals } from './flag-inputs';

export interface CauseClassification {
  cause: FlagCause;
  /** Why the cause is technical, in plain words ("a log-in reset is pending"); empty for disengagement. */
  reasons: string[];
}

/** Flags about silence, where "the app updated and then nothing" points to the app rather than the patient. */
const SILENCE_KINDS: readonly FlagKind[] = ['no_login', 'no_mood'];

/** A patient who logged in at most this many times on a new app version and then stopped. */
const LOGINS_ON_NEW_VERSION_MAX = 2;

/**
 * Whether a flag is probably the programme failing the patient (`technical`) or the patient drifting away
 * (`disengagement`). Technical when a log-in reset is pending, a tech-support ticket is open, or — for
 * no_login and no_mood — the log-ins stopped right after an app update.
 */
export function classifyCause(
  kind: FlagKind,
  signals: Pick<PatientSignals, 'logins' | 'pendingReset' | 'openTechTicket'>,
): CauseClassification {
  const reasons: string[] = [];
  if (signals.pendingReset) reasons.push('a log-in reset is pending');
  if (signals.openTechTicket) reasons.push('a tech-support ticket is open');
  if (SILENCE_KINDS.includes(kind)) {
    const version = versionLoginsStoppedAfter(signals.logins);
    if (version !== null)
      reasons.push(`stopped right after the app updated to ${version}`);
  }
  return { cause: reasons.length > 0 ? 'technical' : 'disengagement', reasons };
}

/**
 * The new app version when the last log-in was the first or second on a version different from the one
 * before it; otherwise null. Log-ins without a reported version are ignored, except that the very last
 * log-in must carry one (an unknown version tells nothing).
 */
export function versionLoginsStoppedAfter(
  logins: readonly LoginSignal[],
): string | null {
  if (logins.length === 0) return null;
  const sorted = [...logins].sort((a, b) => a.at.getTime() - b.at.getTime());
  const latest = sorted[sorted.length - 1].appVersion;
  if (latest === null) return null;
  const known = sorted
    .map((l) => l.appVersion)
    .filter((v): v is string => v !== null);
  let onLatest = 0;
  while (
    onLatest < known.length &&
    known[known.length - 1 - onLatest] === latest
  )
    onLatest++;
  const hadEarlierVersion = onLatest < known.length;
  return hadEarlierVersion && onLatest <= LOGINS_ON_NEW_VERSION_MAX
    ? latest
    : null;
}
