import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
  OnInit,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { debounceTime, Subscription } from 'rxjs';
import {
  LiveEventsService,
  SessionStore,
  TailoringApi,
  toApiError,
} from '@navdesk/console/data-access';
import { describeTailoringChange, ErrorBannerComponent, tailoringStatusLabel, LoadingIndicatorComponent, UkDatePipe } from '@navdesk/console/ui';
import { TailoringRequestView } from '@navdesk/contracts';
import { TailoringStatusChipComponent } from '../badges/tailoring-status-chip.component';
import { TailoringRequestFormComponent } from './tailoring-request-form.component';

/** The patient's tailoring requests with their decisions; PWPs ask for a change here. */
@Component({
  selector: 'nd-tailoring-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    MatButton,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
    TailoringStatusChipComponent,
    TailoringRequestFormComponent,
  ],
  host: {
    role: 'region',
    'aria-labelledby': 'tailoring-heading',
    'data-testid': 'tailoring-panel',
  },
  templateUrl: './tailoring-panel.component.html',
  styleUrl: './tailoring-panel.component.scss',
})
export class TailoringPanelComponent implements OnInit {
  readonly #api = inject(TailoringApi);
  readonly #live = inject(LiveEventsService);
  readonly #destroyRef = inject(DestroyRef);

  readonly patientRef = input.required<string>();
  /** The module ids of the patient's plan, when the programme account has been read. */
  readonly plan = input<readonly string[] | null>(null);

  readonly isPwp = inject(SessionStore).isPwp;
  readonly requests = signal<TailoringRequestView[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  readonly formOpen = signal(false);
  readonly announcement = signal('');
  #load: Subscription | null = null;

  constructor() {
    effect(() => {
      this.patientRef();
      untracked(() => {
        this.requests.set([]);
        this.formOpen.set(false);
        this.load();
      });
    });
  }

  ngOnInit(): void {
    this.#live
      .ofType('tailoring.changed')
      .pipe(debounceTime(200), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => this.load({ quiet: true }));
  }

  load(options: { quiet?: boolean } = {}): void {
    this.#load?.unsubscribe();
    if (!options.quiet) this.loading.set(true);
    this.error.set(null);
    this.#load = this.#api
      .ofPatient(this.patientRef())
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (requests) => {
          const before = new Map(this.requests().map((r) => [r.id, r.status]));
          this.requests.set(requests);
          this.loading.set(false);
          const moved = requests.find(
            (r) => before.has(r.id) && before.get(r.id) !== r.status,
          );
          if (moved) {
            this.announcement.set(
              `${this.change(moved)}: now ${tailoringStatusLabel(moved.status).toLowerCase()}.`,
            );
          }
        },
        error: (error: unknown) => {
          this.loading.set(false);
          if (!options.quiet) this.error.set(toApiError(error).message);
        },
      });
  }

  change(request: TailoringRequestView): string {
    return describeTailoringChange(request);
  }

  created(request: TailoringRequestView): void {
    this.formOpen.set(false);
    this.requests.update((requests) => [
      request,
      ...requests.filter((r) => r.id !== request.id),
    ]);
    this.announcement.set(
      `Request sent: ${this.change(request)}. A digital navigator will decide.`,
    );
  }
}
