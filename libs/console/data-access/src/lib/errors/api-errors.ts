import { HttpErrorResponse } from '@angular/common/http';
import { AbstractControl } from '@angular/forms';
import { ApiError, ApiErrorDetail } from '@navdesk/contracts';

/** The error the `server` key of a form control carries: the API's message for that field. */
export const SERVER_ERROR_KEY = 'server';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isDetail(value: unknown): value is ApiErrorDetail {
  return (
    isRecord(value) &&
    typeof value['field'] === 'string' &&
    typeof value['message'] === 'string'
  );
}

/** Turns whatever an HTTP call failed with into the API's error shape (network failures: status 0). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    const body: unknown = error.error;
    if (isRecord(body) && typeof body['message'] === 'string') {
      const details = Array.isArray(body['details'])
        ? body['details'].filter(isDetail)
        : undefined;
      return {
        statusCode:
          typeof body['statusCode'] === 'number'
            ? body['statusCode']
            : error.status,
        error:
          typeof body['error'] === 'string' ? body['error'] : error.statusText,
        message: body['message'],
        ...(details && details.length > 0 ? { details } : {}),
      };
    }
    return {
      statusCode: error.status,
      error: error.statusText || 'Error',
      message:
        error.status === 0
          ? 'Navdesk could not be reached. Check your connection and try again.'
          : error.message,
    };
  }
  return {
    statusCode: 0,
    error: 'Error',
    message: 'Something went wrong. Please try again.',
  };
}

/** The status of a failed call, 0 when the server was not reached. */
export function errorStatus(error: unknown): number {
  return error instanceof HttpErrorResponse ? error.status : 0;
}

/**
 * Field messages from a 400's `details`, keyed by the top-level field
 * (`serviceIds.0` → `serviceIds`); several messages for one field are joined.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  for (const detail of toApiError(error).details ?? []) {
    const field = detail.field.split(/[.[]/)[0];
    result[field] = result[field]
      ? `${result[field]} ${detail.message}`
      : detail.message;
  }
  return result;
}

/**
 * Puts each field message from `error` on the matching control (as `errors.server`) and returns
 * the messages that matched no control, so the caller can show them in a banner.
 */
export function applyFieldErrors(
  controls: Record<string, AbstractControl>,
  error: unknown,
): string[] {
  const unmatched: string[] = [];
  for (const [field, message] of Object.entries(fieldErrors(error))) {
    const control = controls[field];
    if (control) {
      control.setErrors({
        ...(control.errors ?? {}),
        [SERVER_ERROR_KEY]: message,
      });
      control.markAsTouched();
    } else {
      unmatched.push(`${field}: ${message}`);
    }
  }
  return unmatched;
}

/** Minutes to wait from a `Retry-After` header (seconds or an HTTP date); at least 1, null if absent. */
export function retryAfterMinutes(
  error: unknown,
  now: number = Date.now(),
): number | null {
  if (!(error instanceof HttpErrorResponse)) {
    return null;
  }
  const header = error.headers.get('Retry-After');
  if (!header) {
    return null;
  }
  let seconds: number;
  if (/^\d+$/.test(header.trim())) {
    seconds = Number(header.trim());
  } else {
    const at = Date.parse(header);
    if (Number.isNaN(at)) {
      return null;
    }
    seconds = (at - now) / 1000;
  }
  return Math.max(1, Math.ceil(seconds / 60));
}

/**
 * A failed form submission's message: a 400's field messages go on the matching controls, and
 * the banner lists those that matched none, or else says what the API said.
 */
export function submitErrorMessage(
  controls: Record<string, AbstractControl>,
  error: unknown,
): string {
  const unmatched = applyFieldErrors(controls, error);
  return unmatched.length > 0 ? unmatched.join(' ') : toApiError(error).message;
}
