import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { FlagsApi, toApiError } from '@navdesk/console/data-access';
import { FLAG_KIND_LABELS, injectFormShell } from '@navdesk/console/ui';
import type { PatientFlagView } from '@navdesk/contracts';

export const ACKNOWLEDGE_NOTE_MAX = 500;

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' ? { required: true } : null;
}

/**
 * "Acknowledge" on an open flag: opens a note field (what the navigator did or will do), sends
 * the trimmed note and emits the acknowledged flag; the API's refusal shows under the note.
 */
@Component({
  selector: 'nd-flag-acknowledge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
  ],
  template: `
    @if (!open()) {
      <button
        #opener
        mat-stroked-button
        type="button"
        data-testid="acknowledge-flag"
        [attr.aria-label]="'Acknowledge ' + name()"
        (click)="show()"
      >
        Acknowledge
      </button>
    } @else {
      <form
        class="nd-ack"
        novalidate
        [formGroup]="form"
        [attr.aria-label]="'Acknowledge ' + name()"
        (ngSubmit)="submit()"
      >
        <mat-form-field appearance="outline" class="nd-ack__note">
          <mat-label>Note</mat-label>
          <textarea
            #noteField
            matInput
            rows="2"
            required
            data-testid="acknowledge-note"
            formControlName="note"
            [maxlength]="noteMax"
          ></textarea>
          <mat-hint
            >What you did or will do, e.g. “Phoned, booked a log-in reset”. No
            names or clinical detail.</mat-hint
          >
          @if (note.touched && note.errors?.['required']) {
            <mat-error>Say what you did about this flag</mat-error>
          }
        </mat-form-field>
        @if (error(); as message) {
          <p class="nd-ack__error" role="alert">{{ message }}</p>
        }
        <div class="nd-ack__actions">
          <button
            mat-flat-button
            type="submit"
            data-testid="acknowledge-submit"
            [disabled]="pending()"
          >
            {{ pending() ? 'Acknowledging…' : 'Acknowledge flag' }}
          </button>
          <button
            mat-button
            type="button"
            [disabled]="pending()"
            (click)="cancel()"
          >
            Cancel
          </button>
        </div>
      </form>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .nd-ack {
      display: grid;
      gap: 8px;
      min-width: min(100%, 320px);
    }
    .nd-ack__note {
      width: 100%;
    }
    .nd-ack__actions {
      display: flex;
      gap: 8px;
      flex-wrap: wrap;
    }
    .nd-ack__error {
      margin: 0;
      color: #8a1538;
      font-weight: 600;
    }
  `,
})
export class FlagAcknowledgeComponent {
  readonly #injector = inject(Injector);
  readonly #api = inject(FlagsApi);
  readonly #shell = injectFormShell();

  readonly flag = input.required<PatientFlagView>();
  /** The flag as the API returns it once acknowledged. */
  readonly acknowledged = output<PatientFlagView>();

  readonly pending = this.#shell.pending;
  /** The API's refusal, shown under the note. */
  readonly error = this.#shell.error;

  readonly noteMax = ACKNOWLEDGE_NOTE_MAX;
  readonly open = signal(false);
  readonly note = new FormControl('', {
    nonNullable: true,
    validators: [notBlank, Validators.maxLength(ACKNOWLEDGE_NOTE_MAX)],
  });
  readonly form = new FormGroup({ note: this.note });

  readonly noteField = viewChild<ElementRef<HTMLTextAreaElement>>('noteField');
  readonly opener = viewChild<ElementRef<HTMLButtonElement>>('opener');

  name(): string {
    const flag = this.flag();
    return `the ${FLAG_KIND_LABELS[flag.kind].toLowerCase()} flag for ${flag.patientRef}`;
  }

  show(): void {
    this.open.set(true);
    afterNextRender(() => this.noteField()?.nativeElement.focus(), {
      injector: this.#injector,
    });
  }

  cancel(): void {
    this.open.set(false);
    this.note.reset();
    afterNextRender(() => this.opener()?.nativeElement.focus(), {
      injector: this.#injector,
    });
  }

  submit(): void {
    if (!this.#shell.ready(this.form)) return;
    const note = this.note.value.trim();
    this.#shell.submit(this.#api.acknowledge(this.flag().id, { note }), {
      done: (updated) => this.acknowledged.emit(updated),
      failed: (error) => toApiError(error).message,
    });
  }
}
