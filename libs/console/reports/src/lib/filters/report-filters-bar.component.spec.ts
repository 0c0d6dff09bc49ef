import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { button, FILTERS, text, TODAY } from '../testing/report-testing';
import { ReportFilters } from './report-filters';
import { ReportFiltersBarComponent } from './report-filters-bar.component';

describe('ReportFiltersBarComponent', () => {
  let fixture: ComponentFixture<ReportFiltersBarComponent>;
  let host: HTMLElement;
  let changes: ReportFilters[];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        {
          provide: MATERIAL_ANIMATIONS,
          useValue: { animationsDisabled: true },
        },
      ],
    });
    fixture = TestBed.createComponent(ReportFiltersBarComponent);
    fixture.componentRef.setInput('filters', FILTERS);
    fixture.componentRef.setInput('today', TODAY);
    fixture.componentRef.setInput('services', [
      { id: 's-1', name: 'North' },
      { id: 's-2', name: 'South' },
    ]);
    changes = [];
    fixture.componentInstance.changed.subscribe((f) => changes.push(f));
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  const field = <T extends HTMLElement>(testId: string) =>
    host.querySelector(`[data-testid="${testId}"]`) as T;
  const labelOf = (control: HTMLElement) =>
    text(host.querySelector(`label[for="${control.id}"]`));

  function change(
    control: HTMLInputElement | HTMLSelectElement,
    value: string,
  ) {
    control.value = value;
    control.dispatchEvent(new Event('change'));
  }

  it('labels every control and shows the "To" day inclusive', () => {
    const from = field<HTMLInputElement>('report-from');
    const to = field<HTMLInputElement>('report-to');
    expect(labelOf(from)).toBe('From');
    expect(labelOf(to)).toBe('To');
    expect(from.value).toBe('2026-01-05');
    expect(to.value).toBe('2026-03-29');
    expect(to.max).toBe(TODAY);
    expect(labelOf(field('report-service'))).toBe('Service');
    expect(labelOf(field('report-interval'))).toBe('Interval');
    expect(labelOf(field('report-group-by'))).toBe('Group by');
    const services = [
      ...field<HTMLSelectElement>('report-service').options,
    ].map((o) => o.text.trim());
    expect(services).toEqual(['All my services', 'North', 'South']);
    expect(
      host.querySelector('[role="group"]')?.getAttribute('aria-label'),
    ).toBe('Date range presets');
  });

  it('marks the preset in use and applies another', async () => {
    expect(button(host, 'Last 12 weeks').getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(button(host, 'Last 4 weeks').getAttribute('aria-pressed')).toBe(
      'false',
    );
    button(host, 'Last 4 weeks').click();
    button(host, 'Last 12 months').click();
    expect(changes.map(({ from, to }) => ({ from, to }))).toEqual([
      { from: '2026-03-02', to: '2026-03-30' },
      { from: '2025-03-30', to: '2026-03-30' },
    ]);
  });

  it('turns typed dates into the window, the "To" day made exclusive', () => {
    change(field('report-from'), '2026-02-01');
    change(field('report-to'), '2026-02-28');
    expect(changes).toEqual([
      { ...FILTERS, from: '2026-02-01' },
      { ...FILTERS, to: '2026-03-01' },
    ]);
  });

  it('says what is wrong with dates that cannot make a window, and keeps the filters', async () => {
    change(field('report-from'), '2026-03-30');
    await fixture.whenStable();
    const error = field('report-dates-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(text(error)).toBe('The From date must be on or before the To date.');
    change(field('report-to'), '');
    await fixture.whenStable();
    expect(text(field('report-dates-error'))).toBe('Enter a To date.');
    expect(changes).toEqual([]);

    change(field('report-from'), '2026-03-01');
    await fixture.whenStable();
    expect(field('report-dates-error')).toBeNull();
    expect(changes).toHaveLength(1);
  });

  it('chooses a service, an interval and a grouping', () => {
    change(field('report-service'), 's-2');
    change(field('report-interval'), 'month');
    change(field('report-group-by'), 'category');
    expect(changes).toEqual([
      { ...FILTERS, serviceId: 's-2' },
      { ...FILTERS, interval: 'month' },
      { ...FILTERS, groupBy: 'category' },
    ]);
  });
});
