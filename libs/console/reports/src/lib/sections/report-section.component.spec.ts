import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import { setUpReports, text } from '../testing/report-testing';
import { ReportSectionComponent } from './report-section.component';

@Component({
  imports: [ReportSectionComponent],
  template: `<nd-report-section
    heading="Operations"
    report="operations"
    lead="Tickets open now."
    [exportParams]="{ from: '2026-01-05', to: '2026-03-30' }"
    [loading]="loading()"
    [error]="error()"
    (retry)="retries = retries + 1"
  >
    <p class="body">The report</p>
  </nd-report-section>`,
})
class HostComponent {
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  retries = 0;
}

describe('ReportSectionComponent', () => {
  let fixture: ComponentFixture<HostComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    setUpReports();
    fixture = TestBed.createComponent(HostComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => TestBed.inject(SessionStore).clear());

  it('is a section (a region) named by its h2, with its lead and export', () => {
    const region = host.querySelector(
      'nd-report-section > section',
    ) as HTMLElement;
    expect(region.getAttribute('data-testid')).toBe('report-operations');
    const heading = host.querySelector(
      `#${region.getAttribute('aria-labelledby')}`,
    );
    expect(heading?.tagName).toBe('H2');
    expect(text(heading)).toBe('Operations');
    expect(text(region)).toContain('Tickets open now.');
    expect(
      host
        .querySelector('[data-testid="export-csv"]')
        ?.getAttribute('aria-label'),
    ).toBe('Export CSV: Operations');
  });

  it('shows loading, then the report, or the error with a retry', async () => {
    expect(text(host)).toContain('Loading operations…');
    expect(host.querySelector('.body')).toBeNull();

    fixture.componentInstance.loading.set(false);
    await fixture.whenStable();
    expect(text(host.querySelector('.body'))).toBe('The report');

    fixture.componentInstance.error.set('Navdesk could not be reached.');
    await fixture.whenStable();
    expect(host.querySelector('.body')).toBeNull();
    const banner = host.querySelector('nd-error-banner') as HTMLElement;
    expect(text(banner)).toContain('Operations could not be loaded');
    (banner.querySelector('button') as HTMLButtonElement).click();
    expect(fixture.componentInstance.retries).toBe(1);
  });
});
