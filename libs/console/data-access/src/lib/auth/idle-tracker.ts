import {
  computed,
  DestroyRef,
  inject,
  Injectable,
  signal,
} from '@angular/core';
import { AuthApi } from './auth.api';
import { SessionStore } from './session.store';

/** The warning shows this long before the console ends the session. */
export const IDLE_WARNING_MS = 60_000;
/**
 * The console ends the session this long before the server would: the server records use at most
 * every 30 s, and clicks reach it through a keep-alive at most every KEEP_ALIVE_MS, so its clock may
 * run up to 50 s behind ours. "Stay signed in" must never meet a session the server already ended.
 */
export const IDLE_SAFETY_MS = 60_000;
/** Activity without an API call tells the server (GET /api/auth/me) at most this often. */
export const KEEP_ALIVE_MS = 20_000;
/** Used when the server did not say (a session stored before it did): the server's default. */
export const DEFAULT_IDLE_TIMEOUT_SECONDS = 30 * 60;

/**
 * Mirrors the server's idle limit (SESSION_IDLE_MINUTES) in the console: it notes the person's
 * actions, keeps the server's count in step, warns a minute before the limit and then ends the
 * session through `SessionStore.end`, before the next click would meet a 401.
 */
@Injectable({ providedIn: 'root' })
export class IdleTracker {
  readonly #session = inject(SessionStore);
  readonly #api = inject(AuthApi);
  #lastActivity = Date.now();
  #lastServerUse = Date.now();
  #timer: ReturnType<typeof setTimeout> | null = null;
  #tick: ReturnType<typeof setInterval> | null = null;

  /** Whole seconds left while the warning shows; null otherwise. */
  readonly secondsLeft = signal<number | null>(null);
  readonly warning = computed(() => this.secondsLeft() !== null);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** How long the console lets the session sit unused, in ms. */
  get limitMs(): number {
    const seconds =
      this.#session.idleTimeoutSeconds() ?? DEFAULT_IDLE_TIMEOUT_SECONDS;
    return Math.max(seconds * 1000 - IDLE_SAFETY_MS, IDLE_WARNING_MS);
  }

  /** Begins watching (the signed-in shell calls this). */
  start(): void {
    this.#lastServerUse = Date.now();
    this.#noteActivity();
  }

  /** A click, a key or a navigation: activity, which the server hears of through a keep-alive. */
  activity(): void {
    if (this.#session.isSignedIn() && !this.warning()) {
      this.#noteActivity();
      if (Date.now() - this.#lastServerUse >= KEEP_ALIVE_MS) {
        this.#keepAlive();
      }
    }
  }

  /** One of the person's own API calls (the auth interceptor reports them): the server counts it too. */
  serverUse(): void {
    this.#lastServerUse = Date.now();
    if (this.#session.isSignedIn()) {
      this.#noteActivity();
    }
  }

  /** "Stay signed in": counts as use here and on the server. */
  stay(): void {
    this.#noteActivity();
    this.#keepAlive();
  }

  stop(): void {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    this.#clearTick();
    this.secondsLeft.set(null);
  }

  #keepAlive(): void {
    // Through the interceptor: it reports the call (serverUse) and handles a 401.
    this.#api.me().subscribe({
      next: (me) => this.#session.updateUser(me),
      error: () => undefined,
    });
  }

  #noteActivity(): void {
    this.#lastActivity = Date.now();
    this.secondsLeft.set(null);
    this.#clearTick();
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
    }
    const warnAt = this.#lastActivity + this.limitMs - IDLE_WARNING_MS;
    this.#timer = setTimeout(
      () => {
        this.#timer = null;
        this.#update();
        this.#tick = setInterval(() => this.#update(), 1000);
      },
      Math.max(warnAt - Date.now(), 0),
    );
  }

  #update(): void {
    const left = this.#lastActivity + this.limitMs - Date.now();
    if (left <= 0) {
      this.stop();
      if (this.#session.isSignedIn()) {
        this.#session.end('expired');
      }
      return;
    }
    this.secondsLeft.set(Math.ceil(left / 1000));
  }

  #clearTick(): void {
    if (this.#tick !== null) {
      clearInterval(this.#tick);
      this.#tick = null;
    }
  }
}
