import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import { operationsReport } from '../testing/report-fixtures';
import {
  figures,
  FILTERS,
  setUpReports,
  tableRows,
  text,
  WINDOW_QUERY,
} from '../testing/report-testing';
import { OperationsSectionComponent } from './operations-section.component';

describe('OperationsSectionComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<OperationsSectionComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    setUpReports();
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OperationsSectionComponent);
    fixture.componentRef.setInput('filters', FILTERS);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http
      .expectOne(`/api/reports/operations?${WINDOW_QUERY}`)
      .flush(operationsReport());
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  const service = (id: string) =>
    host.querySelector(`[data-service-id="${id}"]`) as HTMLElement;

  it('shows each service’s backlog and SLA met', () => {
    expect(text(host.querySelector('h2'))).toBe('Operations');
    const north = service('s-1');
    expect(text(north.querySelector('h3'))).toBe('North');
    expect(figures(north.querySelector('dl'))).toEqual({
      'Backlog (open now)': '7',
      Created: '40',
      Resolved: '36',
      'SLA met': '92%',
    });
    expect(text(service('s-2').querySelector('[data-testid="ops-sla"]'))).toBe(
      '— none resolved',
    );
  });

  it('lists medians by priority in hours and minutes, P1 first', () => {
    const table = service('s-1').querySelector('table') as HTMLTableElement;
    expect(table.getAttribute('aria-label')).toBe('Tickets by priority, North');
    expect([...table.querySelectorAll('th')].map((th) => text(th))).toEqual([
      'Priority',
      'Open now',
      'Resolved',
      'SLA met',
      'Median first response',
      'Median resolution',
    ]);
    expect(tableRows(table)).toEqual([
      ['P1 · urgent', '1', '4', '75%', '25 min', '2 h 15 min'],
      ['P3 · normal', '6', '0', '—', '—', '—'],
    ]);
    expect(service('s-2').querySelector('table')).toBeNull();
  });
});
