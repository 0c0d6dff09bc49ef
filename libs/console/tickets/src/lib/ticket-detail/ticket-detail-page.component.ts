import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  OnInit,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { debounceTime, filter } from 'rxjs';
import {
  IncidentsApi,
  LiveEventsService,
  NavigatorsApi,
  SessionStore,
  TicketsApi,
  toApiError,
} from '@navdesk/console/data-access';
import { ErrorBannerComponent, FIXABILITY_LABELS, KIND_LABELS, LoadingIndicatorComponent, SEVERITY_LABELS, UkDatePipe } from '@navdesk/console/ui';
import {
  CATEGORY_LABELS,
  IncidentView,
  NavigatorView,
  THEME_LABELS,
  TicketDetail,
  TicketView,
  TimelineEntry,
} from '@navdesk/contracts';
import { clock } from '../ticket-badges/clock';
import { PriorityChipComponent } from '../ticket-badges/priority-chip.component';
import { RiskBadgeComponent } from '../ticket-badges/risk-badge.component';
import { SlaBadgeComponent } from '../ticket-badges/sla-badge.component';
import { StatusChipComponent } from '../ticket-badges/status-chip.component';
import { ReplyBoxComponent } from './reply-box.component';
import { TicketControlsComponent } from './ticket-controls.component';
import { TicketFeedbackComponent } from './ticket-feedback.component';
import { TicketTimelineComponent } from './ticket-timeline.component';

/** Comment threads and internal lines are staff-and-reporter only (contract: Tickets). */
const HIDDEN_FROM_MANAGERS: readonly TimelineEntry['type'][] = [
  'reply',
  'internal_note',
  'risk_flagged',
];

function isReadableByManagers(entry: TimelineEntry): boolean {
  return !HIDDEN_FROM_MANAGERS.includes(entry.type);
}

@Component({
  selector: 'nd-ticket-detail-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    MatAnchor,
    MatButton,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    PriorityChipComponent,
    RiskBadgeComponent,
    SlaBadgeComponent,
    StatusChipComponent,
    ReplyBoxComponent,
    TicketControlsComponent,
    TicketFeedbackComponent,
    TicketTimelineComponent,
  ],
  templateUrl: './ticket-detail-page.component.html',
  styleUrl: './ticket-detail-page.component.scss',
})
export class TicketDetailPageComponent implements OnInit {
  readonly #tickets = inject(TicketsApi);
  readonly #navigatorsApi = inject(NavigatorsApi);
  readonly #incidentsApi = inject(IncidentsApi);
  readonly #live = inject(LiveEventsService);
  readonly #session = inject(SessionStore);
  readonly #destroyRef = inject(DestroyRef);

  /** The ticket id (route parameter). */
  readonly id = input.required<string>();

  readonly controls = viewChild(TicketControlsComponent);
  readonly now = clock();
  readonly ticket = signal<TicketDetail | null>(null);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  /** Someone else changed the ticket while the navigator had unsaved choices. */
  readonly changedElsewhere = signal(false);
  readonly navigators = signal<NavigatorView[]>([]);
  readonly incidents = signal<IncidentView[]>([]);

  readonly isNavigator = this.#session.isNavigator;
  /** Managers read a ticket: masked text, no comments, no notes, no patient ref, nothing to change. */
  readonly isManager = this.#session.isManager;
  /** What the page shows of the timeline; for a manager never a comment or a note, whatever arrives. */
  readonly timeline = computed(() => {
    const entries = this.ticket()?.timeline ?? [];
    return this.isManager() ? entries.filter(isReadableByManagers) : entries;
  });
  readonly back = computed(() =>
    this.isNavigator()
      ? { link: '/triage', label: 'Triage' }
      : this.isManager()
        ? { link: '/incidents', label: 'Incidents' }
        : { link: '/my-issues', label: 'My issues' },
  );
  readonly isReporter = computed(
    () => this.ticket()?.reporterId === this.#session.user()?.id,
  );
  readonly canReply = computed(() => {
    const ticket = this.ticket();
    return (
      ticket !== null &&
      ticket.status !== 'closed' &&
      (this.isNavigator() || this.isReporter())
    );
  });
  readonly askFeedback = computed(() => {
    const ticket = this.ticket();
    return (
      ticket !== null &&
      this.isReporter() &&
      (ticket.status === 'resolved' || ticket.status === 'closed')
    );
  });
  readonly waitingOnMe = computed(
    () => this.isReporter() && this.ticket()?.status === 'waiting_on_reporter',
  );
  readonly assigneeName = computed(() => {
    const ticket = this.ticket();
    if (!ticket?.assigneeId) return null;
    return (
      ticket.assigneeName ??
      this.navigators().find((n) => n.id === ticket.assigneeId)?.name ??
      null
    );
  });

  readonly names = computed(() => {
    const names = new Map(this.navigators().map((n) => [n.id, n.name]));
    const ticket = this.ticket();
    if (ticket?.assigneeId && ticket.assigneeName) {
      names.set(ticket.assigneeId, ticket.assigneeName);
    }
    if (ticket) names.set(ticket.reporterId, ticket.reporterName);
    return names;
  });

  readonly kindLabels = KIND_LABELS;
  readonly severityLabels = SEVERITY_LABELS;
  readonly fixabilityLabels = FIXABILITY_LABELS;

  constructor() {
    effect(() => {
      this.id();
      untracked(() => this.load());
    });
  }

  ngOnInit(): void {
    this.#live
      .ofType('ticket.changed')
      .pipe(
        filter((event) => event.id === this.id()),
        debounceTime(200),
        takeUntilDestroyed(this.#destroyRef),
      )
      .subscribe(() => {
        if (this.controls()?.dirty()) this.changedElsewhere.set(true);
        else this.load({ quiet: true });
      });
    if (this.isNavigator()) {
      this.#incidentsApi
        .list({ status: 'open' }, { limit: 200 })
        .pipe(takeUntilDestroyed(this.#destroyRef))
        .subscribe({
          next: (page) => this.incidents.set(page.items),
          error: () => undefined,
        });
    }
  }

  load(options: { quiet?: boolean } = {}): void {
    if (!options.quiet) this.loading.set(true);
    this.error.set(null);
    this.#tickets
      .get(this.id())
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (ticket) => {
          const serviceChanged = this.ticket()?.serviceId !== ticket.serviceId;
          this.ticket.set(ticket);
          this.loading.set(false);
          this.changedElsewhere.set(false);
          this.controls()?.rebased();
          if (serviceChanged && this.isNavigator()) {
            this.#loadNavigators(ticket.serviceId);
          }
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.error.set(toApiError(error).message);
        },
      });
  }

  saved(view: TicketView): void {
    // The PATCH answers the ticket without its timeline; re-read to show the new events.
    this.ticket.update((current) =>
      current ? { ...current, ...view } : current,
    );
    this.load({ quiet: true });
  }

  replied(entry: TimelineEntry): void {
    this.ticket.update((current) =>
      current
        ? { ...current, timeline: [...current.timeline, entry] }
        : current,
    );
    this.load({ quiet: true });
  }

  answered(view: TicketView): void {
    this.ticket.update((current) =>
      current ? { ...current, ...view } : current,
    );
  }

  categoryLabel(ticket: TicketView): string {
    return ticket.category
      ? CATEGORY_LABELS[ticket.category]
      : 'Not yet categorised';
  }

  themeLabel(ticket: TicketView): string {
    return ticket.theme ? THEME_LABELS[ticket.theme] : 'Not yet set';
  }

  #loadNavigators(serviceId: string): void {
    this.#navigatorsApi
      .list(serviceId)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (navigators) => this.navigators.set(navigators),
        error: () => undefined,
      });
  }
}
