import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { FormControl } from '@angular/forms';
import { ApiError } from '@navdesk/contracts';
import {
  applyFieldErrors,
  fieldErrors,
  retryAfterMinutes,
  submitErrorMessage,
  toApiError,
} from './api-errors';

function badRequest(body: ApiError): HttpErrorResponse {
  return new HttpErrorResponse({
    status: body.statusCode,
    statusText: body.error,
    error: body,
  });
}

describe('API error helpers', () => {
  const invalid = badRequest({
    statusCode: 400,
    error: 'Bad Request',
    message: 'Validation failed',
    details: [
      { field: 'password', message: 'password must be at least 12 characters' },
      {
        field: 'serviceIds.0',
        message: 'each value in serviceIds must be a UUID',
      },
      { field: 'nickname', message: 'property nickname should not exist' },
    ],
  });

  it('reads the API error shape', () => {
    expect(toApiError(invalid).message).toBe('Validation failed');
    expect(toApiError(invalid).details).toHaveLength(3);
  });

  it('describes network failures', () => {
    const offline = new HttpErrorResponse({
      status: 0,
      statusText: 'Unknown Error',
    });
    expect(toApiError(offline).message).toMatch(/could not be reached/);
  });

  it('keys field messages by top-level field', () => {
    expect(fieldErrors(invalid)).toEqual({
      password: 'password must be at least 12 characters',
      serviceIds: 'each value in serviceIds must be a UUID',
      nickname: 'property nickname should not exist',
    });
  });

  it('puts messages on matching controls and returns the rest', () => {
    const password = new FormControl('short');
    const serviceIds = new FormControl<string[]>([]);
    const rest = applyFieldErrors({ password, serviceIds }, invalid);
    expect(password.errors).toEqual({
      server: 'password must be at least 12 characters',
    });
    expect(password.touched).toBe(true);
    expect(serviceIds.hasError('server')).toBe(true);
    expect(rest).toEqual(['nickname: property nickname should not exist']);
  });

  it('words a failed submission: unmatched field messages, else the API message', () => {
    const password = new FormControl('short');
    expect(submitErrorMessage({ password }, invalid)).toBe(
      'serviceIds: each value in serviceIds must be a UUID nickname: property nickname should not exist',
    );
    expect(password.hasError('server')).toBe(true);
    const conflict = badRequest({
      statusCode: 409,
      error: 'Conflict',
      message: 'Already exists',
    });
    expect(submitErrorMessage({ password }, conflict)).toBe('Already exists');
  });

  it('reads Retry-After in seconds or as a date', () => {
    const seconds = new HttpErrorResponse({
      status: 429,
      headers: new HttpHeaders({ 'Retry-After': '600' }),
    });
    expect(retryAfterMinutes(seconds)).toBe(10);
    const now = Date.parse('2026-03-02T09:00:00Z');
    const date = new HttpErrorResponse({
      status: 429,
      headers: new HttpHeaders({
        'Retry-After': 'Mon, 02 Mar 2026 09:04:30 GMT',
      }),
    });
    expect(retryAfterMinutes(date, now)).toBe(5);
    expect(
      retryAfterMinutes(new HttpErrorResponse({ status: 429 })),
    ).toBeNull();
  });
});
