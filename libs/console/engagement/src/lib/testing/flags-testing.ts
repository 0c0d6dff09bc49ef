import { provideHttpClient } from '@angular/common/http';
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
import type { PatientFlagView } from '@navdesk/contracts';

/** TestBed with HTTP testing, a fake live stream and a signed-in navigator of `serviceIds`. */
export function setUpNavigator(serviceIds: string[] = ['s-1']): FakeLiveEvents {
  const live = new FakeLiveEvents();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
      { provide: LiveEventsService, useValue: live },
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
    ],
  });
  TestBed.inject(SessionStore).start({
    accessToken: 'token-1',
    expiresIn: 900,
    user: {
      id: 'u-nav',
      email: 'nav1@navdesk.test',
      name: 'Nadia Navigator',
      role: 'navigator',
      serviceIds,
    },
  });
  return live;
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
