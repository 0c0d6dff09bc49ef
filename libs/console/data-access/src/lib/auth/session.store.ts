import { Location } from '@angular/common';
import {
  computed,
  DestroyRef,
  inject,
  Injectable,
  signal,
} from '@angular/core';
import { Router } from '@angular/router';
import { LoginResponse, Role, ROLES, UserView } from '@navdesk/contracts';
import { forgetNavdeskData } from './navdesk-storage';
import { RELOAD_PAGE } from './page-reload.token';
import { LOCAL_STORAGE, SESSION_STORAGE } from './session-storage.token';
import {
  SESSION_ENDED_REASON,
  SESSION_STORAGE_KEY,
  SessionEndReason,
  safeReturnUrl,
  SIGN_IN_PATH,
} from './session.constants';

/** What the console keeps about a signed-in person (in sessionStorage). */
export interface StoredSession {
  accessToken: string;
  /** Epoch milliseconds at which the token stops working. */
  expiresAt: number;
  /** The server's idle limit (SESSION_IDLE_MINUTES), in seconds; absent in sessions stored before it was sent. */
  idleTimeoutSeconds?: number;
  user: UserView;
}

/** setTimeout cannot wait longer than 2^31-1 ms (~24.8 days). */
const MAX_TIMER_DELAY_MS = 2_147_483_647;

/**
 * The signed-in session as signals. Persists to sessionStorage, restores on reload, and ends
 * itself when the token's lifetime (`expiresIn`) runs out. Ending it forgets everything (see `end`).
 */
@Injectable({ providedIn: 'root' })
export class SessionStore {
  readonly #storage = inject(SESSION_STORAGE);
  readonly #localStorage = inject(LOCAL_STORAGE);
  readonly #router = inject(Router);
  readonly #location = inject(Location);
  readonly #reloadPage = inject(RELOAD_PAGE);
  readonly #session = signal<StoredSession | null>(null);
  #expiryTimer: ReturnType<typeof setTimeout> | null = null;

  readonly user = computed(() => this.#session()?.user ?? null);
  readonly token = computed(() => this.#session()?.accessToken ?? null);
  readonly expiresAt = computed(() => this.#session()?.expiresAt ?? null);
  readonly idleTimeoutSeconds = computed(
    () => this.#session()?.idleTimeoutSeconds ?? null,
  );
  readonly isSignedIn = computed(() => this.#session() !== null);
  readonly role = computed<Role | null>(() => this.user()?.role ?? null);
  readonly isAdmin = computed(() => this.role() === 'admin');
  readonly isPwp = computed(() => this.role() === 'pwp');
  readonly isNavigator = computed(() => this.role() === 'navigator');
  readonly isManager = computed(() => this.role() === 'manager');

  constructor() {
    const restored = this.#read();
    if (restored) {
      this.#set(restored);
    }
    inject(DestroyRef).onDestroy(() => this.#cancelTimer());
  }

  /** True when the signed-in person has one of `roles`. */
  hasRole(...roles: readonly Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }

  /** Begin a session from a successful login. */
  start(response: LoginResponse): void {
    this.#set({
      accessToken: response.accessToken,
      expiresAt: Date.now() + response.expiresIn * 1000,
      idleTimeoutSeconds: response.idleTimeoutSeconds,
      user: response.user,
    });
  }

  /** Refresh who the person is (e.g. from `/api/auth/me`) without touching the token. */
  updateUser(user: UserView & { idleTimeoutSeconds?: number }): void {
    const current = this.#session();
    if (current) {
      const { idleTimeoutSeconds, ...person } = user;
      this.#set({
        ...current,
        user: person,
        idleTimeoutSeconds: idleTimeoutSeconds ?? current.idleTimeoutSeconds,
      });
    }
  }

  /** Forget the session locally (no navigation). */
  clear(): void {
    this.#cancelTimer();
    this.#session.set(null);
    this.#storage.removeItem(SESSION_STORAGE_KEY);
  }

  /**
   * Forget the session and everything the console holds, then load the sign-in page afresh. When the
   * session ended on its own (expired or revoked) the page says so and offers to come back to
   * `returnUrl`. Synchronous, so nothing of the session outlives the call: the in-memory session,
   * every Navdesk key in session and local storage, and (with the fresh page) every view, cache
   * and open stream.
   */
  end(reason: SessionEndReason, returnUrl: string = this.#router.url): void {
    this.clear();
    forgetNavdeskData(this.#storage, this.#localStorage);
    this.#reloadPage(
      this.#location.prepareExternalUrl(this.#signInUrl(reason, returnUrl)),
    );
  }

  #signInUrl(reason: SessionEndReason, returnUrl: string): string {
    if (reason === 'signed-out') {
      return SIGN_IN_PATH;
    }
    const back = safeReturnUrl(returnUrl);
    const queryParams =
      back && back !== '/'
        ? { reason: SESSION_ENDED_REASON, returnUrl: back }
        : { reason: SESSION_ENDED_REASON };
    return this.#router.serializeUrl(
      this.#router.createUrlTree([SIGN_IN_PATH], { queryParams }),
    );
  }

  #set(session: StoredSession): void {
    this.#session.set(session);
    this.#storage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    this.#schedule(session.expiresAt);
  }

  #schedule(expiresAt: number): void {
    this.#cancelTimer();
    const delay = Math.min(
      Math.max(expiresAt - Date.now(), 0),
      MAX_TIMER_DELAY_MS,
    );
    this.#expiryTimer = setTimeout(() => {
      this.#expiryTimer = null;
      if (Date.now() >= expiresAt) {
        this.end('expired');
      } else {
        this.#schedule(expiresAt);
      }
    }, delay);
  }

  #cancelTimer(): void {
    if (this.#expiryTimer !== null) {
      clearTimeout(this.#expiryTimer);
      this.#expiryTimer = null;
    }
  }

  #read(): StoredSession | null {
    let raw: string | null;
    try {
      raw = this.#storage.getItem(SESSION_STORAGE_KEY);
    } catch {
      return null;
    }
    if (!raw) {
      return null;
    }
    try {
      const parsed: unknown = JSON.parse(raw);
      if (isStoredSession(parsed) && parsed.expiresAt > Date.now()) {
        return parsed;
      }
    } catch {
      // Corrupt entry: fall through and drop it.
    }
    this.#storage.removeItem(SESSION_STORAGE_KEY);
    return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isStoredSession(value: unknown): value is StoredSession {
  if (
    !isRecord(value) ||
    typeof value['accessToken'] !== 'string' ||
    typeof value['expiresAt'] !== 'number'
  ) {
    return false;
  }
  const user = value['user'];
  return (
    isRecord(user) &&
    typeof user['id'] === 'string' &&
    typeof user['email'] === 'string' &&
    typeof user['name'] === 'string' &&
    (ROLES as readonly unknown[]).includes(user['role']) &&
    Array.isArray(user['serviceIds'])
  );
}
