import type { OutcomesReport } from '@navdesk/contracts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function hasHeadline(barrier: unknown): boolean {
  return (
    isRecord(barrier) &&
    isRecord(barrier['headline']) &&
    typeof barrier['headline']['text'] === 'string'
  );
}

function hasArrays(barrier: unknown, keys: readonly string[]): boolean {
  return isRecord(barrier) && keys.every((key) => Array.isArray(barrier[key]));
}

/**
 * Whether an answer has the shape the page draws: each barrier with its headline and lists
 * (`byPwp` may be null). A half-formed answer is shown as a failed load, not as a broken page.
 */
export function isOutcomesReport(value: unknown): value is OutcomesReport {
  if (!isRecord(value) || !isRecord(value['previous'])) return false;
  const { functionality, time, flexibility, confidence } = value;
  return (
    hasHeadline(functionality) &&
    hasArrays(functionality, [
      'medianResolutionMinutesByTheme',
      'fixabilityByMonth',
    ]) &&
    hasHeadline(time) &&
    hasArrays(time, ['byService']) &&
    isRecord(time) &&
    (time['byPwp'] === null || Array.isArray(time['byPwp'])) &&
    hasHeadline(flexibility) &&
    hasArrays(flexibility, ['topAskedAway', 'dropOutByModule']) &&
    hasHeadline(confidence) &&
    hasArrays(confidence, ['meanChangeByModule']) &&
    isRecord(confidence) &&
    isRecord(confidence['howDoIPerPwpMonth'])
  );
}

/** Thrown (and shown as the load's error) when the answer is not an outcomes report. */
export class UnreadableOutcomesError extends Error {
  constructor() {
    super('The outcomes answer could not be read.');
  }
}
