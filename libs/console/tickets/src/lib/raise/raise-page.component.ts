import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { map } from 'rxjs';
import {
  ID_FACTORY,
  PatientsApi,
  SERVER_ERROR_KEY,
  ServicesApi,
  SessionStore,
  submitErrorMessage,
  TicketsApi,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  injectFormShell,
  KIND_LABELS,
  PageHeaderComponent,
  SEVERITY_LABELS,
} from '@navdesk/console/ui';
import {
  CreatedTicket,
  CreateTicketRequest,
  PAGE_LIMIT_MAX,
  PatientListItem,
  ServiceView,
  SEVERITIES,
  Severity,
  TICKET_KINDS,
  TicketKind,
} from '@navdesk/contracts';
import { IdentifierWarningComponent } from '../identifier-warning/identifier-warning.component';
import { KbSuggestionsComponent } from './kb-suggestions.component';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 5000;

@Component({
  selector: 'nd-raise-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MatRadioGroup,
    MatRadioButton,
    MatSelect,
    MatOption,
    PageHeaderComponent,
    ErrorBannerComponent,
    KbSuggestionsComponent,
    IdentifierWarningComponent,
  ],
  templateUrl: './raise-page.component.html',
  styleUrl: './raise-page.component.scss',
})
export class RaisePageComponent implements OnInit {
  readonly #tickets = inject(TicketsApi);
  readonly #patients = inject(PatientsApi);
  readonly #services = inject(ServicesApi);
  readonly #session = inject(SessionStore);
  readonly #newId = inject(ID_FACTORY);
  readonly #host: ElementRef<HTMLElement> = inject(ElementRef);
  readonly #destroyRef = inject(DestroyRef);

  readonly kinds = TICKET_KINDS;
  readonly kindLabels = KIND_LABELS;
  readonly severities = SEVERITIES;
  readonly severityLabels = SEVERITY_LABELS;
  readonly titleMax = TITLE_MAX;
  readonly descriptionMax = DESCRIPTION_MAX;

  readonly form = inject(NonNullableFormBuilder).group({
    kind: new FormControl<TicketKind>('tech_support', { nonNullable: true }),
    title: ['', [Validators.required, Validators.maxLength(TITLE_MAX)]],
    description: [
      '',
      [Validators.required, Validators.maxLength(DESCRIPTION_MAX)],
    ],
    patientRef: [''],
    severity: new FormControl<Severity>('medium', { nonNullable: true }),
    serviceId: ['', [Validators.required]],
  });

  /** Links knowledge-base articles opened while typing to the ticket, if one is raised. */
  readonly draftId = signal(this.#newId());
  readonly services = signal<ServiceView[]>([]);
  readonly patients = signal<PatientListItem[]>([]);
  readonly isPwp = this.#session.isPwp;
  readonly #shell = injectFormShell();
  readonly pending = this.#shell.pending;
  readonly formError = this.#shell.error;
  readonly created = signal<CreatedTicket | null>(null);
  /** What has been typed, for the knowledge-base suggestions. */
  readonly typed = toSignal(
    this.form.valueChanges.pipe(
      map((value) => `${value.title ?? ''} ${value.description ?? ''}`),
    ),
    { initialValue: '' },
  );
  /** Each free-text field on its own, for its identifier warning. */
  readonly titleText = toSignal(this.form.controls.title.valueChanges, {
    initialValue: '',
  });
  readonly descriptionText = toSignal(
    this.form.controls.description.valueChanges,
    { initialValue: '' },
  );
  readonly showPatients = computed(
    () => this.isPwp() && this.patients().length > 0,
  );

  /** The key of the submission in progress: a retry of the same request reuses it. */
  #attempt: { key: string; body: string } | null = null;

  ngOnInit(): void {
    const mine = this.#session.user()?.serviceIds ?? [];
    if (mine.length === 1) this.form.controls.serviceId.setValue(mine[0]);
    this.#services
      .listForPicker()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => {
          const services = page.items.filter(
            (s) => mine.length === 0 || mine.includes(s.id),
          );
          this.services.set(services);
          if (!this.form.controls.serviceId.value && services.length === 1) {
            this.form.controls.serviceId.setValue(services[0].id);
          }
        },
        error: () => undefined,
      });
    if (this.isPwp()) {
      this.#patients
        .list({}, { limit: PAGE_LIMIT_MAX })
        .pipe(takeUntilDestroyed(this.#destroyRef))
        .subscribe({
          next: (page) => this.patients.set(page.items),
          error: () => undefined,
        });
    }
  }

  errorFor(field: 'title' | 'description' | 'serviceId'): string | null {
    const control = this.form.controls[field];
    if (!control.errors || !control.touched) return null;
    const server: unknown = control.errors[SERVER_ERROR_KEY];
    if (typeof server === 'string') return server;
    if (control.errors['required']) {
      return {
        title: 'Give the issue a short title',
        description: 'Say what happened and what you expected',
        serviceId: 'Choose the service',
      }[field];
    }
    if (control.errors['maxlength']) return 'This is too long';
    return null;
  }

  submit(): void {
    if (!this.#shell.ready(this.form)) return;
    const value = this.form.getRawValue();
    const request: CreateTicketRequest = {
      kind: value.kind,
      title: value.title.trim(),
      description: value.description.trim(),
      serviceId: value.serviceId,
      severity: value.severity,
      draftId: this.draftId(),
      ...(value.patientRef ? { patientRef: value.patientRef } : {}),
    };
    const body = JSON.stringify(request);
    if (this.#attempt?.body !== body) {
      this.#attempt = { key: this.#newId(), body };
    }
    this.#shell.submit(this.#tickets.create(request, this.#attempt.key), {
      done: (ticket) => {
        this.#attempt = null;
        this.created.set(ticket);
        setTimeout(() =>
          this.#host.nativeElement
            .querySelector<HTMLElement>(
              ticket.riskNotice ? '#risk-notice' : '#created-heading',
            )
            ?.focus(),
        );
      },
      failed: (error) => submitErrorMessage(this.form.controls, error),
    });
  }

  /** A fresh form (and a fresh draft id) for another issue. */
  raiseAnother(): void {
    this.created.set(null);
    this.#attempt = null;
    this.draftId.set(this.#newId());
    const serviceId = this.form.controls.serviceId.value;
    this.form.reset({ kind: 'tech_support', severity: 'medium', serviceId });
  }
}
