import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  FormControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatOption, MatSelect } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { Observable } from 'rxjs';
import {
  errorStatus,
  ServicesApi,
  toApiError,
  UsersApi,
} from '@navdesk/console/data-access';
import {
  confirmAction,
  ErrorBannerComponent,
  LoadingIndicatorComponent,
  PageHeaderComponent,
} from '@navdesk/console/ui';
import {
  Role,
  ROLE_LABELS,
  ROLES,
  ServiceView,
  UpdateUserRequest,
  UserListItem,
} from '@navdesk/contracts';

/** The change that a 409 held back because it would leave a service without a navigator. */
type Pending = { kind: 'save'; request: UpdateUserRequest } | { kind: 'deactivate' };

/**
 * One person's page for an admin: edit their name, role and services; deactivate (handing their
 * tickets to a named navigator when they are a service's last one), reactivate, sign out everywhere.
 * Each action says what happened.
 */
@Component({
  selector: 'nd-user-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatAnchor,
    MatButton,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatSelect,
    MatOption,
    PageHeaderComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
  ],
  templateUrl: './user-page.component.html',
  styles: `
    form,
    .actions,
    .handover {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: baseline;
      margin-bottom: 16px;
    }
  `,
})
export class UserPageComponent implements OnInit {
  /** The `:id` route parameter (component input binding). */
  readonly id = input.required<string>();

  readonly #users = inject(UsersApi);
  readonly #services = inject(ServicesApi);
  readonly #dialog = inject(MatDialog);
  readonly #destroyRef = inject(DestroyRef);

  readonly roles = ROLES;
  readonly roleLabels = ROLE_LABELS;
  readonly user = signal<UserListItem | null>(null);
  readonly loadError = signal<string | null>(null);
  readonly services = signal<ServiceView[]>([]);
  readonly busy = signal(false);
  /** What the last action did, or why it failed (announced politely). */
  readonly outcome = signal<string | null>(null);
  readonly failure = signal<string | null>(null);
  /** Set when the server asked for a replacement navigator; the choice is offered until it is resolved. */
  readonly pending = signal<Pending | null>(null);
  readonly navigators = signal<UserListItem[]>([]);

  readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    role: new FormControl<Role>('pwp', { nonNullable: true }),
    serviceIds: [[] as string[]],
  });
  readonly replacement = new FormControl<string>('', { nonNullable: true, validators: [Validators.required] });

  ngOnInit(): void {
    this.#users
      .get(this.id())
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (user) => this.#show(user),
        error: (error: unknown) => this.loadError.set(toApiError(error).message),
      });
    this.#services
      .listForPicker()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({ next: (page) => this.services.set(page.items), error: () => undefined });
  }

  save(): void {
    const user = this.user();
    if (!user || this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const value = this.form.getRawValue();
    const request: UpdateUserRequest = { name: value.name.trim(), role: value.role, serviceIds: value.serviceIds };
    this.#run({ kind: 'save', request }, this.#users.update(user.id, request), 'Saved. Their open sessions have the new role and services from their next request.');
  }

  deactivate(): void {
    const user = this.user();
    if (!user) return;
    confirmAction(this.#dialog, {
      title: `Deactivate ${user.name}?`,
      message: `${user.name} is signed out everywhere at once and cannot sign in until reactivated. Their open tickets go back to their services’ queues.`,
      confirm: 'Deactivate',
    })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe((confirmed) => {
        if (confirmed) this.#run({ kind: 'deactivate' }, this.#users.deactivate(user.id), `${user.name} is deactivated and signed out everywhere.`);
      });
  }

  /** Repeats the held-back change with the chosen navigator taking over. */
  handOver(): void {
    const user = this.user();
    const pending = this.pending();
    if (!user || !pending || this.replacement.invalid) {
      this.replacement.markAsTouched();
      return;
    }
    const replacementNavigatorId = this.replacement.value;
    const name = this.navigators().find((n) => n.id === replacementNavigatorId)?.name ?? 'The navigator you chose';
    if (pending.kind === 'deactivate') {
      this.#run(pending, this.#users.deactivate(user.id, { replacementNavigatorId }), `${user.name} is deactivated and signed out everywhere. ${name} takes over their open tickets.`);
    } else {
      this.#run(pending, this.#users.update(user.id, { ...pending.request, replacementNavigatorId }), `Saved. ${name} takes over their open tickets.`);
    }
  }

  cancelHandOver(): void {
    this.pending.set(null);
    this.failure.set(null);
  }

  reactivate(): void {
    const user = this.user();
    if (!user) return;
    this.#run(null, this.#users.reactivate(user.id), `${user.name} can sign in again.`);
  }

  signOutEverywhere(): void {
    const user = this.user();
    if (!user) return;
    confirmAction(this.#dialog, {
      title: `Sign ${user.name} out everywhere?`,
      message: 'Every session they have open ends now; they can sign in again.',
      confirm: 'Sign out everywhere',
    })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.#start();
        this.#users
          .signOutEverywhere(user.id)
          .pipe(takeUntilDestroyed(this.#destroyRef))
          .subscribe({
            next: () => this.#done(user, `${user.name} is signed out everywhere.`),
            error: (error: unknown) => this.#failed(null, error),
          });
      });
  }

  serviceName(id: string): string {
    return this.services().find((s) => s.id === id)?.name ?? id;
  }

  #run(action: Pending | null, request: Observable<UserListItem>, success: string): void {
    this.#start();
    request.pipe(takeUntilDestroyed(this.#destroyRef)).subscribe({
      next: (user) => this.#done(user, success),
      error: (error: unknown) => this.#failed(action, error),
    });
  }

  #start(): void {
    this.busy.set(true);
    this.outcome.set(null);
    this.failure.set(null);
  }

  #done(user: UserListItem, message: string): void {
    this.busy.set(false);
    this.pending.set(null);
    this.#show(user);
    this.outcome.set(message);
  }

  #failed(action: Pending | null, error: unknown): void {
    this.busy.set(false);
    this.failure.set(toApiError(error).message);
    if (action && errorStatus(error) === 409 && toApiError(error).details?.some((d) => d.field === 'replacementNavigatorId')) {
      this.pending.set(action);
      this.#loadNavigators();
    }
  }

  #loadNavigators(): void {
    this.#users
      .list({ limit: 200 }, { role: 'navigator', status: 'active' })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({ next: (page) => this.navigators.set(page.items.filter((n) => n.id !== this.user()?.id)), error: () => undefined });
  }

  #show(user: UserListItem): void {
    this.user.set(user);
    this.form.setValue({ name: user.name, role: user.role, serviceIds: user.serviceIds });
  }
}
