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
import type {
  CreatedLoginReset,
  LoginResetDetail,
  LoginResetView,
  NotificationChangeView,
  ProgrammeAccountView,
  Role,
} from '@navdesk/contracts';

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
      // Dialogs close at once (no animation to wait for).
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      // jsdom has no canvas: charts draw nothing, their tables still render.
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
      serviceIds: ['s-1'],
    },
  });
  return live;
}

export function resetView(
  overrides: Partial<LoginResetView> = {},
): LoginResetView {
  return {
    id: 'r-1',
    patientRef: REF,
    serviceId: 's-1',
    channel: 'email',
    status: 'queued',
    attempts: 0,
    lastError: null,
    requestedBy: { id: 'u-pwp', name: 'Priya Patel' },
    createdAt: '2026-03-02T09:00:00.000Z',
    sentAt: null,
    expiresAt: null,
    completedAt: null,
    failedAt: null,
    expiredAt: null,
    ticket: null,
    ...overrides,
  };
}

export function resetDetail(
  overrides: Partial<LoginResetView> = {},
): LoginResetDetail {
  return {
    ...resetView(overrides),
    timeline: [
      {
        at: '2026-03-02T09:00:00.000Z',
        type: 'requested',
        detail: null,
        actorName: 'Priya Patel',
      },
    ],
  };
}

export function createdReset(
  overrides: Partial<CreatedLoginReset> = {},
): CreatedLoginReset {
  return { ...resetView(overrides), duplicate: false, ...overrides };
}

export function account(
  overrides: Partial<ProgrammeAccountView> = {},
): ProgrammeAccountView {
  return {
    patientRef: REF,
    status: 'locked',
    lastLoginAt: '2026-02-27T18:30:00.000Z',
    appVersion: '4.2.1',
    device: 'iPhone 13, iOS 17',
    notificationSettings: { reminderFrequency: 'daily', quietHours: null },
    modulePlan: ['m01-understanding-depression', 'm02-behavioural-activation', 'm03-thoughts-and-feelings', 'm04-problem-solving'],
    fetchedAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}

export function notificationChange(
  overrides: Partial<NotificationChangeView> = {},
): NotificationChangeView {
  return {
    id: 'n-1',
    patientRef: REF,
    serviceId: 's-1',
    status: 'queued',
    settings: {
      reminderFrequency: 'every_3_days',
      quietHours: { from: '21:00', to: '08:00' },
    },
    reason: 'Finds daily reminders overwhelming',
    attempts: 0,
    lastError: null,
    requestedBy: { id: 'u-nav', name: 'Nadia Navigator' },
    createdAt: '2026-03-02T09:00:00.000Z',
    appliedAt: null,
    ...overrides,
  };
}

export function text(host: Element): string {
  return (host.textContent ?? '').replace(/\s+/g, ' ');
}

export function button(host: Element, label: string): HTMLButtonElement {
  const found = [...host.querySelectorAll('button')].find(
    (b) => b.textContent?.trim() === label,
  );
  if (!found) throw new Error(`No button “${label}”`);
  return found;
}

export const wait = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));
