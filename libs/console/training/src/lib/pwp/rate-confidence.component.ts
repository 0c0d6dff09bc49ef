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
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import {
  SessionStore,
  toApiError,
  TrainingApi,
} from '@navdesk/console/data-access';
import { LondonTimePipe } from '@navdesk/console/ui';
import { AttendanceView, TrainingSessionView } from '@navdesk/contracts';
import { CONFIDENCE_SCALE } from '../labels/training-labels';

interface Rating {
  before: number | null;
  after: number | null;
}

/**
 * A PWP rates their confidence before and after a session they booked, once it has started:
 * it records their attendance.
 */
@Component({
  selector: 'nd-rate-confidence',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    LondonTimePipe,
  ],
  host: {
    role: 'region',
    'aria-labelledby': 'rate-heading',
    'data-testid': 'rate-confidence',
  },
  template: `
    <h2 id="rate-heading">Rate my confidence</h2>
    <p class="nd-announcement" role="status">{{ announcement() }}</p>
    @for (session of sessions(); track session.id) {
      <form
        class="rating"
        [attr.aria-labelledby]="'rate-' + session.id"
        [attr.data-session-id]="session.id"
        (ngSubmit)="save(session)"
      >
        <h3 [id]="'rate-' + session.id">
          {{ session.module.title }},
          <time [attr.datetime]="session.startsAt">{{
            session.startsAt | londonTime
          }}</time>
        </h3>
        <p class="nd-muted">
          How confident do you feel helping patients with this, from 1 (not at
          all) to 10 (fully)?
        </p>
        <div class="row">
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>Before the session</mat-label>
            <select
              matNativeControl
              required
              name="before"
              [ngModel]="rating(session.id).before"
              (ngModelChange)="set(session.id, 'before', $event)"
            >
              <option [ngValue]="null" disabled>Choose 1–10</option>
              @for (n of scale; track n) {
                <option [ngValue]="n">{{ n }}</option>
              }
            </select>
          </mat-form-field>
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>After the session</mat-label>
            <select
              matNativeControl
              required
              name="after"
              [ngModel]="rating(session.id).after"
              (ngModelChange)="set(session.id, 'after', $event)"
            >
              <option [ngValue]="null" disabled>Choose 1–10</option>
              @for (n of scale; track n) {
                <option [ngValue]="n">{{ n }}</option>
              }
            </select>
          </mat-form-field>
          <button
            mat-flat-button
            type="submit"
            [disabled]="pending() === session.id"
          >
            {{ pending() === session.id ? 'Saving…' : 'Save rating' }}
          </button>
        </div>
        @if (errors()[session.id]; as message) {
          <p class="error" role="alert">{{ message }}</p>
        }
      </form>
    } @empty {
      <p class="nd-muted">
        When a session you booked starts, rate your confidence before and after
        it here. It counts as your attendance.
      </p>
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
    h3 {
      margin: 0;
      font: var(--mat-sys-title-medium);
    }
    .rating {
      margin-bottom: 16px;
      padding: 16px;
      border-radius: 12px;
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
    }
    .error {
      font-weight: 600;
      color: #8a1538;
    }
  `,
})
export class RateConfidenceComponent {
  readonly #api = inject(TrainingApi);
  readonly #session = inject(SessionStore);
  readonly #destroyRef = inject(DestroyRef);

  /** Sessions the PWP booked that have started (or start within the hour). */
  readonly sessions = input.required<readonly TrainingSessionView[]>();
  readonly rated = output<AttendanceView>();

  readonly scale = CONFIDENCE_SCALE;
  readonly ratings = signal<Record<string, Rating>>({});
  readonly pending = signal<string | null>(null);
  readonly errors = signal<Record<string, string>>({});
  readonly announcement = signal('');

  rating(sessionId: string): Rating {
    return this.ratings()[sessionId] ?? { before: null, after: null };
  }

  set(sessionId: string, which: keyof Rating, value: number | null): void {
    this.ratings.update((ratings) => ({
      ...ratings,
      [sessionId]: { ...this.rating(sessionId), [which]: value },
    }));
  }

  save(session: TrainingSessionView): void {
    const { before, after } = this.rating(session.id);
    const pwpId = this.#session.user()?.id;
    if (before === null || after === null) {
      this.#error(
        session.id,
        'Choose how confident you felt before and after the session.',
      );
      return;
    }
    if (!pwpId || this.pending()) return;
    this.pending.set(session.id);
    this.#error(session.id, null);
    this.#api
      .recordAttendance(session.id, {
        pwpId,
        confidenceBefore: before,
        confidenceAfter: after,
      })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (attendance) => {
          this.pending.set(null);
          this.announcement.set(
            `Thank you: your confidence for ${session.module.title} is saved.`,
          );
          this.rated.emit(attendance);
        },
        error: (error: unknown) => {
          this.pending.set(null);
          this.#error(session.id, toApiError(error).message);
        },
      });
  }

  #error(sessionId: string, message: string | null): void {
    this.errors.update(({ [sessionId]: _old, ...rest }) =>
      message ? { ...rest, [sessionId]: message } : rest,
    );
  }
}
