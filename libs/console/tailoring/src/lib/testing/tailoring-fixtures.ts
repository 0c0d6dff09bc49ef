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
import type { Page, Role, TailoringRequestView } from '@navdesk/contracts';

/** The patient the fixtures belong to. */
export const REF = 'P-7QK2M9';

/** TestBed with HTTP testing, a fake live stream and a signed-in `role`. */
export function setUpAs(role: Role): FakeLiveEvents {
  const live = new FakeLiveEvents();
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withXhr()),
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
      id: role === 'pwp' ? 'u-pwp' : 'u-nav',
      email: `${role}@navdesk.test`,
      name: role === 'pwp' ? 'Priya Patel' : 'Nadia Navigator',
      role,
      serviceIds: ['s-1'],
    },
  });
  return live;
}

export function tailoringRequest(
  overrides: Partial<TailoringRequestView> = {},
): TailoringRequestView {
  return {
    id: 'tr-1',
    patientRef: 'P-7QK2M9',
    serviceId: 's-1',
    action: 'skip',
    moduleId: 'm04-problem-solving',
    moduleTitle: 'Problem solving',
    replacementModuleId: null,
    replacementModuleTitle: null,
    reason: 'Covered face to face in session 3',
    status: 'pending',
    requestedBy: { id: 'u-pwp', name: 'Priya Patel' },
    createdAt: '2026-03-02T09:00:00.000Z',
    decidedBy: null,
    decisionNote: null,
    decidedAt: null,
    appliedAt: null,
    mootAt: null,
    mootReason: null,
    attempts: 0,
    lastError: null,
    ticket: null,
    version: 1,
    ...overrides,
  };
}

export const page = (
  items: TailoringRequestView[],
): Page<TailoringRequestView> => ({
  items,
  nextCursor: null,
});

export function text(host: Element | null): string {
  return (host?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function button(host: Element, label: string): HTMLButtonElement {
  const found = [...host.querySelectorAll('button')].find(
    (b) => text(b) === label,
  );
  if (!found) throw new Error(`No button “${label}”`);
  return found;
}

export const wait = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));
