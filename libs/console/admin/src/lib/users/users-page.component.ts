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
import { MatAnchor, MatButton } from '@angular/material/button';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import {
  pagedList,
  ServicesApi,
  UserFilters,
  UsersApi,
} from '@navdesk/console/data-access';
import {
  FilterBarComponent,
  FilterSelectComponent,
  ListPageBodyDirective,
  ListPageComponent,
  LoadMoreComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import {
  Role,
  ROLE_LABELS,
  ROLES,
  ServiceView,
  USER_STATUSES,
  UserListItem,
  UserStatus,
} from '@navdesk/contracts';

@Component({
  selector: 'nd-users-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    MatAnchor,
    MatButton,
    MatTableModule,
    RouterLink,
    FilterBarComponent,
    FilterSelectComponent,
    ListPageComponent,
    ListPageBodyDirective,
    LoadMoreComponent,
  ],
  templateUrl: './users-page.component.html',
})
export class UsersPageComponent implements OnInit {
  readonly #users = inject(UsersApi);
  readonly #services = inject(ServicesApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly columns = [
    'name',
    'email',
    'role',
    'services',
    'status',
    'createdAt',
  ];
  readonly roles = ROLES;
  readonly roleLabels = ROLE_LABELS;
  readonly statuses = USER_STATUSES;
  readonly statusLabels: Record<UserStatus, string> = {
    active: 'Active',
    deactivated: 'Deactivated',
  };
  /** Filters run on the server, so paging stays within the filtered list. */
  readonly filters = signal<UserFilters>({});
  readonly #list = pagedList((cursor) =>
    this.#users.list({ limit: 100, cursor }, this.filters()),
  );
  readonly users = this.#list.items;
  readonly nextCursor = this.#list.nextCursor;
  readonly loading = this.#list.loading;
  readonly loadingMore = this.#list.loadingMore;
  readonly error = this.#list.error;
  readonly services = signal<ServiceView[]>([]);
  readonly serviceNames = computed(
    () => new Map(this.services().map((service) => [service.id, service.name])),
  );
  readonly serviceIds = computed(() => this.services().map((s) => s.id));
  readonly serviceLabels = computed(() =>
    Object.fromEntries(this.serviceNames()),
  );

  ngOnInit(): void {
    this.load(null);
    this.#services
      .listForPicker()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => this.services.set(page.items),
        error: () => undefined,
      });
  }

  /** A filter's new value ('' clears it); the list reloads from its first page. */
  filterBy(name: 'serviceId', value: string): void;
  filterBy(name: 'role', value: Role | ''): void;
  filterBy(name: 'status', value: UserStatus | ''): void;
  filterBy(name: keyof UserFilters, value: string): void {
    this.filters.update((current) => ({
      ...current,
      [name]: value === '' ? undefined : value,
    }));
    this.load(null);
  }

  roleLabel(user: UserListItem): string {
    return ROLE_LABELS[user.role];
  }

  servicesOf(user: UserListItem): string {
    if (user.serviceIds.length === 0) {
      return user.role === 'admin' ? 'All (administrator)' : '—';
    }
    return user.serviceIds
      .map((id) => this.serviceNames().get(id) ?? id)
      .join(', ');
  }

  load(cursor: string | null): void {
    this.#list.load(cursor);
  }
}
