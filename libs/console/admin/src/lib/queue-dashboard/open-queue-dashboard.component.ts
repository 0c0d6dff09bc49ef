import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { OperationsApi, toApiError } from '@navdesk/console/data-access';
import { ErrorBannerComponent } from '@navdesk/console/ui';
import { OPEN_FULL_PAGE } from './open-full-page.token';

/** bull-board, served by the api outside the console. */
export const QUEUE_DASHBOARD_URL = '/admin/queues';

/**
 * Opens the queue dashboard as a full page. The console's token lives in session storage, which a
 * page load does not send: the api first sets a short-lived cookie for this session, then we go.
 */
@Component({
  selector: 'nd-open-queue-dashboard',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, ErrorBannerComponent],
  template: `
    <button
      mat-stroked-button
      type="button"
      (click)="open()"
      [disabled]="opening()"
    >
      {{ opening() ? 'Opening queue dashboard…' : 'Open queue dashboard' }}
    </button>
    @if (error(); as message) {
      <nd-error-banner
        heading="The queue dashboard could not be opened"
        [message]="message"
      />
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      gap: 4px;
    }
    nd-error-banner {
      margin: 0;
      max-width: 40ch;
    }
  `,
})
export class OpenQueueDashboardComponent {
  readonly #ops = inject(OperationsApi);
  readonly #openFullPage = inject(OPEN_FULL_PAGE);
  readonly #destroyRef = inject(DestroyRef);

  readonly opening = signal(false);
  readonly error = signal<string | null>(null);

  open(): void {
    this.opening.set(true);
    this.error.set(null);
    this.#ops
      .openQueueDashboardSession()
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: () => {
          this.#openFullPage(QUEUE_DASHBOARD_URL);
          // Usable again if the browser brings this page back (Back, from its cache).
          this.opening.set(false);
        },
        error: (error: unknown) => {
          this.error.set(toApiError(error).message);
          this.opening.set(false);
        },
      });
  }
}
