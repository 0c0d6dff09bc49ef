import { signal } from '@angular/core';
import type { LiveEvent } from '@navdesk/contracts';
import { filter, Subject } from 'rxjs';
import type { LiveEventsService } from '../live/live-events.service';

/** A LiveEventsService stand-in for tests: the test emits the events (provide it as LiveEventsService). */
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
