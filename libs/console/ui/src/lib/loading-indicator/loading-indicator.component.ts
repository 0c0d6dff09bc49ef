import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBar } from '@angular/material/progress-bar';

/** An indeterminate bar with a text alternative announced to screen readers. */
@Component({
  selector: 'nd-loading-indicator',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatProgressBar],
  template: `
    <mat-progress-bar mode="indeterminate" [attr.aria-label]="label()" />
    <p class="nd-loading__label" role="status">{{ label() }}</p>
  `,
  styles: `
    :host {
      display: block;
      margin: 16px 0;
    }
    .nd-loading__label {
      margin: 8px 0 0;
      color: var(--nd-text-secondary, #4c6272);
    }
  `,
})
export class LoadingIndicatorComponent {
  readonly label = input('Loading…');
}
