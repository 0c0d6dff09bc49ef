import { ChangeDetectionStrategy, Component, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { LoginResetsApi, toApiError } from '@navdesk/console/data-access';
import { UkDatePipe } from '@navdesk/console/ui';
import { AuditTrailEntry } from '@navdesk/contracts';

/** What the audit log says about one reset, loaded when a navigator asks (the read is audited too). */
@Component({
  selector: 'nd-reset-audit-trail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [UkDatePipe, MatButton],
  template: `
    @if (entries(); as rows) {
      <h3 class="sub">Audit trail</h3>
      <ol class="audit" aria-label="Reset audit trail" data-testid="reset-audit-trail">
        @for (row of rows; track $index) {
          <li>
            <time [attr.datetime]="row.at">{{ row.at | ukDate: 'd MMM, HH:mm:ss' }}</time>
            <span>{{ row.action }}</span>
            <span>{{ row.actor ?? row.actorType }}</span>
            @if (row.outcome !== 'success') {
              <strong>{{ row.outcome }}</strong>
            }
          </li>
        }
      </ol>
    } @else {
      <button mat-button type="button" data-testid="show-audit-trail" [disabled]="loading()" (click)="load()">
        {{ loading() ? 'Loading…' : 'Show audit trail' }}
      </button>
      @if (error(); as message) {
        <p role="alert">{{ message }}</p>
      }
    }
  `,
  styles: `
    .audit { list-style: none; padding: 0; margin: 0; font-size: 0.875rem; }
    .audit li { display: grid; grid-template-columns: 8rem 1fr 1fr auto; gap: 0.5rem; padding: 0.25rem 0; border-bottom: 1px solid var(--mat-sys-outline-variant, #ddd); }
    .sub { font-size: 0.875rem; font-weight: 500; margin: 1rem 0 0.5rem; }
  `,
})
export class ResetAuditTrailComponent {
  readonly #resets = inject(LoginResetsApi);
  readonly resetId = input.required<string>();
  readonly entries = signal<AuditTrailEntry[] | null>(null);
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);

  constructor() {
    // Another reset on screen: hide the trail of the previous one.
    effect(() => {
      this.resetId();
      untracked(() => this.entries.set(null));
    });
  }

  load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.#resets.auditTrail(this.resetId()).subscribe({
      next: (rows) => {
        this.entries.set(rows);
        this.loading.set(false);
      },
      error: (e: unknown) => {
        this.error.set(`The audit trail could not be loaded: ${toApiError(e).message}`);
        this.loading.set(false);
      },
    });
  }
}
