import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import {
  FakeLiveEvents,
  LiveEventsService,
  MemoryStorage,
  SESSION_STORAGE,
  SessionStore,
} from '@navdesk/console/data-access';
import type { LoginResetView, Page } from '@navdesk/contracts';
import { ResetsPageComponent } from './resets-page.component';

function resetView(overrides: Partial<LoginResetView> = {}): LoginResetView {
  return {
    id: 'r-1',
    patientRef: 'P-7QK2M9',
    serviceId: 's-1',
    channel: 'email',
    status: 'sent',
    attempts: 1,
    lastError: null,
    requestedBy: { id: 'u-pwp', name: 'Priya Patel' },
    createdAt: '2026-03-02T09:00:00.000Z',
    sentAt: '2026-03-02T09:00:05.000Z',
    expiresAt: '2026-03-05T09:00:05.000Z',
    completedAt: null,
    failedAt: null,
    expiredAt: null,
    ticket: null,
    ...overrides,
  };
}

const failed = resetView({
  id: 'r-2',
  patientRef: 'P-4HX8TB',
  channel: 'sms',
  status: 'failed',
  attempts: 5,
  lastError: 'Programme answered 500',
  sentAt: null,
  expiresAt: null,
  failedAt: '2026-03-02T08:10:00.000Z',
  createdAt: '2026-03-02T08:00:00.000Z',
  ticket: { id: 't-9', reference: 'ND-000042' },
});

const page = (items: LoginResetView[]): Page<LoginResetView> => ({
  items,
  nextCursor: null,
});
const wait = (ms: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('ResetsPageComponent', () => {
  let live: FakeLiveEvents;
  let http: HttpTestingController;
  let fixture: ComponentFixture<ResetsPageComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    live = new FakeLiveEvents();
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withXhr()),
        provideHttpClientTesting(),
        { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
        { provide: LiveEventsService, useValue: live },
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
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
        serviceIds: ['s-1'],
      },
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ResetsPageComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http
      .expectOne('/api/login-resets?limit=50')
      .flush(page([resetView(), failed]));
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
    document.querySelector('.cdk-overlay-container')?.remove();
  });

  const row = (ref: string) =>
    host.querySelector(`tr[data-patient-ref="${ref}"]`) as HTMLElement;
  const rowStatus = (ref: string) =>
    row(ref)
      ?.querySelector('[data-testid="reset-row-status"]')
      ?.textContent?.trim();

  it('lists resets with patient and ticket links, and offers a retry only on failed or expired ones', () => {
    const sent = row('P-7QK2M9');
    expect(sent.querySelector('a')?.getAttribute('href')).toBe(
      '/patients/P-7QK2M9',
    );
    expect(rowStatus('P-7QK2M9')).toBe('Sent');
    expect(sent.querySelector('[data-testid="retry-reset"]')).toBeNull();

    const bad = row('P-4HX8TB');
    expect(rowStatus('P-4HX8TB')).toBe('Failed');
    expect(bad.textContent).toContain('SMS');
    expect(bad.textContent).toContain('5 of 5');
    expect(bad.textContent).toContain('Priya Patel');
    const ticket = [...bad.querySelectorAll('a')].find(
      (a) => a.textContent?.trim() === 'ND-000042',
    );
    expect(ticket?.getAttribute('href')).toBe('/tickets/t-9');
    expect(
      bad
        .querySelector('[data-testid="retry-reset"]')
        ?.getAttribute('aria-label'),
    ).toBe('Retry the reset for P-4HX8TB');
  });

  it('filters by status through the API', async () => {
    const failedToggle = [
      ...host.querySelectorAll<HTMLButtonElement>(
        '[data-testid="reset-status-filter"] button',
      ),
    ].find((b) => b.textContent?.trim() === 'Failed');
    expect(failedToggle?.getAttribute('role')).toBe('radio');
    failedToggle?.click();
    await fixture.whenStable();

    http
      .expectOne('/api/login-resets?limit=50&status=failed')
      .flush(page([failed]));
    await fixture.whenStable();
    expect(row('P-7QK2M9')).toBeNull();
    expect(rowStatus('P-4HX8TB')).toBe('Failed');
    expect(failedToggle?.getAttribute('aria-checked')).toBe('true');

    fixture.componentInstance.setStatus('completed');
    await fixture.whenStable();
    http
      .expectOne('/api/login-resets?limit=50&status=completed')
      .flush(page([]));
    await fixture.whenStable();
    expect(host.textContent).toContain('No completed resets');
  });

  it('retries a failed reset after a confirm and shows it queued again', async () => {
    (
      row('P-4HX8TB').querySelector(
        '[data-testid="retry-reset"]',
      ) as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as Element;
    expect(dialog.textContent).toContain('Retry the reset for P-4HX8TB?');
    const confirm = [...dialog.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === 'Retry reset',
    );
    confirm?.click();
    await fixture.whenStable();
    await wait(0);

    const post = http.expectOne('/api/login-resets/r-2/retry');
    expect(post.request.method).toBe('POST');
    post.flush(
      { ...failed, status: 'queued', lastError: null },
      { status: 202, statusText: 'Accepted' },
    );
    await fixture.whenStable();
    expect(rowStatus('P-4HX8TB')).toBe('Queued');
    expect(
      row('P-4HX8TB').querySelector('[data-testid="retry-reset"]'),
    ).toBeNull();
    expect(
      host.querySelector('[data-testid="resets-status"]')?.textContent,
    ).toContain('Reset for P-4HX8TB retried');
  });

  it('explains a retry refused because the reset moved on (409)', async () => {
    (
      row('P-4HX8TB').querySelector(
        '[data-testid="retry-reset"]',
      ) as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container') as Element;
    [...dialog.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Retry reset')
      ?.click();
    await fixture.whenStable();
    await wait(0);
    http
      .expectOne('/api/login-resets/r-2/retry')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Not retryable' },
        { status: 409, statusText: 'Conflict' },
      );
    http
      .expectOne('/api/login-resets?limit=50')
      .flush(page([resetView(), { ...failed, status: 'queued' }]));
    await fixture.whenStable();
    expect(host.textContent).toContain("can't be retried");
    expect(rowStatus('P-4HX8TB')).toBe('Queued');
  });

  it('refreshes live when a reset changes, adding new ones at the top', async () => {
    live.emit({ type: 'reset.changed', id: 'r-3' });
    live.emit({ type: 'reset.changed', id: 'r-1' });
    await wait(250);
    const fresh = resetView({
      id: 'r-3',
      patientRef: 'P-9ZZ1AA',
      status: 'queued',
      attempts: 0,
      createdAt: '2026-03-02T10:00:00.000Z',
    });
    http
      .expectOne('/api/login-resets?limit=50')
      .flush(page([fresh, resetView({ status: 'completed' }), failed]));
    await fixture.whenStable();
    const refs = [...host.querySelectorAll('tr[data-patient-ref]')].map((tr) =>
      tr.getAttribute('data-patient-ref'),
    );
    expect(refs).toEqual(['P-9ZZ1AA', 'P-7QK2M9', 'P-4HX8TB']);
    expect(rowStatus('P-7QK2M9')).toBe('Completed');
    expect(
      host.querySelector('[data-testid="resets-status"]')?.textContent,
    ).toContain('Reset for P-7QK2M9 is now completed.');
  });
});
