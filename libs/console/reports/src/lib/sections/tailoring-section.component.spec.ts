import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeLiveEvents, SessionStore } from '@navdesk/console/data-access';
import { tailoringReport } from '../testing/report-fixtures';
import {
  FILTERS,
  setUpReports,
  text,
  wait,
  WINDOW_QUERY,
} from '../testing/report-testing';
import { TailoringSectionComponent } from './tailoring-section.component';

/** What a sighted reader sees in each cell: the "<5" without its screen-reader words. */
function visibleRows(table: Element): string[][] {
  return [...table.querySelectorAll('tbody tr')].map((row) =>
    [...row.children].map((cell) => {
      const shown = cell.querySelector('[aria-hidden="true"]');
      return text(shown ?? cell);
    }),
  );
}

describe('TailoringSectionComponent', () => {
  let http: HttpTestingController;
  let live: FakeLiveEvents;
  let fixture: ComponentFixture<TailoringSectionComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    ({ live } = setUpReports());
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TailoringSectionComponent);
    fixture.componentRef.setInput('filters', { ...FILTERS, serviceId: 's-1' });
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  it('lists requests by action and decision, and the modules most asked to skip', async () => {
    http
      .expectOne(`/api/reports/tailoring?${WINDOW_QUERY}&serviceId=s-1`)
      .flush(tailoringReport());
    await fixture.whenStable();

    expect(text(host.querySelector('h2'))).toBe('Tailoring');
    const [actions, skipped] = [...host.querySelectorAll('table')];
    expect([...actions.querySelectorAll('th')].map((th) => text(th))).toEqual([
      'Action',
      'Requested',
      'Approved',
      'Declined',
      'Pending',
    ]);
    expect(visibleRows(actions)).toEqual([
      ['Skip a module', '18', '11', '5', '<5'],
      ['Replace a module with another', '7', '<5', '<5', '0'],
      ['Add a module', '0', '0', '0', '0'],
    ]);
    expect(
      host.querySelector(`#${skipped.getAttribute('aria-labelledby')}`)
        ?.textContent,
    ).toBe('Modules most asked to skip');
    expect(visibleRows(skipped)).toEqual([
      ['Problem solving', '9'],
      ['Thoughts and feelings', '<5'],
    ]);
  });

  it('says when no module was asked to be skipped', async () => {
    http
      .expectOne(`/api/reports/tailoring?${WINDOW_QUERY}&serviceId=s-1`)
      .flush(tailoringReport({ topSkipped: [] }));
    await fixture.whenStable();
    expect(host.querySelectorAll('table')).toHaveLength(1);
    expect(text(host)).toContain(
      'No module was asked to be skipped or replaced in this period.',
    );
  });

  it('reads the report again when a tailoring request changes', async () => {
    const url = `/api/reports/tailoring?${WINDOW_QUERY}&serviceId=s-1`;
    http.expectOne(url).flush(tailoringReport({ topSkipped: [] }));
    await fixture.whenStable();
    expect(text(host)).toContain(
      'No module was asked to be skipped or replaced in this period.',
    );

    live.emit({ type: 'tailoring.changed', id: 'tr-1' });
    await wait(20);
    http.expectOne(url).flush(tailoringReport());
    await fixture.whenStable();
    expect(host.querySelectorAll('table')).toHaveLength(2);
    expect(text(host)).not.toContain('No module was asked to be skipped');
  });
});
