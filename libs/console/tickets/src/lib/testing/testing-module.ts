import { provideHttpClient, withXhr } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  ID_FACTORY,
  LiveEventsService,
  MemoryStorage,
  SESSION_STORAGE,
  SessionStore,
} from '@navdesk/console/data-access';
import { FakeLiveEvents } from '@navdesk/console/data-access';
import type { Role } from '@navdesk/contracts';

export interface TestContext {
  live: FakeLiveEvents;
  ids: string[];
}

/** TestBed with HTTP testing, a fake live stream, predictable ids and a signed-in `role`. */
export function setUpAs(
  role: Role,
  user: { id?: string; serviceIds?: string[] } = {},
): TestContext {
  const live = new FakeLiveEvents();
  const ids: string[] = [];
  let next = 0;
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withXhr()),
      provideHttpClientTesting(),
      { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
      { provide: LiveEventsService, useValue: live },
      {
        provide: ID_FACTORY,
        useValue: () => {
          next += 1;
          const id = `id-${next}`;
          ids.push(id);
          return id;
        },
      },
    ],
  });
  TestBed.inject(SessionStore).start({
    accessToken: 'token-1',
    expiresIn: 900,
    user: {
      id: user.id ?? (role === 'pwp' ? 'u-pwp' : 'u-nav'),
      email: `${role}@navdesk.test`,
      name: role === 'pwp' ? 'Priya Patel' : 'Nadia Navigator',
      role,
      serviceIds: user.serviceIds ?? ['s-1'],
    },
  });
  return { live, ids };
}

export function text(host: HTMLElement): string {
  return (host.textContent ?? '').replace(/\s+/g, ' ');
}

export function button(host: HTMLElement, label: string): HTMLButtonElement {
  const found = [...host.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === label,
  );
  if (!found) throw new Error(`No button “${label}”`);
  return found;
}
