import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideUkDatepicker } from '@navdesk/console/ui';
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
        provideUkDatepicker(),
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

  /** Types into a field (a datepicker reads on input) and leaves it, or picks an option. */
  function change(
    control: HTMLInputElement | HTMLSelectElement,
    value: string,
  ) {
    control.value = value;
    if (control instanceof HTMLInputElement) {
      control.dispatchEvent(new Event('input'));
    }
    control.dispatchEvent(new Event('change'));
  }

  it('labels every control and shows the "To" day inclusive, as DD/MM/YYYY', () => {
    const from = field<HTMLInputElement>('report-from');
    const to = field<HTMLInputElement>('report-to');
    expect(labelOf(from)).toBe('From');
    expect(labelOf(to)).toBe('To');
    expect(from.value).toBe('05/01/2026');
    expect(to.value).toBe('29/03/2026');
    expect(to.max).toBe(TODAY);
    const hintOf = (control: HTMLElement) =>
      (control.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .map((id) => text(host.querySelector(`[id="${id}"]`)))
        .join(' ');
    expect(hintOf(from)).toBe('DD/MM/YYYY');
    expect(hintOf(to)).toBe('DD/MM/YYYY, up to and including this day');
    expect(
      [...host.querySelectorAll('mat-datepicker-toggle button')].map((b) =>
        b.getAttribute('aria-label'),
      ),
    ).toEqual(['Choose the From date', 'Choose the To date']);
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

  it('shows 10 September as 10/09/2026, and reads 10/09/2026 as 10 September', async () => {
    fixture.componentRef.setInput('today', '2026-10-01');
    fixture.componentRef.setInput('filters', {
      ...FILTERS,
      from: '2026-09-10',
      to: '2026-10-01',
    });
    await fixture.whenStable();
    const from = field<HTMLInputElement>('report-from');
    expect(from.value).toBe('10/09/2026');
    expect(field<HTMLInputElement>('report-to').value).toBe('30/09/2026');

    change(from, '01/09/2026');
    change(field('report-to'), '10/09/2026');
    expect(changes.map(({ from, to }) => ({ from, to }))).toEqual([
      { from: '2026-09-01', to: '2026-10-01' },
      // "To" is inclusive on screen, exclusive in the filters (and the URL).
      { from: '2026-09-10', to: '2026-09-11' },
    ]);
  });

  it('opens a Monday-first calendar', async () => {
    host
      .querySelector<HTMLButtonElement>(
        'mat-datepicker-toggle button[aria-label="Choose the From date"]',
      )
      ?.click();
    await fixture.whenStable();
    const days = [
      ...document.querySelectorAll('.mat-calendar-table-header th'),
    ].map((th) => text(th.querySelector('.cdk-visually-hidden')));
    expect(days.slice(0, 2)).toEqual(['Monday', 'Tuesday']);
    expect(days[6]).toBe('Sunday');
    document.querySelector('.cdk-overlay-container')?.remove();
  });

  it('turns typed dates into the window, the "To" day made exclusive', () => {
    change(field('report-from'), '01/02/2026');
    change(field('report-to'), '28/02/2026');
    expect(changes).toEqual([
      { ...FILTERS, from: '2026-02-01' },
      { ...FILTERS, to: '2026-03-01' },
    ]);
  });

  it('says what is wrong with dates that cannot make a window, and keeps the filters', async () => {
    change(field('report-from'), '30/03/2026');
    await fixture.whenStable();
    const error = field('report-dates-error');
    expect(error.getAttribute('role')).toBe('alert');
    expect(text(error)).toBe('The From date must be on or before the To date.');
    change(field('report-to'), '');
    await fixture.whenStable();
    expect(text(field('report-dates-error'))).toBe('Enter a To date.');
    expect(changes).toEqual([]);

    change(field('report-from'), '31/02/2026');
    await fixture.whenStable();
    expect(text(field('report-dates-error'))).toBe('Enter a From date.');

    change(field('report-from'), '01/03/2026');
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
