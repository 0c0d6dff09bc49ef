import { IsString } from 'class-validator';
import { z } from 'zod';
import { createValidationPipe, findInvalidText, InvalidInputException } from './validation.pipe';

class NoteDto {
  @IsString()
  note!: string;
}

describe('the validation pipe', () => {
  const pipe = createValidationPipe();

  it('finds a NUL character or a lone surrogate anywhere, by its path', () => {
    expect(findInvalidText({ events: [{ eventId: 'a' }, { eventId: 'b\u0000' }] }, '')).toBe('events[1].eventId');
    expect(findInvalidText('x\u0000', 'ref')).toBe('ref');
    expect(findInvalidText({ email: '\ud800' }, '')).toBe('email');
    expect(findInvalidText({ fine: ['a', 1, null, '🙂'] }, '')).toBeNull();
  });

  it('refuses a NUL character or a lone surrogate (Postgres cannot store either) with a 400 naming the field, even in an untyped body', async () => {
    await expect(pipe.transform({ note: 'a\u0000' }, { type: 'body', metatype: NoteDto })).rejects.toThrow(InvalidInputException);
    await expect(pipe.transform({ events: [{ moduleId: '\u0000' }] }, { type: 'body', metatype: Object })).rejects.toMatchObject({ details: [{ field: 'events[0].moduleId', message: 'events[0].moduleId must be text without NUL characters or lone surrogates' }] });
    await expect(pipe.transform('P-\u0000', { type: 'param', data: 'ref', metatype: String })).rejects.toMatchObject({ details: [{ field: 'ref', message: 'ref must be text without NUL characters or lone surrogates' }] });
    await expect(pipe.transform({ note: 'fine' }, { type: 'body', metatype: NoteDto })).resolves.toEqual({ note: 'fine' });
  });
});

describe('the validation pipe with a zod DTO', () => {
  const pipe = createValidationPipe();
  const Note = Object.assign(class {}, { isZodDto: true, schema: z.strictObject({ note: z.string().min(3).max(5), tags: z.array(z.enum(['a', 'b'])).optional() }) });
  const body = (value: unknown) => pipe.transform(value, { type: 'body', metatype: Note });

  it('hands the handler what the schema parsed', async () => {
    await expect(body({ note: 'fine', tags: ['a'] })).resolves.toEqual({ note: 'fine', tags: ['a'] });
  });

  it('answers a 400 naming each field, in the contract’s words, an unknown field by its own name', async () => {
    await expect(body({ note: 'no', tags: ['c'], extra: 1 })).rejects.toMatchObject({
      details: [
        { field: 'note', message: 'note must be at least 3 characters' },
        { field: 'tags.0', message: 'tags.0 must be one of a, b' },
        { field: 'extra', message: 'extra is not allowed' },
      ],
    });
    await expect(body({})).rejects.toMatchObject({ details: [{ field: 'note', message: 'note is required' }] });
    await expect(body('x')).rejects.toMatchObject({ details: [{ field: 'body', message: 'body must be an object' }] });
  });
});
