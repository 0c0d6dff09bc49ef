import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../auth';
import { ROLES } from '../roles';

/** Characters as a person counts them (code points, as JSON Schema's minLength does), not UTF-16 units. */
const characters = (value: string): number => [...value].length;

/**
 * A new password (NCSC: length over complexity, no composition rules). The server also refuses the passwords
 * of its list of common ones, which stays out of the contract.
 */
export const newPassword = () =>
  z
    .string()
    .refine((v) => characters(v) >= PASSWORD_MIN_LENGTH, { error: `must be at least ${PASSWORD_MIN_LENGTH} characters`, abort: true })
    .refine((v) => characters(v) <= PASSWORD_MAX_LENGTH, { error: `must be at most ${PASSWORD_MAX_LENGTH} characters`, abort: true })
    .meta({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH, description: `At least ${PASSWORD_MIN_LENGTH} characters, not a common password` });

const emailAddress = () => z.email({ error: 'must be an e-mail address' }).max(320);

export const LoginRequestSchema = z.strictObject({
  email: emailAddress().meta({ example: 'nav1@navdesk.test' }),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH).meta({ example: 'navdesk-demo' }),
});

export const UserViewSchema = z
  .strictObject({
    id: z.guid(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    serviceIds: z.array(z.guid()).meta({ description: 'The services the person works in; none for an admin' }),
  })
  .meta({ id: 'UserView' });

export const LoginResponseSchema = z
  .strictObject({
    accessToken: z.string().meta({ description: 'The bearer token of the new session' }),
    expiresIn: z.int().meta({ description: 'Seconds until the token expires.' }),
    idleTimeoutSeconds: z
      .int()
      .optional()
      .meta({
        description:
          'Seconds a session may go unused before it ends (SESSION_IDLE_MINUTES). The api always sends it; optional so that a console holding an older answer falls back to the default.',
      }),
    user: UserViewSchema,
  })
  .meta({ id: 'LoginResponse' });

export const MeResponseSchema = UserViewSchema.extend({
  idleTimeoutSeconds: z.int().meta({ description: 'Seconds a session may go unused before it ends' }),
}).meta({ id: 'MeResponse', description: '`GET /api/auth/me`: the person, and the server’s idle limit for the console’s warning.' });

export const ForgotPasswordRequestSchema = z.strictObject({
  email: emailAddress().meta({ example: 'nav1@navdesk.test' }),
});

export const ForgotPasswordResponseSchema = z
  .strictObject({ message: z.string() })
  .meta({ id: 'ForgotPasswordResponse', description: 'The same answer whether or not the address has an account' });

export const ResetPasswordRequestSchema = z.strictObject({
  token: z.string().min(1).max(200, { error: 'is not a reset token' }).meta({ description: 'The token from the link in the e-mail (after #token=)' }),
  password: newPassword(),
});

export const ChangePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  newPassword: newPassword(),
});

export const AuthOptionsSchema = z
  .strictObject({
    sso: z.boolean().meta({ description: 'Single sign-on with the organisation account is configured.' }),
    localPasswords: z.enum(['enabled', 'break-glass']).meta({ description: '`break-glass`: password sign-in only for the listed admins.' }),
  })
  .meta({ id: 'AuthOptions', description: '`GET /api/auth/options` (public): how people may sign in here.' });

export const OidcExchangeRequestSchema = z.strictObject({
  code: z.string().min(16).max(128).meta({ description: 'The one-time code from the fragment of /sign-in/sso' }),
});
