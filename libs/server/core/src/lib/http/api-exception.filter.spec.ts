import { ConflictException, NotFoundException } from '@nestjs/common';
import { ApiExceptionFilter } from './api-exception.filter';
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
});
