import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
  signal,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TrainingPwpOption } from '@navdesk/console/data-access';
import { CONFIDENCE_SCALE } from '../../labels/training-labels';
import { ConfidencePair } from './attendance-form.component';

export interface WalkIn extends ConfidencePair {
  pwpId: string;
}

/** A PWP who came without booking: pick them, record their confidence. */
@Component({
  selector: 'nd-walk-in-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButton, MatFormField, MatLabel, MatInput],
  template: `
    @if (candidates().length === 0) {
      <p class="nd-muted">Every PWP of this service is on the roster.</p>
    } @else {
      <form class="row" (ngSubmit)="submit()">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>PWP</mat-label>
          <select
            matNativeControl
            name="pwp"
            data-testid="walk-in-pwp"
            [ngModel]="pwpId()"
            (ngModelChange)="pwpId.set($event)"
          >
            <option value="" disabled>Choose a PWP</option>
            @for (pwp of candidates(); track pwp.id) {
              <option [value]="pwp.id">{{ pwp.name }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Confidence before (1–10)</mat-label>
          <select
            matNativeControl
            name="before"
            data-testid="walk-in-before"
            [ngModel]="before()"
            (ngModelChange)="before.set($event)"
          >
            <option [ngValue]="null" disabled>–</option>
            @for (n of scale; track n) {
              <option [ngValue]="n">{{ n }}</option>
            }
          </select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>Confidence after (1–10)</mat-label>
          <select
            matNativeControl
            name="after"
            data-testid="walk-in-after"
            [ngModel]="after()"
            (ngModelChange)="after.set($event)"
          >
            <option [ngValue]="null" disabled>–</option>
            @for (n of scale; track n) {
              <option [ngValue]="n">{{ n }}</option>
            }
          </select>
        </mat-form-field>
        <button mat-stroked-button type="submit" [disabled]="pending()">
          {{ pending() ? 'Saving…' : 'Add walk-in' }}
        </button>
      </form>
      @if (message(); as m) {
        <p class="error" role="alert">{{ m }}</p>
      }
    }
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    .error {
      margin: 4px 0 0;
      font-weight: 600;
      color: #8a1538;
    }
  `,
})
export class WalkInFormComponent {
  readonly candidates = input.required<readonly TrainingPwpOption[]>();
  readonly pending = input(false);
  readonly error = input<string | null>(null);
  readonly save = output<WalkIn>();

  readonly scale = CONFIDENCE_SCALE;
  readonly pwpId = signal('');
  readonly before = signal<number | null>(null);
  readonly after = signal<number | null>(null);
  readonly #missing = signal(false);

  readonly message = computed(() =>
    this.#missing()
      ? 'Choose the PWP and their confidence before and after, 1 to 10.'
      : this.error(),
  );

  submit(): void {
    const pwpId = this.pwpId();
    const before = this.before();
    const after = this.after();
    if (!pwpId || before === null || after === null) {
      this.#missing.set(true);
      return;
    }
    this.#missing.set(false);
    this.save.emit({ pwpId, confidenceBefore: before, confidenceAfter: after });
  }

  /** After a successful save: ready for the next walk-in. */
  reset(): void {
    this.pwpId.set('');
    this.before.set(null);
    this.after.set(null);
  }
}
