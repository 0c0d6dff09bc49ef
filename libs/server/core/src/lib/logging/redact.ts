import { maskIdentifiers } from '@navdesk/contracts';

/** The last segment of a report export's download link is its bearer token. */
const DOWNLOAD_TOKEN = /(\/download\/)[^/]+$/;

/**
 * A URL safe to log: no query string (it may carry search text), the download token masked, and every
 * identifier the detector knows (a patient ref in /api/patients/:ref, an e-mail address…) masked.
 * Logs carry no other free text: bodies, ticket text and comments are never logged.
 */
export function safeUrlForLogs(url: string | undefined): string {
  if (!url) return '';
  const path = (url.split('?')[0] ?? '').replace(DOWNLOAD_TOKEN, '$1***');
  // Control characters go back to their escapes: the path is also stored (audit detail), and Postgres refuses NUL.
  return escapeControls(maskIdentifiers(decodeForMasking(path)));
}

function escapeControls(text: string): string {
  let out = '';
  for (const c of text) out += c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f ? encodeURIComponent(c) : c;
  return out;
}

/** Percent-encoded identifiers (an e-mail's %40) are masked too; a malformed escape is logged as it came. */
function decodeForMasking(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
