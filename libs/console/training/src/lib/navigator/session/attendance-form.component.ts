import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { CONFIDENCE_SCALE } from '../../labels/training-labels';

export interface ConfidencePair {
  confidenceBefore: number;
  confidenceAfter: number;
}

/** Before and after confidence (1–10) for one PWP at a session, with a Save button. */
@Component({
  selector: 'nd-attendance-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FormsModule, MatButton, MatFormField, MatLabel, MatInput],
  template: `
    <form class="row" (ngSubmit)="submit()">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label
          >Before<span class="cdk-visually-hidden">
            (confidence of {{ pwpName() }}, 1 to 10)</span
          ></mat-label
        >
        <select
          matNativeControl
          name="before"
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
        <mat-label
          >After<span class="cdk-visually-hidden">
            (confidence of {{ pwpName() }}, 1 to 10)</span
          ></mat-label
        >
        <select
          matNativeControl
          name="after"
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
        {{ pending() ? 'Saving…' : 'Save attendance'
        }}<span class="cdk-visually-hidden"> for {{ pwpName() }}</span>
      </button>
    </form>
    @if (message(); as m) {
      <p class="error" role="alert">{{ m }}</p>
    }
  `,
  styles: `
    .row {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
    mat-form-field {
      width: 110px;
    }
    .error {
      margin: 4px 0 0;
      font-weight: 600;
      color: #8a1538;
    }
  `,
})
export class AttendanceFormComponent {
  readonly pwpName = input.required<string>();
  /** What was recorded before, if anything (the selects start there). */
  readonly recorded = input<ConfidencePair | null>(null);
  readonly pending = input(false);
  readonly error = input<string | null>(null);
  readonly save = output<ConfidencePair>();

  readonly scale = CONFIDENCE_SCALE;
  readonly before = signal<number | null>(null);
  readonly after = signal<number | null>(null);
  readonly #missing = signal(false);

  readonly message = computed(() =>
    this.#missing()
      ? 'Choose confidence before and after, 1 to 10.'
      : this.error(),
  );

  constructor() {
    effect(() => {
      const recorded = this.recorded();
      untracked(() => {
        this.before.set(recorded?.confidenceBefore ?? null);
        this.after.set(recorded?.confidenceAfter ?? null);
      });
    });
  }

  submit(): void {
    const before = this.before();
    const after = this.after();
    if (before === null || after === null) {
      this.#missing.set(true);
      return;
    }
    this.#missing.set(false);
    this.save.emit({ confidenceBefore: before, confidenceAfter: after });
  }
}
