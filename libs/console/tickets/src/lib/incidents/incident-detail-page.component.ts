import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { filter, Observable, switchMap } from 'rxjs';
import {
  errorStatus,
  IncidentDetail,
  IncidentsApi,
  SessionStore,
  TicketsApi,
  toApiError,
} from '@navdesk/console/data-access';
import { confirmAction, ErrorBannerComponent, FIXABILITY_LABELS, INCIDENT_STATUS_LABELS, LoadingIndicatorComponent, UkDatePipe } from '@navdesk/console/ui';
import {
  CATEGORY_LABELS,
  FIXABILITIES,
  Fixability,
  IncidentView,
  THEME_LABELS,
  TicketView,
} from '@navdesk/contracts';
import { StatusChipComponent } from '../ticket-badges/status-chip.component';
import { isOpen } from '../ticket-status';

const STALE_MESSAGE =
  'Someone else changed this incident — it has been reloaded; try again.';

@Component({
  selector: 'nd-incident-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    MatTableModule,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    StatusChipComponent,
  ],
  templateUrl: './incident-detail-page.component.html',
  styleUrl: './incident-detail-page.component.scss',
})
export class IncidentDetailPageComponent {
  readonly #incidents = inject(IncidentsApi);
  readonly #tickets = inject(TicketsApi);
  readonly #dialog = inject(MatDialog);
  readonly #snackBar = inject(MatSnackBar);
  readonly #destroyRef = inject(DestroyRef);

  readonly id = input.required<string>();

  readonly isNavigator = inject(SessionStore).isNavigator;
  readonly incident = signal<IncidentDetail | null>(null);
  readonly others = signal<IncidentView[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly actionError = signal<string | null>(null);
  readonly busy = signal(false);
  readonly mergeSource = signal<string | null>(null);

  readonly columns = computed(() =>
    this.isNavigator()
      ? ['reference', 'status', 'reporter', 'move']
      : ['reference', 'status', 'reporter'],
  );
  readonly openTickets = computed(
    () => this.incident()?.tickets.filter(isOpen).length ?? 0,
  );
  readonly mergeChoices = computed(() => {
    const incident = this.incident();
    return this.others().filter(
      (other) =>
        incident !== null &&
        other.id !== incident.id &&
        other.serviceId === incident.serviceId &&
        other.status === 'open',
    );
  });

  readonly categoryLabels = CATEGORY_LABELS;
  readonly themeLabels = THEME_LABELS;
  readonly fixabilities = FIXABILITIES;
  readonly fixabilityLabels = FIXABILITY_LABELS;
  readonly statusLabels = INCIDENT_STATUS_LABELS;

  constructor() {
    effect(() => {
      this.id();
      untracked(() => this.load());
    });
    if (this.isNavigator()) {
      this.#incidents
        .list({ status: 'open' }, { limit: 200 })
        .pipe(takeUntilDestroyed())
        .subscribe({
          next: (page) => this.others.set(page.items),
          error: () => undefined,
        });
    }
  }

  load(quiet = false): void {
    if (!quiet) this.loading.set(true);
    this.error.set(null);
    this.#incidents
      .get(this.id())
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (incident) => {
          this.incident.set(incident);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.error.set(toApiError(error).message);
        },
      });
  }

  setFixability(fixability: Fixability): void {
    const incident = this.incident();
    if (!incident || incident.fixability === fixability) return;
    this.#run(
      this.#incidents.update(incident.id, {
        version: incident.version,
        fixability,
      }),
      `Marked ${FIXABILITY_LABELS[fixability].toLowerCase()}`,
    );
  }

  resolve(): void {
    const incident = this.incident();
    if (!incident) return;
    const n = this.openTickets();
    confirmAction(this.#dialog, {
      title: 'Resolve this incident?',
      message: `This resolves its ${n} open ${n === 1 ? 'ticket' : 'tickets'} and tells their reporters.`,
      confirm: 'Resolve incident',
    })
      .pipe(filter(Boolean), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() =>
        this.#run(
          this.#incidents.update(incident.id, {
            version: incident.version,
            status: 'resolved',
          }),
          'Incident resolved',
        ),
      );
  }

  merge(): void {
    const incident = this.incident();
    const sourceId = this.mergeSource();
    const source = this.others().find((o) => o.id === sourceId);
    if (!incident || !source) return;
    confirmAction(this.#dialog, {
      title: 'Merge incidents?',
      message: `“${source.title}” and its ${source.ticketCount} tickets move into this incident, and it is closed.`,
      confirm: 'Merge',
    })
      .pipe(filter(Boolean), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => {
        this.#run(
          this.#incidents.merge(incident.id, {
            version: incident.version,
            sourceIncidentId: source.id,
          }),
          'Incidents merged',
        );
        this.others.update((all) => all.filter((o) => o.id !== source.id));
        this.mergeSource.set(null);
      });
  }

  /** Moves one ticket into another incident (or out of any). */
  moveTicket(ticket: TicketView, incidentId: string | null): void {
    if (incidentId === ticket.incidentId) return;
    this.busy.set(true);
    this.actionError.set(null);
    this.#tickets
      .update(ticket.id, { version: ticket.version, incidentId })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: () => {
          this.busy.set(false);
          this.#snackBar.open(`${ticket.reference} moved`, 'OK', {
            duration: 4000,
          });
          this.load(true);
        },
        error: (error: unknown) => this.#failed(error),
      });
  }

  #run(call: Observable<unknown>, done: string): void {
    this.busy.set(true);
    this.actionError.set(null);
    call
      .pipe(
        switchMap(() => this.#incidents.get(this.id())),
        takeUntilDestroyed(this.#destroyRef),
      )
      .subscribe({
        next: (incident) => {
          this.busy.set(false);
          this.incident.set(incident);
          this.#snackBar.open(done, 'OK', { duration: 4000 });
        },
        error: (error: unknown) => this.#failed(error),
      });
  }

  #failed(error: unknown): void {
    this.busy.set(false);
    if (errorStatus(error) === 409) {
      this.actionError.set(STALE_MESSAGE);
      this.load(true);
    } else {
      this.actionError.set(toApiError(error).message);
    }
  }
}
