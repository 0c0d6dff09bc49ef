import { signal } from '@angular/core';
import type { LiveEventsService } from '@navdesk/console/data-access';
import type { LiveEvent } from '@navdesk/contracts';
import { filter, Subject } from 'rxjs';

/** A LiveEventsService stand-in whose events the test emits. */
export class FakeLiveEvents
  implements Pick<LiveEventsService, 'ofType' | 'connected' | 'events$'>
{
  readonly #events = new Subject<LiveEvent>();
  readonly events$ = this.#events.asObservable();
  readonly connected = signal(true);

  ofType(type: LiveEvent['type']) {
    return this.events$.pipe(filter((event) => event.type === type));
  }

  emit(event: Partial<LiveEvent> & Pick<LiveEvent, 'type' | 'id'>): void {
    this.#events.next({
      serviceId: 's-1',
      at: '2026-03-02T09:00:00.000Z',
      ...event,
    });
  }
}
