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
import {
  PatientsApi,
  ServicesApi,
  SessionStore,
  toApiError,
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

  readonly patients = signal<PatientListItem[]>([]);
  readonly nextCursor = signal<string | null>(null);
  readonly loading = signal(true);
  readonly loadingMore = signal(false);
  readonly error = signal<string | null>(null);
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
    this.#load(null);
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
    const cursor = this.nextCursor();
    if (cursor) {
      this.loadingMore.set(true);
      this.#load(cursor);
    }
  }

  retry(): void {
    this.loading.set(true);
    this.#load(null);
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

  #load(cursor: string | null): void {
    this.error.set(null);
    this.#patients
      .list({ limit: PAGE_SIZE, cursor })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => {
          this.patients.update((current) =>
            cursor ? [...current, ...page.items] : page.items,
          );
          this.nextCursor.set(page.nextCursor);
          this.loading.set(false);
          this.loadingMore.set(false);
        },
        error: (error: unknown) => {
          this.error.set(toApiError(error).message);
          this.loading.set(false);
          this.loadingMore.set(false);
        },
      });
  }
}
