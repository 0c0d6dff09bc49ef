import { describeIssue, issuesToDetails } from '@navdesk/server/core';
import { ChangePasswordDto } from '../auth/passwords.dto';
import { passwordProblem } from './password-policy';

/** What a 400 of POST /api/auth/change-password would say of `newPassword`. */
function problemsOf(newPassword: unknown): string[] {
  const result = ChangePasswordDto.schema.safeParse({ currentPassword: 'navdesk-demo', newPassword }, { error: describeIssue });
  return result.success ? [] : issuesToDetails(result.error.issues, 'body').map((d) => `${d.field}: ${d.message}`);
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

  it('names the field in the validation message, checking length in characters and then the common list', () => {
    expect(problemsOf('short')).toEqual(['newPassword: newPassword must be at least 12 characters']);
    expect(problemsOf('😀😀😀😀😀😀')).toEqual(['newPassword: newPassword must be at least 12 characters']);
    expect(problemsOf('😀'.repeat(1024))).toEqual([]);
    expect(problemsOf('x'.repeat(1025))).toEqual(['newPassword: newPassword must be at most 1024 characters']);
    expect(problemsOf('QWERTY123456')).toEqual(['newPassword: newPassword is too common; choose a longer phrase of unrelated words']);
    expect(problemsOf(42)).toEqual(['newPassword: newPassword must be a string']);
    expect(problemsOf('a brand new phrase')).toEqual([]);
  });
});
