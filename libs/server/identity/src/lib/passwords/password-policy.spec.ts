import { validate } from 'class-validator';
import { IsAcceptablePassword, passwordProblem } from './password-policy';

class NewPassword {
  @IsAcceptablePassword()
  newPassword!: unknown;
}

describe('password policy (NCSC)', () => {
  it('accepts 12 characters or more with no composition rules', () => {
    expect(passwordProblem('navdesk-demo')).toBeNull();
    expect(passwordProblem('all lower case words')).toBeNull();
    expect(passwordProblem('a-long-password-1')).toBeNull();
  });

  it('refuses fewer than 12 characters, counting characters not UTF-16 units', () => {
    expect(passwordProblem('elevenchars')).toMatch(/at least 12/);
    expect(passwordProblem('😀😀😀😀😀😀')).toMatch(/at least 12/);
  });

  it('refuses common passwords whatever their case', () => {
    expect(passwordProblem('qwerty123456')).toMatch(/too common/);
    expect(passwordProblem('QWERTY123456')).toMatch(/too common/);
    expect(passwordProblem('PasswordPassword')).toMatch(/too common/);
    expect(passwordProblem('1qaz2wsx3edc')).toMatch(/too common/);
  });

  it('names the field in the validation message', async () => {
    const dto = Object.assign(new NewPassword(), { newPassword: 'short' });
    const [error] = await validate(dto);
    expect(error.property).toBe('newPassword');
    expect(Object.values(error.constraints ?? {})).toEqual(['newPassword must be at least 12 characters']);
    const notString = await validate(Object.assign(new NewPassword(), { newPassword: 42 }));
    expect(Object.values(notString[0].constraints ?? {})).toEqual(['newPassword must be a string']);
  });
});
