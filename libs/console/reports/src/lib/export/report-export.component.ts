import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  InjectionToken,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { exhaustMap, Subscription, switchMap, takeWhile, timer } from 'rxjs';
import { ReportsApi, toApiError } from '@navdesk/console/data-access';
import { ErrorBannerComponent, formatLondon } from '@navdesk/console/ui';
import type { ReportExportView, ReportName } from '@navdesk/contracts';

/** How often an export's progress is read; tests shorten it. */
export const REPORT_EXPORT_POLL_MS = new InjectionToken<number>(
  'REPORT_EXPORT_POLL_MS',
  { providedIn: 'root', factory: () => 500 },
);

type ExportState =
  | { step: 'idle' }
  | { step: 'working'; progress: number }
  | { step: 'done'; view: ReportExportView & { downloadUrl: string } }
  | { step: 'failed'; message: string };

function isFinished(view: ReportExportView): boolean {
  return view.status === 'done' || view.status === 'failed';
}

/**
 * "Export CSV" for one report: queues the export, shows its progress (read every ~500 ms), then a
 * "Download CSV" link that works until it expires (the bar stays, full, beside it). Polling stops when the export ends, the
 * filters change or the page is left.
 */
@Component({
  selector: 'nd-report-export',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatAnchor, MatProgressBar, ErrorBannerComponent],
  host: { class: 'nd-report-export' },
  template: `
    <button
      mat-stroked-button
      type="button"
      data-testid="export-csv"
      [attr.aria-label]="'Export CSV: ' + section()"
      [disabled]="state().step === 'working'"
      (click)="start()"
    >
      Export CSV
    </button>

    @let s = state();
    @if (s.step === 'working' || s.step === 'done') {
      <mat-progress-bar
        class="bar"
        mode="determinate"
        aria-label="Export progress"
        [value]="s.step === 'done' ? 100 : s.progress"
      />
    }
    @if (s.step === 'done') {
      <div class="ready">
        <a
          mat-flat-button
          data-testid="download-csv"
          [href]="s.view.downloadUrl"
          [attr.download]="fileName()"
          [attr.aria-describedby]="expiryId()"
          >Download CSV</a
        >
        <span class="expiry" [id]="expiryId()">{{ readyText(s.view) }}</span>
      </div>
    }
    @if (s.step === 'failed') {
      <nd-error-banner heading="The export failed" [message]="s.message" />
    }
    <p class="status" role="status" data-testid="export-status">
      {{ statusText() }}
    </p>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      gap: 8px;
      min-width: 220px;
    }
    .bar {
      width: 220px;
    }
    .ready {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: flex-end;
      gap: 8px;
    }
    .expiry,
    .status {
      font-size: 0.875rem;
      color: var(--nd-text-secondary);
    }
    .status {
      margin: 0;
      min-height: 1.25em;
    }
    .status:empty {
      min-height: 0;
    }
    nd-error-banner {
      margin: 0;
    }
  `,
})
export class ReportExportComponent {
  readonly #api = inject(ReportsApi);
  readonly #pollMs = inject(REPORT_EXPORT_POLL_MS);
  readonly #destroyRef = inject(DestroyRef);

  readonly report = input.required<ReportName>();
  /** The report's query: from, to, serviceId and, for trends, interval and groupBy. */
  readonly params = input.required<Record<string, string>>();
  /** The section's heading, e.g. "Operations": names the button for screen readers. */
  readonly section = input.required<string>();

  readonly state = signal<ExportState>({ step: 'idle' });
  readonly expiryId = computed(() => `export-expiry-${this.report()}`);
  readonly fileName = computed(() => {
    const p = this.params();
    return `${this.report()}_${p['from'] ?? ''}_${p['to'] ?? ''}.csv`;
  });
  readonly statusText = computed(() => {
    const s = this.state();
    switch (s.step) {
      case 'working':
        return `Preparing… ${s.progress}%`;
      case 'done':
        return `${this.section()} CSV ready: ${this.rowsText(s.view.rows)}.`;
      default:
        return '';
    }
  });

  #poll: Subscription | null = null;

  constructor() {
    // An export is of the filters it was asked with: new filters put the button back.
    let first = true;
    effect(() => {
      this.params();
      untracked(() => {
        if (first) {
          first = false;
          return;
        }
        this.#stop();
        this.state.set({ step: 'idle' });
      });
    });
    this.#destroyRef.onDestroy(() => this.#stop());
  }

  start(): void {
    this.#stop();
    this.state.set({ step: 'working', progress: 0 });
    this.#poll = this.#api
      .createExport({
        report: this.report(),
        format: 'csv',
        params: this.params(),
      })
      .pipe(
        switchMap(({ id }) =>
          timer(0, this.#pollMs).pipe(
            exhaustMap(() => this.#api.exportStatus(id)),
            takeWhile((view) => !isFinished(view), true),
          ),
        ),
        takeUntilDestroyed(this.#destroyRef),
      )
      .subscribe({
        next: (view) => this.#show(view),
        error: (error: unknown) =>
          this.state.set({
            step: 'failed',
            message: toApiError(error).message,
          }),
      });
  }

  rowsText(rows: number): string {
    return `${rows} ${rows === 1 ? 'row' : 'rows'}`;
  }

  /** "12 rows; the link works until Sun 29 Mar 2026, 12:00." (UK time). */
  readyText(view: ReportExportView): string {
    const rows = this.rowsText(view.rows);
    return view.expiresAt
      ? `${rows}; the link works until ${formatLondon(view.expiresAt)}.`
      : `${rows}.`;
  }

  #show(view: ReportExportView): void {
    if (view.status === 'failed') {
      this.state.set({
        step: 'failed',
        message: view.error || 'The CSV could not be prepared. Try again.',
      });
    } else if (view.status === 'done') {
      this.state.set(
        view.downloadUrl
          ? { step: 'done', view: { ...view, downloadUrl: view.downloadUrl } }
          : {
              step: 'failed',
              message: 'The CSV was prepared but no download link came back.',
            },
      );
    } else {
      this.state.set({
        step: 'working',
        progress: Math.max(0, Math.min(100, Math.round(view.progress))),
      });
    }
  }

  #stop(): void {
    this.#poll?.unsubscribe();
    this.#poll = null;
  }
}
