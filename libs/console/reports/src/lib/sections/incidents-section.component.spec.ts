import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import { incidentsReport } from '../testing/report-fixtures';
import {
  FILTERS,
  setUpReports,
  tableRows,
  text,
  WINDOW_QUERY,
} from '../testing/report-testing';
import { IncidentsSectionComponent } from './incidents-section.component';

describe('IncidentsSectionComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<IncidentsSectionComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    setUpReports();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(IncidentsSectionComponent);
    fixture.componentRef.setInput('filters', FILTERS);
    fixture.componentRef.setInput(
      'serviceNames',
      new Map([
        ['s-1', 'North'],
        ['s-2', 'South'],
      ]),
    );
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  it('lists the top ten incidents, most tickets first, each linking to the incident', async () => {
    http
      .expectOne(`/api/reports/incidents?${WINDOW_QUERY}&limit=10`)
      .flush(incidentsReport());
    await fixture.whenStable();

    expect(text(host.querySelector('h2'))).toBe('Top recurring incidents');
    const table = host.querySelector('table') as HTMLTableElement;
    expect(table.getAttribute('aria-label')).toBe(
      'Top recurring incidents, most tickets first',
    );
    expect(
      [...table.querySelectorAll('th')].every(
        (th) => th.getAttribute('scope') === 'col',
      ),
    ).toBe(true);
    expect(tableRows(table)).toEqual([
      [
        'Reminders arrive at 3am',
        '14',
        'North',
        'Functionality',
        'Notifications',
        'Not fixable (needs vendor)',
        'Open',
        'Fri 27 Mar 2026',
      ],
      [
        'Module 3 will not open on Android',
        '6',
        'South',
        '—',
        'App crash',
        'Fixable',
        'Resolved',
        'Fri 20 Feb 2026',
      ],
    ]);
    expect(table.querySelector('a')?.getAttribute('href')).toBe(
      '/incidents/inc-1',
    );
  });

  it('says when nothing recurred', async () => {
    http
      .expectOne(`/api/reports/incidents?${WINDOW_QUERY}&limit=10`)
      .flush(incidentsReport({ incidents: [] }));
    await fixture.whenStable();
    expect(host.querySelector('table')).toBeNull();
    expect(text(host.querySelector('[data-testid="incidents-empty"]'))).toBe(
      'No recurring incidents in this period.',
    );
  });

  it('does not ask again when only the trends’ interval changes', async () => {
    http
      .expectOne(`/api/reports/incidents?${WINDOW_QUERY}&limit=10`)
      .flush(incidentsReport());
    fixture.componentRef.setInput('filters', { ...FILTERS, interval: 'day' });
    await fixture.whenStable();
    http.expectNone(() => true);
  });
});
