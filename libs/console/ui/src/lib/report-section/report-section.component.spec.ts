import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ReportSectionComponent } from './report-section.component';

@Component({
  imports: [ReportSectionComponent],
  template: `<nd-report-section
    heading="Operations"
    name="operations"
    lead="Tickets open now."
    [loading]="loading()"
    [error]="error()"
    (retry)="retries = retries + 1"
  >
    <a ndReportActions href="/export">Export CSV</a>
    <p class="body">The report</p>
  </nd-report-section>`,
})
class HostComponent {
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  retries = 0;
}

const text = (element: Element | null | undefined) =>
  element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('ReportSectionComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  it('is a section (a region) named by its h2, with its lead and actions', async () => {
    const { host } = await render();
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
    expect(text(region.querySelector('.nd-report-section__head a'))).toBe(
      'Export CSV',
    );
  });

  it('shows loading, then the report, or the error with a retry', async () => {
    const { fixture, host } = await render();
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
