import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import {
  MatError,
  MatFormField,
  MatHint,
  MatLabel,
} from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { SERVER_ERROR_KEY } from '@navdesk/console/data-access';
import { PASSWORD_MIN_LENGTH } from '@navdesk/contracts';

/**
 * The "New password" field of the change and reset pages: its hint on length, and why it is
 * refused (empty, too short, or the API's word on it).
 */
@Component({
  selector: 'nd-new-password-field',
  // The page's submit marks the field touched, and the API's refusal sets an error, without changing an
  // input: the input's control-status classes read the control's touched and status signals, which
  // mark this view for check.
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
  ],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>New password</mat-label>
      <input
        matInput
        type="password"
        autocomplete="new-password"
        required
        [formControl]="control()"
      />
      <mat-hint
        >At least {{ minLength }} characters. A few unrelated words make a
        strong one.</mat-hint
      >
      @if (control().hasError('required')) {
        <mat-error>Enter a new password</mat-error>
      } @else if (control().hasError('minlength')) {
        <mat-error>Use at least {{ minLength }} characters</mat-error>
      } @else if (control().getError(serverError); as message) {
        <mat-error>{{ message }}</mat-error>
      }
    </mat-form-field>
  `,
  styles: `
    :host {
      display: block;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class NewPasswordFieldComponent {
  readonly control = input.required<FormControl<string>>();

  readonly minLength = PASSWORD_MIN_LENGTH;
  readonly serverError = SERVER_ERROR_KEY;
}
