import { signal } from '@angular/core';
import { filter, Subject } from 'rxjs';
import type { ConsoleLiveEvent, LiveEventType } from '../live/live-event';
import type { LiveEventsService } from '../live/live-events.service';

/** A LiveEventsService stand-in for tests: the test emits the events (provide it as LiveEventsService). */
export class FakeLiveEvents
  implements Pick<LiveEventsService, 'ofType' | 'connected' | 'missed' | 'events$'>
{
  readonly #events = new Subject<ConsoleLiveEvent>();
  readonly events$ = this.#events.asObservable();
  readonly connected = signal(true);
  readonly missed = signal(0);

  ofType(type: LiveEventType) {
    return this.events$.pipe(filter((event) => event.type === type));
  }

  emit(
    event: Partial<ConsoleLiveEvent> & Pick<ConsoleLiveEvent, 'type' | 'id'>,
  ): void {
    this.#events.next({
      serviceId: 's-1',
      at: '2026-03-02T09:00:00.000Z',
      ...event,
    });
  }
}
