import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import type { FakeChartRenderer } from '@navdesk/console/ui/chart';
import { engagementReport } from '../testing/report-fixtures';
import {
  figures,
  FILTERS,
  setUpReports,
  tableRows,
  text,
  WINDOW_QUERY,
} from '../testing/report-testing';
import { EngagementSectionComponent } from './engagement-section.component';

const HIDDEN = 'fewer than 5, hidden to protect privacy';

describe('EngagementSectionComponent', () => {
  let http: HttpTestingController;
  let charts: FakeChartRenderer;
  let fixture: ComponentFixture<EngagementSectionComponent>;
  let host: HTMLElement;

  async function render(report = engagementReport()): Promise<void> {
    ({ charts } = setUpReports());
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EngagementSectionComponent);
    fixture.componentRef.setInput('filters', FILTERS);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(`/api/reports/engagement?${WINDOW_QUERY}`).flush(report);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  it('shows the figures, a hidden count as "<5" with its reason, never a number', async () => {
    await render();
    expect(text(host.querySelector('h2'))).toBe('Engagement');
    const shown = figures(
      host.querySelector('[data-testid="engagement-figures"]'),
    );
    expect(shown).toMatchObject({
      Patients: '212',
      'Active patients': '148 logged in at least once',
      'Modules completed': '390',
      'Module completion': '63% of modules started',
      'Reminders lowered': '12',
    });
    const resets = host.querySelector(
      '[data-testid="engagement-resets"]',
    ) as HTMLElement;
    expect(
      resets.querySelector('[aria-hidden="true"]')?.textContent?.trim(),
    ).toBe('<5');
    expect(text(resets.querySelector('.cdk-visually-hidden'))).toBe(HIDDEN);
  });

  it('lists flags raised and cleared, small counts hidden', async () => {
    await render();
    const table = host.querySelector('table[mat-table]') as HTMLTableElement;
    expect(
      host.querySelector(`#${table.getAttribute('aria-labelledby')}`)
        ?.textContent,
    ).toBe('Flags raised and cleared');
    const rows = tableRows(table);
    expect(rows[0]).toEqual(['No log-in', '31', '22']);
    expect(rows[1]).toEqual(['Mood drop', `<5${HIDDEN}`, `<5${HIDDEN}`]);
  });

  it('charts each week, leaving hidden counts as gaps and saying so', async () => {
    await render();
    const chart = charts.drawn[0];
    expect(chart.kind).toBe('line');
    expect(chart.data.labels).toEqual(['16 Mar', '23 Mar']);
    const active = chart.data.series[0];
    expect(active.label).toBe('Active patients');
    expect(active.values).toEqual([97, null]);
    expect(chart.data.series[1].values).toEqual([41, null]);
    expect(chart.data.series[3].values).toEqual([5, 0]);

    const table = host.querySelector(
      '[data-testid="chart-table"]',
    ) as HTMLElement;
    const secondWeek = table.querySelectorAll('tbody tr')[1];
    const cell = secondWeek.querySelectorAll('td')[0];
    expect(
      cell.querySelector('[aria-hidden="true"]')?.textContent?.trim(),
    ).toBe('<5');
    expect(cell.textContent).toContain(HIDDEN);
    expect(
      text(host.querySelector('[data-testid="hidden-count-note"]')),
    ).toContain(
      'Counts of fewer than 5 patients are hidden to protect privacy',
    );
  });

  it('adds no note when nothing is hidden', async () => {
    await render(
      engagementReport({
        resetsCompleted: 9,
        flags: [],
        weeks: [
          {
            start: '2026-03-23',
            activePatients: 40,
            modulesCompleted: 12,
            flagsRaised: 6,
            flagsCleared: 5,
          },
        ],
      }),
    );
    expect(host.querySelector('[data-testid="hidden-count-note"]')).toBeNull();
    expect(text(host)).toContain('No flags in this period.');
  });
});
