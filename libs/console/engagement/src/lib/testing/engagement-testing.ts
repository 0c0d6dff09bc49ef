import { provideHttpClient, withXhr } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import {
  FakeLiveEvents,
  LiveEventsService,
  MemoryStorage,
  SESSION_STORAGE,
  SessionStore,
} from '@navdesk/console/data-access';
import { provideFakeCharts } from '@navdesk/console/ui/chart';
import type { PatientFlagView, Role } from '@navdesk/contracts';

/**
 * TestBed with HTTP testing, a fake live stream, charts that draw nothing (jsdom has no canvas;
 * their tables still render) and a signed-in `role` of `serviceIds`.
 */
export function setUpAs(
  role: Role,
  serviceIds: string[] = ['s-1'],
): FakeLiveEvents {
  const live = new FakeLiveEvents();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withXhr()),
      provideHttpClientTesting(),
      { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
      { provide: LiveEventsService, useValue: live },
      // Dialogs close at once (no animation to wait for).
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      provideFakeCharts(),
    ],
  });
  TestBed.inject(SessionStore).start({
    accessToken: 'token-1',
    expiresIn: 900,
    user: {
      id: role === 'pwp' ? 'u-pwp' : 'u-nav',
      email: `${role}@navdesk.test`,
      name: role === 'pwp' ? 'Priya Patel' : 'Nadia Navigator',
      role,
      serviceIds,
    },
  });
  return live;
}

/** A signed-in navigator of `serviceIds`. */
export function setUpNavigator(serviceIds: string[] = ['s-1']): FakeLiveEvents {
  return setUpAs('navigator', serviceIds);
}

export function flagView(
  overrides: Partial<PatientFlagView> = {},
): PatientFlagView {
  return {
    id: 'f-1',
    patientRef: 'P-7QK2M9',
    kind: 'no_login',
    cause: 'technical',
    status: 'open',
    detail: 'No log-in for 9 days (last 21 Feb); a log-in reset is pending',
    raisedAt: '2026-03-02T06:00:00.000Z',
    clearedAt: null,
    ...overrides,
  };
}

export function text(host: Element): string {
  return (host.textContent ?? '').replace(/\s+/g, ' ');
}

export const wait = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

export function button(host: Element, label: string): HTMLButtonElement {
  const found = [...host.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === label,
  );
  if (!found) throw new Error(`No button “${label}”`);
  return found;
}
