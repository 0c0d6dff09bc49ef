import type { z } from 'zod';
import type * as s from './schemas/auth.schema';

/*
 * Request and answer shapes: each is its zod schema in `schemas/auth.schema.ts` (the one source, also of the
 * server's validation and the OpenAPI document). A request is what a client sends (`z.input`), an answer what
 * it gets (`z.output`).
 */
export type LoginRequest = z.input<typeof s.LoginRequestSchema>;
export type UserView = z.output<typeof s.UserViewSchema>;
export type LoginResponse = z.output<typeof s.LoginResponseSchema>;
/** `GET /api/auth/me`: the person, and the server's idle limit for the console's warning. */
export type MeResponse = z.output<typeof s.MeResponseSchema>;
export type ForgotPasswordRequest = z.input<typeof s.ForgotPasswordRequestSchema>;
/** `POST /api/auth/forgot-password` (202): the same answer whether or not the address has an account. */
export type ForgotPasswordResponse = z.output<typeof s.ForgotPasswordResponseSchema>;
export type ResetPasswordRequest = z.input<typeof s.ResetPasswordRequestSchema>;
export type ChangePasswordRequest = z.input<typeof s.ChangePasswordRequestSchema>;
/** `GET /api/auth/options` (public): how people may sign in here. */
export type AuthOptions = z.output<typeof s.AuthOptionsSchema>;
/** `POST /api/auth/oidc/exchange`: the one-time code from the fragment of `/sign-in/sso`. */
export type OidcExchangeRequest = z.input<typeof s.OidcExchangeRequestSchema>;

/**
 * Header the console sends on requests the person did not make (the bell's polling, the live
 * stream): they do not keep an idle session alive.
 */
export const BACKGROUND_REQUEST_HEADER = 'X-Navdesk-Background';

/** Shortest password accepted (NCSC: length over complexity). */
export const PASSWORD_MIN_LENGTH = 12;

/** Longest password accepted: argon2 hashes anything, but a megabyte of password is an attack. */
export const PASSWORD_MAX_LENGTH = 1024;
