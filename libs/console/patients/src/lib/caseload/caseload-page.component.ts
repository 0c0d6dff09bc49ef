import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import {
  pagedList,
  PatientsApi,
  ServicesApi,
  SessionStore,
} from '@navdesk/console/data-access';
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  PageHeaderComponent,
} from '@navdesk/console/ui';
import {
  PatientListItem,
  PLANNED_SESSIONS,
  PlannedSessionView,
  ServiceView,
  SessionMode,
} from '@navdesk/contracts';

const MODE_LABELS: Record<SessionMode, string> = {
  face_to_face: 'Face to face',
  online: 'Online',
};
const PAGE_SIZE = 50;

@Component({
  selector: 'nd-caseload-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    DatePipe,
    MatButton,
    MatProgressBar,
    MatTableModule,
    RouterLink,
    PageHeaderComponent,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
  ],
  templateUrl: './caseload-page.component.html',
  styleUrl: './caseload-page.component.scss',
})
export class CaseloadPageComponent implements OnInit {
  readonly #patients = inject(PatientsApi);
  readonly #services = inject(ServicesApi);
  readonly #session = inject(SessionStore);
  readonly #destroyRef = inject(DestroyRef);

  readonly plannedTotal = PLANNED_SESSIONS.total;

  readonly #list = pagedList((cursor) =>
    this.#patients.list({ limit: PAGE_SIZE, cursor }),
  );
  readonly patients = this.#list.items;
  readonly nextCursor = this.#list.nextCursor;
  readonly loading = this.#list.loading;
  readonly loadingMore = this.#list.loadingMore;
  readonly error = this.#list.error;
  readonly services = signal<ServiceView[]>([]);

  readonly isNavigator = this.#session.isNavigator;
  readonly lead = computed(() =>
    this.isNavigator()
      ? 'Patients in your services, by pseudonymous reference, with their next session and progress through the 11-session plan.'
      : 'Your patients, by pseudonymous reference, with their next session and progress through the 11-session plan.',
  );
  readonly columns = computed(() =>
    this.isNavigator()
      ? ['patientRef', 'service', 'nextSession', 'progress']
      : ['patientRef', 'nextSession', 'progress'],
  );
  readonly serviceNames = computed(
    () => new Map(this.services().map((service) => [service.id, service.name])),
  );

  ngOnInit(): void {
    this.#list.load();
    if (this.isNavigator()) {
      this.#services
        .listForPicker()
        .pipe(takeUntilDestroyed(this.#destroyRef))
        .subscribe({
          next: (page) => this.services.set(page.items),
          error: () => undefined,
        });
    }
  }

  loadMore(): void {
    this.#list.loadMore();
  }

  retry(): void {
    this.#list.load();
  }

  modeLabel(session: PlannedSessionView): string {
    return MODE_LABELS[session.mode];
  }

  planned(patient: PatientListItem): number {
    return patient.sessionsPlanned || this.plannedTotal;
  }

  progressPercent(patient: PatientListItem): number {
    return Math.min(
      100,
      Math.round((patient.sessionsAttended / this.planned(patient)) * 100),
    );
  }
}
