/**
 * How often a reset or reminder change that can still move (queued, sent) is re-read, in case
 * the live stream has dropped. Live events do the real work; this is only a fallback.
 */
export const PATIENT_POLL_MS = 20_000;
