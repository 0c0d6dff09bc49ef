import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { PatientEngagementApi, toApiError } from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import { isRole, PatientAccessEntry, ROLE_LABELS } from '@navdesk/contracts';

/** Navigators: who looked at this patient's data, and when — read only when asked for. */
@Component({
  selector: 'nd-access-log-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    MatButton,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
  ],
  host: {
    role: 'region',
    'aria-labelledby': 'access-heading',
    'data-testid': 'access-log-panel',
  },
  template: `
    <div class="head">
      <h2 id="access-heading">Who looked at this patient</h2>
      <button
        mat-stroked-button
        type="button"
        data-testid="show-access-log"
        [disabled]="loading()"
        (click)="load()"
      >
        {{ entries() === null ? 'Show the log' : 'Refresh the log' }}
      </button>
    </div>
    <p class="hint">Every read of this patient's data is recorded.</p>
    @if (error(); as message) {
      <nd-error-banner
        heading="The access log could not be loaded"
        [message]="message"
      />
    }
    @if (loading()) {
      <nd-loading-indicator label="Loading the access log…" />
    } @else if (entries(); as list) {
      @if (list.length === 0) {
        <p class="muted">Nobody has looked at this patient yet.</p>
      } @else {
        <div
          class="scroll"
          tabindex="0"
          role="region"
          aria-label="Access log entries"
        >
          <table class="log" data-testid="access-log">
            <caption class="visually-hidden">
              Who looked at this patient, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              @for (entry of list; track $index) {
                <tr>
                  <td>
                    <time [attr.datetime]="entry.at">{{
                      entry.at | ukDate: 'd MMM y, HH:mm'
                    }}</time>
                  </td>
                  <td>
                    {{ entry.actor }}
                    @if (roleLabel(entry); as role) {
                      <span class="muted">({{ role }})</span>
                    }
                  </td>
                  <td>{{ entry.action }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    }
  `,
  styleUrl: './records-panel.scss',
})
export class AccessLogPanelComponent {
  readonly #api = inject(PatientEngagementApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly patientRef = input.required<string>();
  readonly entries = signal<PatientAccessEntry[] | null>(null);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);

  constructor() {
    // Another patient: forget the last one's log.
    effect(() => {
      this.patientRef();
      this.entries.set(null);
    });
  }

  roleLabel(entry: PatientAccessEntry): string | null {
    return entry.role && isRole(entry.role)
      ? ROLE_LABELS[entry.role]
      : entry.role;
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.#api
      .accessLog(this.patientRef())
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (entries) => {
          this.entries.set(entries);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.error.set(toApiError(error).message);
        },
      });
  }
}
