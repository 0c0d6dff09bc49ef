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
import { provideUkDatepicker } from '@navdesk/console/ui';
import type {
  Page,
  QuestionTopicView,
  Role,
  TrainingBookingView,
  TrainingCoverage,
  TrainingModuleView,
  TrainingRecord,
  TrainingSessionDetail,
  TrainingSessionView,
} from '@navdesk/contracts';

/** TestBed with HTTP testing, a fake live stream and a signed-in `role` of `serviceIds`. */
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
      { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      provideUkDatepicker(),
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

export function moduleView(
  overrides: Partial<TrainingModuleView> = {},
): TrainingModuleView {
  return {
    id: 'tm-1',
    title: 'Helping patients choose modules',
    topic: 'choosing_modules',
    format: 'workshop',
    durationMinutes: 90,
    materialUrl: 'https://learning.example.test/choosing',
    description: 'How to talk a patient through the optional modules.',
    core: true,
    serviceId: null,
    createdAt: '2026-01-05T09:00:00.000Z',
    ...overrides,
  };
}

export function sessionView(
  overrides: Partial<TrainingSessionView> = {},
): TrainingSessionView {
  return {
    id: 'ts-1',
    module: {
      id: 'tm-1',
      title: 'Helping patients choose modules',
      topic: 'choosing_modules',
      core: true,
    },
    serviceId: 's-1',
    startsAt: '2026-03-10T14:00:00.000Z',
    endsAt: '2026-03-10T15:30:00.000Z',
    mode: 'online',
    location: 'Teams link in the invitation',
    capacity: 12,
    booked: 4,
    seatsLeft: 8,
    cancelled: false,
    myBooking: null,
    invitedMe: false,
    ...overrides,
  };
}

export function bookingView(
  overrides: Partial<TrainingBookingView> = {},
): TrainingBookingView {
  return {
    sessionId: 'ts-1',
    pwp: { id: 'u-pwp', name: 'Priya Patel' },
    status: 'booked',
    bookedAt: '2026-03-01T09:00:00.000Z',
    attendance: null,
    ...overrides,
  };
}

export function sessionDetail(
  overrides: Partial<TrainingSessionDetail> = {},
): TrainingSessionDetail {
  return {
    ...sessionView(),
    bookings: [bookingView()],
    invited: [],
    ...overrides,
  };
}

export function trainingRecord(
  overrides: Partial<TrainingRecord> = {},
): TrainingRecord {
  return {
    pwp: { id: 'u-pwp', name: 'Priya Patel' },
    upcoming: [],
    attended: [
      {
        session: sessionView({
          id: 'ts-0',
          module: {
            id: 'tm-0',
            title: 'The programme and your role',
            topic: 'programme_basics',
            core: true,
          },
          startsAt: '2026-02-03T10:00:00.000Z',
          endsAt: '2026-02-03T11:00:00.000Z',
          myBooking: 'attended',
        }),
        confidenceBefore: 4,
        confidenceAfter: 7,
        change: 3,
      },
    ],
    coreInduction: [
      {
        moduleId: 'tm-0',
        title: 'The programme and your role',
        done: true,
        attendedAt: '2026-02-03T10:00:00.000Z',
      },
      {
        moduleId: 'tm-1',
        title: 'Helping patients choose modules',
        done: false,
        attendedAt: null,
      },
    ],
    meanConfidenceChange: 3,
    ...overrides,
  };
}

export function coverage(
  overrides: Partial<TrainingCoverage> = {},
): TrainingCoverage {
  return {
    serviceId: 's-1',
    coreModules: [
      { id: 'tm-0', title: 'The programme and your role' },
      { id: 'tm-1', title: 'Helping patients choose modules' },
    ],
    pwps: [
      {
        id: 'u-pwp',
        name: 'Priya Patel',
        done: ['tm-0'],
        missing: ['tm-1'],
        complete: false,
      },
      {
        id: 'u-pwp2',
        name: 'Sam Jones',
        done: ['tm-0', 'tm-1'],
        missing: [],
        complete: true,
      },
    ],
    completeCount: 1,
    totalCount: 2,
    ...overrides,
  };
}

export function questionTopic(
  overrides: Partial<QuestionTopicView> = {},
): QuestionTopicView {
  return {
    topic: 'choosing_modules',
    label: 'Helping patients choose modules',
    questions: 5,
    askers: [
      { id: 'u-pwp', name: 'Priya Patel', questions: 3, trained: false },
      { id: 'u-pwp2', name: 'Sam Jones', questions: 1, trained: true },
      { id: 'u-pwp3', name: 'Ali Khan', questions: 1, trained: false },
    ],
    recent: [
      {
        id: 't-9',
        reference: 'ND-000042',
        title: 'Which module for a patient with anxiety?',
        createdAt: '2026-03-01T09:00:00.000Z',
      },
    ],
    upcomingSessions: [
      {
        id: 'ts-1',
        title: 'Helping patients choose modules',
        startsAt: '2026-03-10T14:00:00.000Z',
        seatsLeft: 8,
      },
    ],
    ...overrides,
  };
}

export function page<T>(items: T[], nextCursor: string | null = null): Page<T> {
  return { items, nextCursor };
}

export function text(host: Element | null): string {
  return (host?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The button whose text (visible and visually hidden) starts with `label`. */
export function button(host: Element, label: string): HTMLButtonElement {
  const found = [...host.querySelectorAll('button')].find((b) =>
    text(b).startsWith(label),
  );
  if (!found) throw new Error(`No button “${label}”`);
  return found;
}

export function heading(host: Element, name: string): HTMLElement | null {
  return (
    [...host.querySelectorAll<HTMLElement>('h1, h2, h3')].find(
      (h) => text(h) === name,
    ) ?? null
  );
}

/** Picks `value` in a native select and tells Angular. */
export function choose(select: HTMLSelectElement | null, value: string): void {
  if (!select) throw new Error('No select');
  select.value = value;
  select.dispatchEvent(new Event('change'));
}

/** Types `value` into an input or textarea and tells Angular. */
export function type(
  input: HTMLInputElement | HTMLTextAreaElement | null,
  value: string,
): void {
  if (!input) throw new Error('No input');
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

export const wait = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

export const UPCOMING_URL = '/api/training/sessions?limit=50&when=upcoming';
export const PAST_URL = '/api/training/sessions?limit=20&when=past';
