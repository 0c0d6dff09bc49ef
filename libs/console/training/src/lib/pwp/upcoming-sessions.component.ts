import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { toApiError, TrainingApi } from '@navdesk/console/data-access';
import { LondonTimePipe } from '@navdesk/console/ui';
import { TrainingSessionView } from '@navdesk/contracts';
import { sessionPlace } from '../labels/training-labels';

/** A PWP's view of the sessions to come: when, where, seats, invitations, and booking. */
@Component({
  selector: 'nd-upcoming-sessions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, LondonTimePipe],
  host: {
    role: 'region',
    'aria-labelledby': 'upcoming-heading',
    'data-testid': 'upcoming-sessions',
  },
  template: `
    <h2 id="upcoming-heading">Upcoming sessions</h2>
    <p class="nd-announcement" role="status">{{ announcement() }}</p>
    @if (sessions().length === 0) {
      <p class="nd-muted">
        No sessions are planned in your services yet. Your digital navigator
        will add them here.
      </p>
    } @else {
      <ul class="sessions">
        @for (session of sessions(); track session.id) {
          <li
            class="session"
            [attr.aria-labelledby]="'session-' + session.id"
            [attr.data-session-id]="session.id"
          >
            <div class="session__head">
              <h3 [id]="'session-' + session.id">
                {{ session.module.title }}
              </h3>
              @if (session.invitedMe) {
                <span class="nd-pill nd-pill--warn">Invited</span>
              }
              @if (session.module.core) {
                <span class="nd-pill">Core induction</span>
              }
              @if (session.myBooking === 'booked') {
                <span class="nd-pill nd-pill--good">Booked</span>
              }
              @if (session.cancelled) {
                <span class="nd-pill nd-pill--muted">Cancelled</span>
              }
            </div>
            <p class="session__when">
              <time [attr.datetime]="session.startsAt">{{
                session.startsAt | londonTime
              }}</time>
              to
              <time [attr.datetime]="session.endsAt">{{
                session.endsAt | londonTime: 'time'
              }}</time>
              (UK time) · {{ place(session) }}
            </p>
            <p class="session__seats">{{ seats(session) }}</p>
            @if (errors()[session.id]; as message) {
              <p class="error" role="alert" data-testid="booking-error">
                {{ message }}
              </p>
            }
            @if (!session.cancelled) {
              @if (session.myBooking === 'booked') {
                <button
                  mat-stroked-button
                  type="button"
                  [disabled]="pending() === session.id"
                  (click)="cancelBooking(session)"
                >
                  Cancel booking
                </button>
              } @else if (session.myBooking === null) {
                <button
                  mat-flat-button
                  type="button"
                  [disabled]="pending() === session.id"
                  (click)="book(session)"
                >
                  Book
                </button>
              }
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      margin: 0 0 4px;
      font: var(--mat-sys-title-large);
    }
    .sessions {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
      gap: 16px;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .session {
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .session__head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    h3 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 8px 0;
    }
    .error {
      font-weight: 600;
      color: #8a1538;
    }
  `,
})
export class UpcomingSessionsComponent {
  readonly #api = inject(TrainingApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly sessions = input.required<readonly TrainingSessionView[]>();
  /** A booking was made or cancelled: the page re-reads the record and lists. */
  readonly changed = output<TrainingSessionView>();

  readonly pending = signal<string | null>(null);
  readonly errors = signal<Record<string, string>>({});
  readonly announcement = signal('');

  place(session: TrainingSessionView): string {
    return sessionPlace(session);
  }

  seats(session: TrainingSessionView): string {
    if (session.seatsLeft <= 0)
      return `Full: all ${session.capacity} seats booked`;
    return `${session.seatsLeft} of ${session.capacity} ${session.seatsLeft === 1 ? 'seat' : 'seats'} left`;
  }

  book(session: TrainingSessionView): void {
    this.#start(session);
    this.#api
      .book(session.id)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: () => {
          this.pending.set(null);
          this.announcement.set(`Booked: ${session.module.title}.`);
          this.changed.emit({
            ...session,
            myBooking: 'booked',
            booked: session.booked + 1,
            seatsLeft: Math.max(0, session.seatsLeft - 1),
          });
        },
        error: (error: unknown) => this.#fail(session, error),
      });
  }

  cancelBooking(session: TrainingSessionView): void {
    this.#start(session);
    this.#api
      .cancelBooking(session.id)
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: () => {
          this.pending.set(null);
          this.announcement.set(`Booking cancelled: ${session.module.title}.`);
          this.changed.emit({
            ...session,
            myBooking: null,
            booked: Math.max(0, session.booked - 1),
            seatsLeft: session.seatsLeft + 1,
          });
        },
        error: (error: unknown) => this.#fail(session, error),
      });
  }

  #start(session: TrainingSessionView): void {
    this.pending.set(session.id);
    this.announcement.set('');
    this.errors.update(({ [session.id]: _gone, ...rest }) => rest);
  }

  #fail(session: TrainingSessionView, error: unknown): void {
    this.pending.set(null);
    this.errors.update((errors) => ({
      ...errors,
      [session.id]: toApiError(error).message,
    }));
  }
}
