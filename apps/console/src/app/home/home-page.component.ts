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
import { MatAnchor } from '@angular/material/button';
import {
  MatCard,
  MatCardActions,
  MatCardContent,
  MatCardHeader,
  MatCardTitle,
} from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { ServicesApi, SessionStore } from '@navdesk/console/data-access';
import { PageHeaderComponent } from '@navdesk/console/ui';
import { Role, ROLE_LABELS, ServiceView } from '@navdesk/contracts';
import { navItemsFor } from '../shell/navigation';

const ROLE_SUMMARIES: Record<Role, string> = {
  pwp: 'See your caseload and each patient’s next session.',
  navigator:
    'Review the caseloads of your services and keep patients on track with the digital programme.',
  manager: 'Service reports will appear here as they are switched on.',
  admin: 'Manage services and the people who can sign in.',
};

const AREA_DESCRIPTIONS: Record<string, string> = {
  '/patients':
    'Patients by reference, their next session and progress through the 11 sessions.',
  '/admin': 'Services, users, and adding new people.',
};

@Component({
  selector: 'nd-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    MatAnchor,
    MatCard,
    MatCardHeader,
    MatCardTitle,
    MatCardContent,
    MatCardActions,
    PageHeaderComponent,
  ],
  templateUrl: './home-page.component.html',
  styleUrl: './home-page.component.scss',
})
export class HomePageComponent implements OnInit {
  readonly #session = inject(SessionStore);
  readonly #services = inject(ServicesApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly user = this.#session.user;
  readonly roleLabel = computed(() => {
    const role = this.#session.role();
    return role ? ROLE_LABELS[role] : '';
  });
  readonly summary = computed(() => {
    const role = this.#session.role();
    return role ? ROLE_SUMMARIES[role] : '';
  });
  readonly areas = computed(() =>
    navItemsFor(this.#session.role())
      .filter((item) => item.path !== '/')
      .map((item) => ({
        ...item,
        description: AREA_DESCRIPTIONS[item.path] ?? '',
      })),
  );

  readonly services = signal<ServiceView[] | null>(null);
  readonly servicesFailed = signal(false);
  readonly myServices = computed(() => {
    const all = this.services();
    const user = this.user();
    if (!all || !user) {
      return [];
    }
    return this.#session.isAdmin() && user.serviceIds.length === 0
      ? all
      : all.filter((service) => user.serviceIds.includes(service.id));
  });

  ngOnInit(): void {
    this.#services
      .listForPicker()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => this.services.set(page.items),
        error: () => this.servicesFailed.set(true),
      });
  }
}
