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
import { TodaysBriefsComponent } from '@navdesk/console/engagement';
import { WeekOnWeekComponent } from '@navdesk/console/reports';
import { navItemsFor, PageHeaderComponent } from '@navdesk/console/ui';
import { Role, ROLE_LABELS, ServiceView } from '@navdesk/contracts';

const ROLE_SUMMARIES: Record<Role, string> = {
  pwp: 'Read a brief before each face-to-face session, raise technical issues, and see your caseload.',
  navigator:
    'Triage your services’ tickets, group repeated faults into incidents, and keep patients on track with the digital programme.',
  manager:
    'See whether your services’ problems are shrinking: usability trends, recurring incidents, service performance, training and engagement, in aggregate.',
  admin:
    'Manage services and the people who can sign in, and watch the job queues.',
};

const AREA_DESCRIPTIONS: Record<string, string> = {
  '/patients':
    'Patients by reference: how recently they were active, progress through the 11 sessions, mood and flags.',
  '/resets': 'Log-in resets in your services, live, with a retry.',
  '/flags':
    'Patients who may be drifting, live; acknowledge each flag with a note and set when flags are raised.',
  '/admin': 'Services, users, failed jobs and outgoing e-mail.',
  '/raise':
    'Report a technical fault or a usability problem, for you or a patient.',
  '/my-issues': 'The issues you raised, their status and the replies.',
  '/triage': 'The queue of tickets, the SLA due soonest first, updated live.',
  '/incidents':
    'Repeated usability reports grouped into one problem, fixable or not.',
  '/kb': 'Short answers to common questions about the digital programme.',
  '/training':
    'Training sessions on the programme, the core induction and confidence before and after.',
  '/tailoring':
    'Requests to skip, replace or add a programme module for a patient, and their decisions.',
  '/reports':
    'Usability trends, recurring incidents, SLA performance, training, engagement and tailoring, in aggregate, with CSV exports.',
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
    TodaysBriefsComponent,
    WeekOnWeekComponent,
  ],
  templateUrl: './home-page.component.html',
  styleUrl: './home-page.component.scss',
})
export class HomePageComponent implements OnInit {
  readonly #session = inject(SessionStore);
  readonly #services = inject(ServicesApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly user = this.#session.user;
  readonly isPwp = this.#session.isPwp;
  readonly isManager = this.#session.isManager;
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
      // A manager's reports open from "This week against last week" above.
      .filter(
        (item) =>
          item.path !== '/' && !(this.isManager() && item.path === '/reports'),
      )
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
