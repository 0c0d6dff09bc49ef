import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  PatientEngagementApi,
  SessionStore,
  toApiError,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import { PatientTicketSummary, STATUS_LABELS } from '@navdesk/contracts';

/** Words for a ticket status the contracts name; anything else as it comes. */
export function ticketStatusLabel(status: string): string {
  return (STATUS_LABELS as Record<string, string>)[status] ?? status;
}

/** Open tickets about this patient; navigators open them in the ticket view. */
@Component({
  selector: 'nd-patient-tickets-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
  ],
  host: {
    role: 'region',
    'aria-labelledby': 'tickets-heading',
    'data-testid': 'tickets-panel',
  },
  template: `
    <h2 id="tickets-heading">Open tickets</h2>
    <p class="hint">
      Tech-support tickets about this patient still being worked on.
    </p>
    @if (error(); as message) {
      <nd-error-banner
        heading="Tickets could not be loaded"
        [message]="message"
      />
    } @else if (loading()) {
      <nd-loading-indicator label="Loading tickets…" />
    } @else if (tickets().length === 0) {
      <p class="muted">No open tickets about this patient.</p>
    } @else {
      <ul class="tickets" aria-label="Open tickets about this patient">
        @for (ticket of tickets(); track ticket.id) {
          <li data-testid="patient-ticket">
            @if (isNavigator()) {
              <a class="ref" [routerLink]="['/tickets', ticket.id]">{{
                ticket.reference
              }}</a>
            } @else {
              <span class="ref">{{ ticket.reference }}</span>
            }
            <span class="title">{{ ticket.title }}</span>
            <span class="meta">
              <span class="pill">{{ statusLabel(ticket.status) }}</span>
              raised
              <time [attr.datetime]="ticket.createdAt">{{
                ticket.createdAt | ukDate: 'd MMM y'
              }}</time>
            </span>
          </li>
        }
      </ul>
    }
  `,
  styleUrl: './records-panel.scss',
})
export class PatientTicketsPanelComponent {
  readonly #api = inject(PatientEngagementApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly patientRef = input.required<string>();
  readonly isNavigator = inject(SessionStore).isNavigator;
  readonly tickets = signal<PatientTicketSummary[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);

  constructor() {
    effect(() => {
      const ref = this.patientRef();
      untracked(() => this.#load(ref));
    });
  }

  statusLabel(status: string): string {
    return ticketStatusLabel(status);
  }

  #load(ref: string): void {
    this.loading.set(true);
    this.error.set(null);
    this.#api
      .tickets(ref)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (tickets) => {
          this.tickets.set(tickets);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.error.set(toApiError(error).message);
        },
      });
  }
}
