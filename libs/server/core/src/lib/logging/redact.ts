/** Patient references look like `P-7QK2M9`; they never go into a log line. */
const PATIENT_REF = /\bP-[A-Z0-9]{4,12}\b/g;

/** The last segment of a report export's download link is its bearer token. */
const DOWNLOAD_TOKEN = /(\/download\/)[^/]+$/;

/** A URL safe to log: no query string (it may carry search text), patient refs and download tokens masked. */
export function safeUrlForLogs(url: string | undefined): string {
  if (!url) return '';
  const path = url.split('?')[0] ?? '';
  return path.replace(PATIENT_REF, 'P-***').replace(DOWNLOAD_TOKEN, '$1***');
}

export function maskPatientRefs(text: string): string {
  return text.replace(PATIENT_REF, 'P-***');
}
