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
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { TicketsApi, toApiError } from '@navdesk/console/data-access';
import { ErrorBannerComponent } from '@navdesk/console/ui';
import { TicketFeedbackRequest, TicketView } from '@navdesk/contracts';

/** The reporter's two questions once the ticket is resolved, then thanks. */
@Component({
  selector: 'nd-ticket-feedback',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton, MatRadioGroup, MatRadioButton, ErrorBannerComponent],
  template: `
    <section class="feedback" aria-labelledby="feedback-heading">
      @if (ticket().feedback ?? sentAnswers(); as answers) {
        <h2 id="feedback-heading" tabindex="-1">Thank you</h2>
        <p role="status">
          Thanks for telling us. You said the problem was
          <strong>{{ answers.solved ? 'solved' : 'not solved' }}</strong
          >, and that it
          <strong>{{ answers.disruptedTherapy ? 'did' : 'did not' }}</strong>
          disrupt therapy with your patient.
        </p>
      } @else {
        <h2 id="feedback-heading">Two quick questions</h2>
        <p class="lead">
          Your answers help the service see what faults cost therapy.
        </p>
        @if (error(); as message) {
          <nd-error-banner heading="Not sent" [message]="message" />
        }
        <div class="question">
          <p id="q-solved" class="question__text">Was it solved?</p>
          <mat-radio-group
            aria-labelledby="q-solved"
            [value]="solved()"
            (change)="solved.set($event.value)"
          >
            <mat-radio-button [value]="true">Yes</mat-radio-button>
            <mat-radio-button [value]="false">No</mat-radio-button>
          </mat-radio-group>
        </div>
        <div class="question">
          <p id="q-disrupted" class="question__text">
            Did the fault disrupt therapy with your patient?
          </p>
          <mat-radio-group
            aria-labelledby="q-disrupted"
            [value]="disrupted()"
            (change)="disrupted.set($event.value)"
          >
            <mat-radio-button [value]="true">Yes</mat-radio-button>
            <mat-radio-button [value]="false">No</mat-radio-button>
          </mat-radio-group>
        </div>
        <button
          mat-flat-button
          type="button"
          (click)="send()"
          [disabled]="solved() === null || disrupted() === null || sending()"
        >
          {{ sending() ? 'Sending…' : 'Send answers' }}
        </button>
      }
    </section>
  `,
  styles: `
    .feedback {
      padding: 16px;
      border-radius: 12px;
      background: #e6f4ea;
      border: 1px solid #007f3b;
    }
    h2 {
      margin: 0 0 8px;
      font: var(--mat-sys-title-medium);
    }
    p {
      margin: 0 0 12px;
    }
    .question {
      margin-bottom: 12px;
    }
    .question__text {
      margin: 0 0 4px;
      font-weight: 600;
    }
  `,
})
export class TicketFeedbackComponent {
  readonly #tickets = inject(TicketsApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly ticket = input.required<TicketView>();
  readonly answered = output<TicketView>();

  /** What was sent, so the thanks show even before the ticket is re-read. */
  readonly sentAnswers = signal<TicketFeedbackRequest | null>(null);
  readonly solved = signal<boolean | null>(null);
  readonly disrupted = signal<boolean | null>(null);
  readonly sending = signal(false);
  readonly error = signal<string | null>(null);

  send(): void {
    const solved = this.solved();
    const disruptedTherapy = this.disrupted();
    if (solved === null || disruptedTherapy === null) return;
    this.sending.set(true);
    this.error.set(null);
    this.#tickets
      .feedback(this.ticket().id, { solved, disruptedTherapy })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (ticket) => {
          this.sending.set(false);
          this.sentAnswers.set({ solved, disruptedTherapy });
          this.answered.emit(ticket);
        },
        error: (error: unknown) => {
          this.sending.set(false);
          this.error.set(toApiError(error).message);
        },
      });
  }
}
