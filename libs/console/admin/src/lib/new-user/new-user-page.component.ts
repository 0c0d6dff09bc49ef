import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import {
  FormControl,
  FormGroup,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
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
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  applyFieldErrors,
  errorStatus,
  SERVER_ERROR_KEY,
  ServicesApi,
  toApiError,
  UsersApi,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  injectFormShell,
  PageHeaderComponent,
} from '@navdesk/console/ui';
import {
  CreateUserRequest,
  Role,
  ROLE_LABELS,
  ROLES,
  ServiceView,
} from '@navdesk/contracts';

export const PASSWORD_MIN_LENGTH = 12;

type NewUserForm = FormGroup<{
  name: FormControl<string>;
  email: FormControl<string>;
  role: FormControl<Role | ''>;
  serviceIds: FormControl<string[]>;
  password: FormControl<string>;
}>;

type FieldName = keyof NewUserForm['controls'];

const FIELD_LABELS: Record<FieldName, string> = {
  name: 'Full name',
  email: 'E-mail',
  role: 'Role',
  serviceIds: 'Services',
  password: 'Initial password',
};

@Component({
  selector: 'nd-new-user-page',
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
    MatSelect,
    MatOption,
    PageHeaderComponent,
    ErrorBannerComponent,
  ],
  templateUrl: './new-user-page.component.html',
  styleUrl: './new-user-page.component.scss',
})
export class NewUserPageComponent implements OnInit {
  readonly #users = inject(UsersApi);
  readonly #services = inject(ServicesApi);
  readonly #router = inject(Router);
  readonly #route = inject(ActivatedRoute);
  readonly #snackBar = inject(MatSnackBar);
  readonly #destroyRef = inject(DestroyRef);

  readonly roles = ROLES;
  readonly roleLabels = ROLE_LABELS;
  readonly passwordMinLength = PASSWORD_MIN_LENGTH;
  readonly labels = FIELD_LABELS;

  readonly form: NewUserForm = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email]],
    role: new FormControl<Role | ''>('', {
      nonNullable: true,
      validators: [Validators.required],
    }),
    serviceIds: [[] as string[]],
    password: [
      '',
      [Validators.required, Validators.minLength(PASSWORD_MIN_LENGTH)],
    ],
  });

  readonly services = signal<ServiceView[]>([]);
  readonly servicesError = signal<string | null>(null);
  readonly #shell = injectFormShell();
  readonly pending = this.#shell.pending;
  readonly formError = this.#shell.error;
  readonly role = toSignal(this.form.controls.role.valueChanges, {
    initialValue: this.form.controls.role.value,
  });
  readonly servicesRequired = computed(() => this.role() !== 'admin');

  ngOnInit(): void {
    this.form.controls.serviceIds.addValidators((control) =>
      this.#atLeastOneService(control.value as string[]),
    );
    this.form.controls.role.valueChanges
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => {
        this.form.controls.serviceIds.updateValueAndValidity();
      });
    this.#services
      .listForPicker()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => this.services.set(page.items),
        error: (error: unknown) =>
          this.servicesError.set(toApiError(error).message),
      });
  }

  /** The message to show under a field, or null; the server's word wins over the client's. */
  errorFor(field: FieldName): string | null {
    const control = this.form.controls[field];
    const errors: ValidationErrors | null = control.errors;
    if (!errors) {
      return null;
    }
    const server: unknown = errors[SERVER_ERROR_KEY];
    if (typeof server === 'string') {
      return server;
    }
    if (errors['required'] || errors['atLeastOne']) {
      return field === 'serviceIds'
        ? 'Choose at least one service'
        : `Enter ${field === 'role' ? 'a role' : 'the ' + FIELD_LABELS[field].toLowerCase()}`;
    }
    if (errors['email']) {
      return 'Enter an e-mail address like name@example.nhs.uk';
    }
    if (errors['minlength']) {
      return `Use at least ${PASSWORD_MIN_LENGTH} characters`;
    }
    if (errors['maxlength']) {
      return 'This is too long';
    }
    return 'Check this field';
  }

  submit(): void {
    if (this.pending()) return;
    this.formError.set(null);
    if (!this.#shell.ready(this.form)) return;
    const value = this.form.getRawValue();
    if (value.role === '') {
      return;
    }
    const request: CreateUserRequest = {
      name: value.name.trim(),
      email: value.email.trim(),
      role: value.role,
      serviceIds: value.serviceIds,
      password: value.password,
    };
    this.#shell.submit(this.#users.create(request), {
      done: (user) => {
        this.#snackBar.open(
          `${user.name} (${ROLE_LABELS[user.role]}) can now sign in.`,
          'Close',
          { duration: 6000 },
        );
        void this.#router.navigate(['..'], { relativeTo: this.#route });
      },
      failed: (error) => this.#failure(error),
    });
  }

  /** The banner's message; a 409 or a 400 also marks the fields it names. */
  #failure(error: unknown): string {
    const status = errorStatus(error);
    if (status === 409) {
      const email = this.form.controls.email;
      email.setErrors({
        [SERVER_ERROR_KEY]: 'A user with this e-mail already exists',
      });
      email.markAsTouched();
      this.#focusFirstInvalid();
      return 'A user with this e-mail already exists.';
    }
    if (status === 400) {
      const unmatched = applyFieldErrors(this.form.controls, error);
      this.#focusFirstInvalid();
      return unmatched.length > 0
        ? `${toApiError(error).message}: ${unmatched.join('; ')}`
        : 'Some answers need changing — see the messages by the fields.';
    }
    return toApiError(error).message;
  }

  #atLeastOneService(value: string[]): ValidationErrors | null {
    const role = this.form.controls.role.value;
    return role !== 'admin' && value.length === 0 ? { atLeastOne: true } : null;
  }

  /** After the server marks fields: once their classes have caught up. */
  #focusFirstInvalid(): void {
    queueMicrotask(() => this.#shell.focusFirstInvalid());
  }
}
