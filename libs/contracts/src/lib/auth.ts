import type { Role } from './roles';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  serviceIds: string[];
}

export interface LoginResponse {
  accessToken: string;
  /** Seconds until the token expires. */
  expiresIn: number;
  /**
   * Seconds a session may go unused before it ends (SESSION_IDLE_MINUTES). The api always sends it;
   * optional so that a console holding an older answer falls back to the default.
   */
  idleTimeoutSeconds?: number;
  user: UserView;
}

/** `GET /api/auth/me`: the person, and the server's idle limit for the console's warning. */
export interface MeResponse extends UserView {
  idleTimeoutSeconds: number;
}

export interface ForgotPasswordRequest {
  email: string;
}

export interface ResetPasswordRequest {
  token: string;
  password: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/**
 * Header the console sends on requests the person did not make (the bell's polling, the live
 * stream): they do not keep an idle session alive.
 */
export const BACKGROUND_REQUEST_HEADER = 'X-Navdesk-Background';

/** Shortest password accepted (NCSC: length over complexity). */
export const PASSWORD_MIN_LENGTH = 12;

/** `GET /api/auth/options` (public): how people may sign in here. */
export interface AuthOptions {
  /** Single sign-on with the organisation account is configured. */
  sso: boolean;
  /** `break-glass`: password sign-in only for the listed admins. */
  localPasswords: 'enabled' | 'break-glass';
}

/** `POST /api/auth/oidc/exchange`: the one-time code from the fragment of `/sign-in/sso`. */
export interface OidcExchangeRequest {
  code: string;
}
