import { isLiveEventType, type LiveEvent } from '@navdesk/contracts';

/**
 * An incremental parser of a `text/event-stream` body (the WHATWG rules that matter here): text
 * arrives in arbitrary chunks; lines end in LF, CRLF or CR; a blank line ends an event; `data:`
 * lines are joined with LF; comment lines (`:`) and other fields are ignored.
 */
export class SseParser {
  #buffer = '';
  #data: string[] = [];
  /** A chunk ended in CR: a following LF belongs to the same line ending. */
  #skipLeadingLf = false;

  /** Feeds one chunk; returns the `data` of every event the chunk completed, in order. */
  push(chunk: string): string[] {
    let text = chunk;
    if (this.#skipLeadingLf && text.startsWith('\n')) {
      text = text.slice(1);
    }
    this.#skipLeadingLf = false;
    this.#buffer += text;
    const events: string[] = [];
    for (;;) {
      const match = /\r\n|\r|\n/.exec(this.#buffer);
      if (!match) break;
      // A CR at the very end may be the first half of CRLF split across chunks.
      if (match[0] === '\r' && match.index === this.#buffer.length - 1) {
        this.#skipLeadingLf = true;
      }
      const line = this.#buffer.slice(0, match.index);
      this.#buffer = this.#buffer.slice(match.index + match[0].length);
      this.#line(line, events);
    }
    return events;
  }

  #line(line: string, events: string[]): void {
    if (line === '') {
      if (this.#data.length > 0) {
        events.push(this.#data.join('\n'));
        this.#data = [];
      }
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.#data.push(value);
  }
}

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
