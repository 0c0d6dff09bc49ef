import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { FakeLiveEvents, SessionStore } from '@navdesk/console/data-access';
import { DEFAULT_FLAG_THRESHOLDS } from '@navdesk/contracts';
import type { Page, PatientFlagView } from '@navdesk/contracts';
import { flagView, setUpNavigator, text, wait } from '../testing/engagement-testing';
import { FlagsPageComponent } from './flags-page.component';

const page = (items: PatientFlagView[]): Page<PatientFlagView> => ({
  items,
  nextCursor: null,
});
const moodDrop = flagView({
  id: 'f-2',
  patientRef: 'P-4HX8TB',
  kind: 'mood_drop',
  cause: 'disengagement',
  detail: 'Mood fell from 8 to 4 in 3 days (26 Feb to 1 Mar)',
  raisedAt: '2026-03-01T06:00:00.000Z',
});

describe('FlagsPageComponent', () => {
  let live: FakeLiveEvents;
  let http: HttpTestingController;
  let fixture: ComponentFixture<FlagsPageComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    live = setUpNavigator();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(FlagsPageComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http
      .expectOne('/api/flags?limit=50&status=open')
      .flush(page([flagView(), moodDrop]));
    http.expectOne('/api/services?limit=200').flush({
      items: [{ id: 's-1', code: 'N', name: 'North' }],
      nextCursor: null,
    });
    await fixture.whenStable();
    http
      .expectOne('/api/services/s-1/flag-thresholds')
      .flush(DEFAULT_FLAG_THRESHOLDS);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  const row = (ref: string) =>
    host.querySelector(`tr[data-patient-ref="${ref}"]`) as HTMLElement;
  const select = (testId: string) =>
    TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatSelectHarness.with({ selector: `[data-testid="${testId}"]` }),
    );

  it('lists open flags with the patient link, the likely cause and what happened', () => {
    const first = row('P-7QK2M9');
    expect(first.querySelector('a')?.getAttribute('href')).toBe(
      '/patients/P-7QK2M9',
    );
    expect(text(first)).toContain('No log-in');
    expect(
      first
        .querySelector('[data-testid="flag-row-cause"]')
        ?.textContent?.trim(),
    ).toBe('Possible technical failure');
    expect(text(first)).toContain('a log-in reset is pending');
    expect(
      row('P-4HX8TB')
        .querySelector('[data-testid="flag-row-cause"]')
        ?.textContent?.trim(),
    ).toBe('Possible disengagement');
    expect(host.querySelector('table')?.getAttribute('aria-label')).toBe(
      'Flags',
    );
  });

  it('filters by kind, cause and status through the API', async () => {
    await (
      await select('flags-kind-filter')
    ).clickOptions({ text: 'Mood drop' });
    http
      .expectOne('/api/flags?limit=50&status=open&kind=mood_drop')
      .flush(page([moodDrop]));
    await fixture.whenStable();
    expect(row('P-7QK2M9')).toBeNull();

    fixture.componentInstance.setFilter('cause', 'technical');
    await fixture.whenStable();
    http
      .expectOne(
        '/api/flags?limit=50&status=open&kind=mood_drop&cause=technical',
      )
      .flush(page([]));
    await fixture.whenStable();
    expect(text(host)).toContain('No flags match these filters');

    fixture.componentInstance.setFilter('status', 'acknowledged');
    await fixture.whenStable();
    http
      .expectOne(
        '/api/flags?limit=50&status=acknowledged&kind=mood_drop&cause=technical',
      )
      .flush(page([]));
    await fixture.whenStable();

    [...host.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Show open flags')
      ?.click();
    await fixture.whenStable();
    http
      .expectOne('/api/flags?limit=50&status=open')
      .flush(page([flagView(), moodDrop]));
    await fixture.whenStable();
    expect(row('P-7QK2M9')).not.toBeNull();
  }, 30_000);

  it('acknowledges a flag with a note, takes it off the open list and says so', async () => {
    (
      row('P-7QK2M9').querySelector(
        '[data-testid="acknowledge-flag"]',
      ) as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    const note = row('P-7QK2M9').querySelector(
      '[data-testid="acknowledge-note"]',
    ) as HTMLTextAreaElement;
    note.value = 'Reset sent; will check on Friday';
    note.dispatchEvent(new Event('input'));
    (
      row('P-7QK2M9').querySelector(
        '[data-testid="acknowledge-submit"]',
      ) as HTMLButtonElement
    ).click();
    await fixture.whenStable();

    const post = http.expectOne('/api/flags/f-1/acknowledge');
    expect(post.request.body).toEqual({
      note: 'Reset sent; will check on Friday',
    });
    post.flush({ ...flagView(), status: 'acknowledged' });
    await fixture.whenStable();
    expect(row('P-7QK2M9')).toBeNull();
    expect(row('P-4HX8TB')).not.toBeNull();
    const status = host.querySelector('[data-testid="flags-status"]');
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent).toContain(
      'No log-in flag for P-7QK2M9 acknowledged.',
    );
  });

  it('adds new flags live and announces them', async () => {
    live.emit({ type: 'patient.changed', id: 'p-9' });
    await wait(350);
    const fresh = flagView({
      id: 'f-3',
      patientRef: 'P-9ZZ1AA',
      kind: 'notification_burden',
      cause: 'disengagement',
      raisedAt: '2026-03-02T09:00:00.000Z',
    });
    http
      .expectOne('/api/flags?limit=50&status=open')
      .flush(page([fresh, flagView()]));
    await fixture.whenStable();
    const refs = [...host.querySelectorAll('tr[data-patient-ref]')].map((tr) =>
      tr.getAttribute('data-patient-ref'),
    );
    // The mood-drop flag is no longer open (it cleared): it leaves the list.
    expect(refs).toEqual(['P-9ZZ1AA', 'P-7QK2M9']);
    expect(
      host.querySelector('[data-testid="flags-status"]')?.textContent,
    ).toContain('New flag: Notifications dismissed for P-9ZZ1AA.');
  });
});
