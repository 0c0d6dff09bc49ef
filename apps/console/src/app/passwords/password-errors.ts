import { toApiError } from '@navdesk/console/data-access';

/** A password request's failure when nothing more particular applies: offline, or "try again". */
export function passwordFailureMessage(error: unknown): string {
  const apiError = toApiError(error);
  return apiError.statusCode === 0
    ? apiError.message
    : 'That did not work just now. Please try again.';
}

/** "1 minute", "15 minutes". */
export function minutesWords(minutes: number): string {
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
