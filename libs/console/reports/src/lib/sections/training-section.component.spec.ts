import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeLiveEvents, SessionStore } from '@navdesk/console/data-access';
import { trainingReport } from '../testing/report-fixtures';
import {
  figures,
  FILTERS,
  setUpReports,
  tableRows,
  text,
  wait,
  WINDOW_QUERY,
} from '../testing/report-testing';
import { TrainingSectionComponent } from './training-section.component';

const URL = `/api/reports/training?${WINDOW_QUERY}`;

describe('TrainingSectionComponent', () => {
  let http: HttpTestingController;
  let live: FakeLiveEvents;
  let fixture: ComponentFixture<TrainingSectionComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    ({ live } = setUpReports());
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TrainingSectionComponent);
    fixture.componentRef.setInput('filters', FILTERS);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(URL).flush(trainingReport());
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  it('shows attendance and the mean confidence change in words', () => {
    expect(text(host.querySelector('h2'))).toBe('Training');
    expect(
      figures(host.querySelector('[data-testid="training-figures"]')),
    ).toEqual({
      Sessions: '6',
      'Seats offered': '72',
      Bookings: '40',
      Attended: '34 85% of bookings',
      'Mean confidence change': '+1.8 points more confident',
    });
  });

  it('lists each module’s confidence change and each service’s coverage as "n of m"', () => {
    const [modules, coverage] = [...host.querySelectorAll('table')];
    expect(
      host.querySelector(`#${modules.getAttribute('aria-labelledby')}`)
        ?.textContent,
    ).toBe('By module');
    expect(tableRows(modules)).toEqual([
      ['Choosing modules with patients', '4', '25', '+2.1'],
      ['Troubleshooting log-ins', '2', '9', '—'],
    ]);
    expect(
      host.querySelector(`#${coverage.getAttribute('aria-labelledby')}`)
        ?.textContent,
    ).toBe('Core induction coverage');
    expect(tableRows(coverage)).toEqual([
      ['North', '9 of 12 (75%)'],
      ['South', '0 of 0'],
    ]);
  });

  it('keeps what it shows when a live refresh fails', async () => {
    live.emit({ type: 'training.changed', id: 'ts-1' });
    await wait(20);
    http
      .expectOne(URL)
      .flush(null, { status: 503, statusText: 'Service Unavailable' });
    await fixture.whenStable();
    expect(host.querySelector('nd-error-banner')).toBeNull();
    expect(host.querySelectorAll('table')).toHaveLength(2);
  });

  it('does not refresh a window that ended before today', async () => {
    fixture.componentRef.setInput('filters', {
      ...FILTERS,
      from: '2025-01-01',
      to: '2025-04-01',
    });
    await fixture.whenStable();
    http
      .expectOne('/api/reports/training?from=2025-01-01&to=2025-03-31')
      .flush(trainingReport({ modules: [] }));
    await fixture.whenStable();
    expect(text(host)).toContain('No sessions ran in this period.');
    live.emit({ type: 'training.changed', id: 'ts-1' });
    await wait(20);
    http.expectNone(() => true);
  });
});
