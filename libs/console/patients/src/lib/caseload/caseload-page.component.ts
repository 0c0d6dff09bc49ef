import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  OnInit,
  signal,
  untracked,
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
  TrainingApi,
  SessionStore,
} from '@navdesk/console/data-access';
import {
  ACTIVITY_FILTER_LABELS,
  ActivityChipComponent,
  FlagChipComponent,
  MoodTrendComponent,
} from '@navdesk/console/engagement';
import {
  FilterBarComponent,
  FilterSelectComponent,
  FLAG_KIND_LABELS,
  ListPageBodyDirective,
  ListPageComponent,
  LoadMoreComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import {
  ACTIVITY_BANDS,
  CASELOAD_SORTS,
  FLAG_KINDS,
  PatientListItem,
  PLANNED_SESSIONS,
  PlannedSessionView,
  ServiceView,
  SessionMode,
} from '@navdesk/contracts';
import {
  CASELOAD_SORT_LABELS,
  CaseloadFilters,
  DEFAULT_CASELOAD_FILTERS,
  isFiltered,
  toCaseloadQuery,
} from './caseload-filters';

const MODE_LABELS: Record<SessionMode, string> = {
  face_to_face: 'Face to face',
  online: 'Online',
};
const PAGE_SIZE = 50;

@Component({
  selector: 'nd-caseload-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    MatButton,
    MatProgressBar,
    MatTableModule,
    RouterLink,
    FilterBarComponent,
    FilterSelectComponent,
    ListPageComponent,
    ListPageBodyDirective,
    LoadMoreComponent,
    ActivityChipComponent,
    FlagChipComponent,
    MoodTrendComponent,
  ],
  templateUrl: './caseload-page.component.html',
  styleUrl: './caseload-page.component.scss',
})
export class CaseloadPageComponent implements OnInit {
  readonly #patients = inject(PatientsApi);
  readonly #services = inject(ServicesApi);
  readonly #training = inject(TrainingApi);
  readonly #session = inject(SessionStore);
  readonly #destroyRef = inject(DestroyRef);

  readonly plannedTotal = PLANNED_SESSIONS.total;
  readonly flagKinds = FLAG_KINDS;
  readonly flagLabels = FLAG_KIND_LABELS;
  readonly bands = ACTIVITY_BANDS;
  readonly bandLabels = ACTIVITY_FILTER_LABELS;
  readonly sorts = CASELOAD_SORTS;
  readonly sortLabels = CASELOAD_SORT_LABELS;
  /** One clock per load, so every chip of a page agrees. */
  readonly now = signal(Date.now());

  readonly filters = signal<CaseloadFilters>(DEFAULT_CASELOAD_FILTERS);
  readonly filtered = computed(() => isFiltered(this.filters()));

  readonly #list = pagedList((cursor) =>
    this.#patients.list(toCaseloadQuery(untracked(this.filters)), {
      limit: PAGE_SIZE,
      cursor,
    }),
  );
  readonly patients = this.#list.items;
  readonly nextCursor = this.#list.nextCursor;
  readonly loading = this.#list.loading;
  readonly loadingMore = this.#list.loadingMore;
  readonly error = this.#list.error;
  readonly services = signal<ServiceView[]>([]);
  /**
   * The PWP filter's choices: the services' active PWPs (GET /api/training/pwps, by name), then any
   * other PWP met in the caseload (one since deactivated still holds patients).
   */
  readonly knownPwps = signal<readonly string[]>([]);
  /** PWP names of the navigator's services, for the PWP filter. */
  readonly pwpNames = signal<ReadonlyMap<string, string>>(new Map());
  /** The PWP filter's option labels: the name where known, else the id's start. */
  readonly pwpLabels = computed(() =>
    Object.fromEntries(
      this.knownPwps().map((id) => [
        id,
        this.pwpNames().get(id) ?? `PWP ${id.slice(0, 8)}`,
      ]),
    ),
  );

  readonly isNavigator = this.#session.isNavigator;
  readonly lead = computed(() =>
    this.isNavigator()
      ? 'Patients in your services, by pseudonymous reference: how recently they used the digital programme, their progress, mood and flags.'
      : 'Your patients, by pseudonymous reference: how recently they used the digital programme, their progress, mood and flags.',
  );
  readonly columns = computed(() => [
    'patientRef',
    ...(this.isNavigator() ? ['service'] : []),
    'lastActive',
    'progress',
    'modules',
    'mood',
    'flags',
    'nextSession',
  ]);
  readonly emptyHeading = computed(() =>
    this.filtered() ? 'No patients match these filters' : 'No patients yet',
  );
  readonly emptyMessage = computed(() => {
    if (this.filtered()) {
      return 'Try another flag or activity, or clear the filters.';
    }
    return this.isNavigator()
      ? 'No patients are registered in your services yet.'
      : 'Patients appear here once the service registers them with you.';
  });
  readonly serviceNames = computed(
    () => new Map(this.services().map((service) => [service.id, service.name])),
  );
  /** Said politely once a (filtered) list has loaded. */
  readonly resultText = computed(() => {
    if (this.loading() || this.error()) return '';
    const count = this.patients().length;
    const more = this.nextCursor() ? ', more to load' : '';
    return `${count} ${count === 1 ? 'patient' : 'patients'} shown${more}.`;
  });

  constructor() {
    effect(() => {
      this.filters();
      untracked(() => {
        this.now.set(Date.now());
        this.#list.load();
      });
    });
    effect(() => {
      const ids = this.patients().map((patient) => patient.pwpId);
      untracked(() => {
        const known = this.knownPwps();
        const added = ids.filter(
          (id, index) => !known.includes(id) && ids.indexOf(id) === index,
        );
        if (added.length > 0) this.knownPwps.set([...known, ...added]);
      });
    });
  }

  ngOnInit(): void {
    if (this.isNavigator()) {
      this.#services
        .listForPicker()
        .pipe(takeUntilDestroyed(this.#destroyRef))
        .subscribe({
          next: (page) => this.services.set(page.items),
          error: () => undefined,
        });
      this.#training
        .pwps()
        .pipe(takeUntilDestroyed(this.#destroyRef))
        .subscribe({
          next: (pwps) => {
            this.pwpNames.set(new Map(pwps.map((p) => [p.id, p.name])));
            const known = this.knownPwps();
            this.knownPwps.set([
              ...known,
              ...pwps.map((p) => p.id).filter((id) => !known.includes(id)),
            ]);
          },
          // Without names the filter still works, labelled by id.
          error: () => undefined,
        });
    }
  }

  setFilter<K extends keyof CaseloadFilters>(
    key: K,
    value: CaseloadFilters[K],
  ): void {
    this.filters.update((current) => ({ ...current, [key]: value }));
  }

  clearFilters(): void {
    this.filters.update((current) => ({
      ...DEFAULT_CASELOAD_FILTERS,
      sort: current.sort,
    }));
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
