import {
  LoginResetEventView,
  LoginResetView,
  RESET_LIMITS,
  ResetChannel,
  ResetStatus,
} from '@navdesk/contracts';

/**
 * What the console calls a log-in reset's status, channel and events. Shared by the patient page
 * and the navigators' Resets list, so both say the same thing.
 */
export const RESET_STATUS_LABELS: Record<ResetStatus, string> = {
  queued: 'Queued',
  sent: 'Sent',
  completed: 'Completed',
  failed: 'Failed',
  expired: 'Expired',
};

export const RESET_CHANNEL_LABELS: Record<ResetChannel, string> = {
  email: 'Email',
  sms: 'SMS',
};

/** How the link travels, inside a sentence: "sent by email", "sent by text message (SMS)". */
const CHANNEL_WORDS: Record<ResetChannel, string> = {
  email: 'email',
  sms: 'text message (SMS)',
};

/** Statuses that can still change by themselves (worth watching). */
export function isResetPending(status: ResetStatus): boolean {
  return status === 'queued' || status === 'sent';
}

/** Statuses a navigator may retry. */
export function isResetRetryable(status: ResetStatus): boolean {
  return status === 'failed' || status === 'expired';
}

/** One plain sentence on what the status means and what happens next. */
export function describeResetStatus(
  reset: Pick<LoginResetView, 'status' | 'channel' | 'attempts' | 'ticket'>,
): string {
  const channel = CHANNEL_WORDS[reset.channel];
  switch (reset.status) {
    case 'queued':
      return reset.attempts > 0
        ? `Queued: the digital programme did not answer (attempt ${reset.attempts} of ${RESET_LIMITS.attempts}). Navdesk will try again by itself.`
        : `Queued: Navdesk is asking the digital programme to send the link by ${channel}. This usually takes a few seconds.`;
    case 'sent':
      return `Link sent by ${channel}. It will show completed when the patient logs in; it expires after ${RESET_LIMITS.expiryHours} hours.`;
    case 'completed':
      return 'Completed: the patient has logged in since the link was sent.';
    case 'failed':
      return `Failed: the digital programme could not send the link after ${reset.attempts} ${reset.attempts === 1 ? 'attempt' : 'attempts'}.${
        reset.ticket
          ? ` Tech-support ticket ${reset.ticket.reference} was opened.`
          : ''
      } A navigator can retry it, or you can send a new reset.`;
    case 'expired':
      return `Expired: the patient did not log in within ${RESET_LIMITS.expiryHours} hours of the link being sent. Send a new reset if they still can't log in.`;
  }
}

/** One line for an entry of a reset's timeline. */
export function describeResetEvent(
  event: LoginResetEventView,
  channel: ResetChannel,
): string {
  const who = event.actorName ?? 'Navdesk';
  const detail = event.detail ? `: ${event.detail}` : '';
  switch (event.type) {
    case 'requested':
      return `${who} asked for a reset link by ${CHANNEL_WORDS[channel]}`;
    case 'duplicate_request':
      return `${who} asked again — the reset under way was kept and no second message was sent`;
    case 'attempt_failed':
      return `The digital programme did not answer${detail}`;
    case 'sent':
      return `Link sent by ${CHANNEL_WORDS[channel]}`;
    case 'failed':
      return `The reset failed${detail}`;
    case 'ticket_opened':
      return `Tech-support ticket opened${detail}`;
    case 'retried':
      return `${who} retried the reset`;
    case 'completed':
      return 'The patient logged in: reset completed';
    case 'expired':
      return 'The link expired without being used';
  }
}
