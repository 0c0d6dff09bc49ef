import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
  AbstractControl,
  ValidationErrors,
} from '@angular/forms';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Observable } from 'rxjs';
import { describeTailoringChange } from '@navdesk/console/ui';
import { TailoringDecision, TailoringRequestView } from '@navdesk/contracts';

export const NOTE_MAX = 1000;

export interface DecisionDialogData {
  request: TailoringRequestView;
  decision: TailoringDecision;
}

function notBlank(control: AbstractControl<string>): ValidationErrors | null {
  return control.value.trim() === '' ? { required: true } : null;
}

/** Approve or decline a tailoring request, with the note the PWP will read. Closes with the note. */
@Component({
  selector: 'nd-decision-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatButton,
    MatDialogTitle,
    MatDialogContent,
    MatDialogActions,
    MatDialogClose,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
  ],
  template: `
    <form [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <h2 mat-dialog-title>{{ title }}</h2>
      <mat-dialog-content>
        <p>
          <strong>{{ change }}</strong> for patient
          {{ data.request.patientRef }}, asked by
          {{ data.request.requestedBy.name }}.
        </p>
        <p class="reason">Reason: {{ data.request.reason }}</p>
        @if (approving) {
          <p>
            The change is sent to the digital programme; the request shows as
            applied once the programme has made it.
          </p>
        }
        <mat-form-field appearance="outline" class="note">
          <mat-label>Note to the PWP</mat-label>
          <textarea
            matInput
            rows="3"
            formControlName="note"
            required
            [maxlength]="noteMax"
          ></textarea>
          <mat-hint>Why, in a sentence. No names or clinical detail.</mat-hint>
          @if (form.controls.note.touched && form.controls.note.invalid) {
            <mat-error>Write a note saying why</mat-error>
          }
        </mat-form-field>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="undefined">
          Cancel
        </button>
        <button mat-flat-button type="submit">{{ confirm }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .note {
      width: 100%;
    }
    .reason {
      overflow-wrap: anywhere;
    }
  `,
})
export class DecisionDialogComponent {
  readonly data: DecisionDialogData = inject(MAT_DIALOG_DATA);
  readonly #ref =
    inject<MatDialogRef<DecisionDialogComponent, string>>(MatDialogRef);

  readonly noteMax = NOTE_MAX;
  readonly approving = this.data.decision === 'approved';
  readonly title = `${this.approving ? 'Approve' : 'Decline'} this request?`;
  readonly confirm = this.approving ? 'Approve request' : 'Decline request';
  readonly change = describeTailoringChange(this.data.request);

  readonly form = inject(NonNullableFormBuilder).group({
    note: ['', [notBlank, Validators.maxLength(NOTE_MAX)]],
  });

  submit(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.#ref.close(this.form.controls.note.value.trim());
  }
}

/** Opens the dialog; emits the note, or undefined when cancelled. */
export function askForDecision(
  dialog: MatDialog,
  data: DecisionDialogData,
): Observable<string | undefined> {
  return dialog
    .open<
      DecisionDialogComponent,
      DecisionDialogData,
      string
    >(DecisionDialogComponent, { data, width: '520px', autoFocus: 'first-tabbable' })
    .afterClosed();
}
