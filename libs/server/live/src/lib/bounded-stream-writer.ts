import type { Writable } from 'node:stream';

/**
 * Unread bytes a live stream may hold before it is closed. A reader this far behind (a stalled browser, a
 * saturated link) would otherwise make the api buffer every event for it without bound; closed, its
 * EventSource reconnects with Last-Event-ID and gets what it missed from the log, or `event: reset`.
 */
export const LIVE_STREAM_MAX_UNREAD_BYTES = 512 * 1024;

/** Writes to `out` while its reader keeps up; past `maxUnread` unread bytes destroys it and calls `onOverflow` once. */
export function boundedStreamWriter(out: Writable, onOverflow: (unread: number) => void, maxUnread = LIVE_STREAM_MAX_UNREAD_BYTES): (chunk: string) => void {
  return (chunk) => {
    if (out.destroyed || out.writableEnded) return;
    if (out.writableLength + Buffer.byteLength(chunk) > maxUnread) {
      const unread = out.writableLength;
      out.destroy();
      onOverflow(unread);
      return;
    }
    out.write(chunk);
  };
}
