import { isLiveEventType, type LiveEvent } from '@navdesk/contracts';

/** The live event types and their list come from the shared contract, the server's source too. */
export { LIVE_EVENT_TYPES, type LiveEventType } from '@navdesk/contracts';

/** A LiveEvent as the console receives it. */
export type ConsoleLiveEvent = LiveEvent;

/**
 * The LiveEvent in one event's data, or null when it is not one (bad JSON, a type not on the
 * contract's list, no id).
 */
export function parseLiveEvent(data: string): ConsoleLiveEvent | null {
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const type = record['type'];
  if (!isLiveEventType(type) || typeof record['id'] !== 'string') {
    return null;
  }
  return {
    type,
    id: record['id'],
    serviceId:
      typeof record['serviceId'] === 'string' ? record['serviceId'] : null,
    at: typeof record['at'] === 'string' ? record['at'] : '',
  };
}
