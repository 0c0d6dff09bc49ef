import { DestroyRef, inject, Signal, signal } from '@angular/core';

/** Epoch ms, refreshed every `everyMs` (default a minute) while the caller lives. */
export function clock(everyMs = 60_000): Signal<number> {
  const now = signal(Date.now());
  const timer = setInterval(() => now.set(Date.now()), everyMs);
  inject(DestroyRef).onDestroy(() => clearInterval(timer));
  return now.asReadonly();
}
