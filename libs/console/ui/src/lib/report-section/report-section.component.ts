import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  ViewEncapsulation,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { ErrorBannerComponent } from '../error-banner/error-banner.component';
import { LoadingIndicatorComponent } from '../loading-indicator/loading-indicator.component';

/**
 * One report: a `section` (a region) named by its `h2`, its actions on the right (`[ndReportActions]`,
 * e.g. the CSV export), and its loading and error (with "Try again") states; the figures, the chart
 * and its table are projected. Its styles are not encapsulated so the figures and tables of every
 * report (`.nd-report-*`) look the same.
 */
@Component({
  selector: 'nd-report-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  imports: [MatButton, ErrorBannerComponent, LoadingIndicatorComponent],
  template: `
    <section
      class="nd-report-section"
      [attr.aria-labelledby]="headingId()"
      [attr.data-testid]="'report-' + name()"
    >
      <div class="nd-report-section__head">
        <div>
          <h2 class="nd-report-section__title" [id]="headingId()">
            {{ heading() }}
          </h2>
          @if (lead()) {
            <p class="nd-report-section__lead">{{ lead() }}</p>
          }
        </div>
        <ng-content select="[ndReportActions]" />
      </div>
      @if (error(); as message) {
        <nd-error-banner
          [heading]="heading() + ' could not be loaded'"
          [message]="message"
        >
          <button
            mat-stroked-button
            type="button"
            class="nd-report-section__retry"
            (click)="retry.emit()"
          >
            Try again
          </button>
        </nd-error-banner>
      } @else if (loading()) {
        <nd-loading-indicator [label]="'Loading ' + loadingName() + '…'" />
      } @else {
        <ng-content />
      }
    </section>
  `,
  styles: `
    nd-report-section,
    .nd-report-section {
      display: block;
    }
    .nd-report-section {
      margin-bottom: 24px;
      padding: 20px 24px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
    }
    .nd-report-section__head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: flex-start;
      gap: 12px;
      margin-bottom: 12px;
    }
    .nd-report-section__title {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .nd-report-section__lead,
    .nd-report-muted {
      margin: 4px 0 0;
      color: var(--nd-text-secondary);
      max-width: 70ch;
    }
    .nd-report-section__retry {
      margin-top: 12px;
    }
    .nd-report-section h3 {
      margin: 20px 0 8px;
      font: var(--mat-sys-title-medium);
    }
    .nd-report-figures {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(150px, 1fr));
      gap: 12px;
      margin: 0 0 16px;
    }
    .nd-report-figures > div {
      padding: 10px 12px;
      border-radius: 8px;
      background: var(--nd-page-background);
    }
    .nd-report-figures dt {
      font: var(--mat-sys-label-large);
      color: var(--nd-text-secondary);
    }
    .nd-report-figures dd {
      margin: 4px 0 0;
      font: var(--mat-sys-headline-small);
    }
    .nd-report-figures dd small {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--nd-text-secondary);
    }
    .nd-report-section .mat-mdc-cell.num,
    .nd-report-section .mat-mdc-header-cell.num {
      text-align: right;
    }
    .nd-report-note {
      font-size: 0.875rem;
      color: var(--nd-text-secondary);
    }
  `,
})
export class ReportSectionComponent {
  readonly heading = input.required<string>();
  readonly lead = input<string>();
  /** A short stable name ("operations"): the section's test id `report-<name>` and its heading's id. */
  readonly name = input.required<string>();
  readonly loading = input(false);
  readonly error = input<string | null>(null);
  readonly retry = output<void>();

  readonly headingId = computed(() => `report-${this.name()}-heading`);
  readonly loadingName = computed(() => this.heading().toLowerCase());
}
