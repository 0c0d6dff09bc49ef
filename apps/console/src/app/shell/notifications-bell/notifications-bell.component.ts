import { NgTemplateOutlet } from '@angular/common';
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
import { MatIconButton } from '@angular/material/button';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { interval, merge, startWith, switchMap, catchError, EMPTY } from 'rxjs';
import {
  LiveEventsService,
  NotificationsApi,
} from '@navdesk/console/data-access';
import { NOTIFICATION_TYPE_LABELS, UkDatePipe } from '@navdesk/console/ui';
import { NotificationView } from '@navdesk/contracts';

export const BELL_REFRESH_MS = 60_000;
const RECENT = 10;

/** The toolbar bell: unread count (live and every minute) and a menu of recent notifications. */
@Component({
  selector: 'nd-notifications-bell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    NgTemplateOutlet,
    RouterLink,
    MatIconButton,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
  ],
  templateUrl: './notifications-bell.component.html',
  styleUrl: './notifications-bell.component.scss',
})
export class NotificationsBellComponent implements OnInit {
  readonly #api = inject(NotificationsApi);
  readonly #live = inject(LiveEventsService);
  readonly #destroyRef = inject(DestroyRef);

  readonly unread = signal(0);
  readonly items = signal<NotificationView[] | null>(null);
  readonly failed = signal(false);
  readonly typeLabels = NOTIFICATION_TYPE_LABELS;

  readonly badge = computed(() => {
    const n = this.unread();
    return n > 99 ? '99+' : String(n);
  });
  /**
   * The button's name holds the badge's text as shown ("99+", not "519"), so a person who says what
   * they see (voice control) names the button (WCAG 2.5.3, axe's label-content-name-mismatch).
   */
  readonly label = computed(() =>
    this.unread() > 0
      ? `Notifications, ${this.badge()} unread`
      : 'Notifications',
  );

  ngOnInit(): void {
    merge(interval(BELL_REFRESH_MS), this.#live.ofType('notification.created'))
      .pipe(
        startWith(null),
        // Polls are not the person's use of the session (SESSION_IDLE_MINUTES).
        switchMap(() =>
          this.#api.summary({ background: true }).pipe(catchError(() => EMPTY)),
        ),
        takeUntilDestroyed(this.#destroyRef),
      )
      .subscribe((summary) => {
        const changed = summary.unread !== this.unread();
        this.unread.set(summary.unread);
        // A list already shown is stale once the count moves.
        if (changed && this.items() !== null) this.#loadList();
      });
  }

  /** Where a notification leads: its ticket, or the training or tailoring area it is about. */
  link(notification: NotificationView): string[] | null {
    if (notification.ticketId) return ['/tickets', notification.ticketId];
    if (notification.type.startsWith('training_')) return ['/training'];
    if (notification.type.startsWith('tailoring_')) return ['/tailoring'];
    return null;
  }

  typeLabel(notification: NotificationView): string {
    return this.typeLabels[notification.type];
  }

  opened(): void {
    this.#loadList();
  }

  open(notification: NotificationView): void {
    if (notification.readAt !== null) return;
    const readAt = new Date().toISOString();
    this.items.update(
      (items) =>
        items?.map((n) => (n.id === notification.id ? { ...n, readAt } : n)) ??
        null,
    );
    this.unread.update((n) => Math.max(0, n - 1));
    this.#api
      .markRead({ ids: [notification.id] })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({ error: () => undefined });
  }

  markAllRead(): void {
    const readAt = new Date().toISOString();
    this.#api
      .markRead({ all: true })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: () => {
          this.unread.set(0);
          this.items.update(
            (items) =>
              items?.map((n) => ({ ...n, readAt: n.readAt ?? readAt })) ?? null,
          );
        },
        error: () => this.failed.set(true),
      });
  }

  #loadList(): void {
    this.failed.set(false);
    this.#api
      .list({ limit: RECENT })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (page) => this.items.set(page.items),
        error: () => this.failed.set(true),
      });
  }
}
