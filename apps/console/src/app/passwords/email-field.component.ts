import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';

/** The "E-mail" field of the sign-in and forgotten-password pages, with why it is refused. */
@Component({
  selector: 'nd-email-field',
  // The page's submit marks the field touched, and the API's refusal sets an error, without changing an
  // input: the input's control-status classes read the control's touched and status signals, which
  // mark this view for check.
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormField, MatLabel, MatError, MatInput],
  template: `
    <mat-form-field appearance="outline">
      <mat-label>E-mail</mat-label>
      <input
        matInput
        type="email"
        autocomplete="username"
        required
        [formControl]="control()"
      />
      @if (control().hasError('required')) {
        <mat-error>Enter your e-mail address</mat-error>
      } @else if (control().hasError('email')) {
        <mat-error
          >Enter an e-mail address like name&#64;example.nhs.uk</mat-error
        >
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
export class EmailFieldComponent {
  readonly control = input.required<FormControl<string>>();
}
