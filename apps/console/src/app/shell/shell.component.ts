import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  OnDestroy,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor, MatButton, MatIconButton } from '@angular/material/button';
import { MatListItem, MatNavList } from '@angular/material/list';
import {
  MatSidenav,
  MatSidenavContainer,
  MatSidenavContent,
} from '@angular/material/sidenav';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatToolbar } from '@angular/material/toolbar';
import {
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { map } from 'rxjs';
import {
  AuthService,
  LiveEventsService,
  RELOAD_PAGE,
  SessionStore,
} from '@navdesk/console/data-access';
import { navItemsFor } from '@navdesk/console/ui';
import { ROLE_LABELS } from '@navdesk/contracts';
import { IdleWarningComponent } from './idle-warning/idle-warning.component';
import { NotificationsBellComponent } from './notifications-bell/notifications-bell.component';

@Component({
  selector: 'nd-shell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterOutlet,
    RouterLink,
    RouterLinkActive,
    MatToolbar,
    MatButton,
    MatAnchor,
    MatIconButton,
    MatSidenav,
    MatSidenavContainer,
    MatSidenavContent,
    MatNavList,
    MatListItem,
    NotificationsBellComponent,
    IdleWarningComponent,
  ],
  templateUrl: './shell.component.html',
  styleUrl: './shell.component.scss',
})
export class ShellComponent implements OnDestroy {
  readonly #session = inject(SessionStore);
  readonly #auth = inject(AuthService);
  readonly #snackBar = inject(MatSnackBar);
  readonly #live = inject(LiveEventsService);
  readonly #reload = inject(RELOAD_PAGE);
  readonly #router = inject(Router);

  readonly main = viewChild.required<ElementRef<HTMLElement>>('main');
  readonly sidenav = viewChild.required(MatSidenav);

  readonly user = this.#session.user;
  readonly roleLabel = computed(() => {
    const role = this.#session.role();
    return role ? ROLE_LABELS[role] : '';
  });
  readonly navItems = computed(() => navItemsFor(this.#session.role()));
  readonly narrow = toSignal(
    inject(BreakpointObserver)
      .observe('(max-width: 840px)')
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  readonly signingOut = signal(false);

  constructor() {
    // A reconnect the server could not replay in full: say so, and offer the page afresh.
    effect(() => {
      if (this.#live.missed() === 0) return;
      untracked(() =>
        this.#snackBar
          .open(
            'Some live updates were missed while the connection was down.',
            'Reload',
          )
          .onAction()
          .subscribe(() => this.#reload(this.#router.url)),
      );
    });
  }

  skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }

  navigated(): void {
    if (this.narrow()) {
      void this.sidenav().close();
    }
  }

  /** Nothing said to one person may linger into the next session. */
  ngOnDestroy(): void {
    this.#snackBar.dismiss();
  }

  /** The page is replaced by a fresh sign-in page; until then the button stays disabled. */
  signOut(): void {
    this.signingOut.set(true);
    this.#auth.signOut();
  }
}
