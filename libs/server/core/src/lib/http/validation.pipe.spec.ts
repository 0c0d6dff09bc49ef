import { IsString } from 'class-validator';
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
