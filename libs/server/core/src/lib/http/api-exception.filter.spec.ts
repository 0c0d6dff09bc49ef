import { ConflictException, Logger, NotFoundException, type ArgumentsHost } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { ApiExceptionFilter } from './api-exception.filter';
import { requestContextMiddleware } from './request-context';
import { InvalidInputException } from './validation.pipe';

describe('ApiExceptionFilter', () => {
  const filter = new ApiExceptionFilter();

  it('keeps the field details of a validation failure', () => {
    const body = filter.toApiError(new InvalidInputException([{ field: 'email', message: 'email must be an email' }]));
    expect(body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Invalid email: email must be an email',
      details: [{ field: 'email', message: 'email must be an email' }],
    });
  });

  it('turns body-parser failures into 413 and 400, not 500', () => {
    expect(filter.toApiError({ status: 413, type: 'entity.too.large', message: 'x' })).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(filter.toApiError({ status: 400, type: 'entity.parse.failed', message: 'x' })).toMatchObject({ statusCode: 400, message: 'Request body is not valid JSON' });
  });

  it('uses the message of Nest exceptions and hides internals of unknown ones', () => {
    expect(filter.toApiError(new NotFoundException('Patient not found'))).toEqual({ statusCode: 404, error: 'Not Found', message: 'Patient not found' });
    expect(filter.toApiError(new ConflictException())).toMatchObject({ statusCode: 409, error: 'Conflict' });
    expect(filter.toApiError(new Error('connection string postgres://secret'))).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Something went wrong on our side; it has been logged',
    });
  });

  describe('Postgres errors a missed check lets through', () => {
    const pgError = (code: string, extra: Record<string, string> = {}): QueryFailedError =>
      new QueryFailedError('SELECT 1', [], Object.assign(new Error(`pg says ${code} about "P-SECRET1"`), { code, severity: 'ERROR', ...extra }));

    it.each(['22P02', '22007', '22008', '22003'])('maps invalid input %s to a 400 in the error shape', (code) => {
      expect(filter.toApiError(pgError(code))).toEqual({ statusCode: 400, error: 'Bad Request', message: 'A value in the request is not valid for its field' });
    });

    it('maps a unique violation to a 409', () => {
      expect(filter.toApiError(pgError('23505', { constraint: 'uq_patients_ref' }))).toEqual({ statusCode: 409, error: 'Conflict', message: 'This conflicts with a record that already exists' });
    });

    it.each(['40P01', '40001'])('maps %s (two transactions met, nothing stored) to a 503 to send again, with Retry-After', (code) => {
      expect(filter.toApiError(pgError(code))).toEqual({ statusCode: 503, error: 'Service Unavailable', message: 'The request met another one in the database and was not stored; send it again' });
      jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      const headers: Record<string, string> = {};
      const res = { headersSent: false, setHeader: (k: string, v: string) => ((headers[k] = v), res), status: () => res, json: () => res };
      filter.catch(pgError(code), { switchToHttp: () => ({ getResponse: () => res, getRequest: () => ({}) }) } as unknown as ArgumentsHost);
      expect(headers['Retry-After']).toBe('1');
    });

    it('keeps other database failures (a bug, or the database down) as a 500', () => {
      expect(filter.toApiError(pgError('42703')).statusCode).toBe(500);
      expect(filter.toApiError(Object.assign(new Error('not from pg'), { code: '22P02' })).statusCode).toBe(500);
    });

    it('answers the request and logs the code and request id, never the value', () => {
      const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
      const sent: { status?: number; body?: unknown } = {};
      const res = {
        headersSent: false,
        setHeader: () => res,
        status(code: number) {
          sent.status = code;
          return res;
        },
        json(body: unknown) {
          sent.body = body;
          return res;
        },
      };
      const host = { switchToHttp: () => ({ getResponse: () => res, getRequest: () => ({}) }) } as unknown as ArgumentsHost;
      const req = { id: 'req-42', ip: '127.0.0.1' } as unknown as Request;
      requestContextMiddleware(req, res as unknown as Response, (() => filter.catch(pgError('22P02', { table: 'tickets' }), host)) as NextFunction);
      expect(sent).toEqual({ status: 400, body: { statusCode: 400, error: 'Bad Request', message: 'A value in the request is not valid for its field' } });
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('req-42'));
      expect(warn).toHaveBeenCalledWith(expect.stringContaining('22P02 at tickets'));
      expect(String(warn.mock.calls[0]?.[0])).not.toContain('P-SECRET1');
      warn.mockRestore();
    });
  });
});
