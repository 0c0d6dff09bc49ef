import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { PatientCount } from '@navdesk/contracts';
import {
  HIDDEN_COUNT_LABEL,
  isHiddenCount,
  patientCountText,
} from './report-format';

/**
 * A count of patients. A count of 1 to 4 arrives as '<5' and is shown as "<5", never as a number;
 * screen readers hear "fewer than 5, hidden to protect privacy", and so does a hover.
 */
@Component({
  selector: 'nd-patient-count',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'nd-patient-count',
    '[class.nd-patient-count--hidden]': 'hidden()',
  },
  template: `
    @if (hidden()) {
      <span aria-hidden="true" [attr.title]="label">&lt;5</span>
      <span class="cdk-visually-hidden">{{ label }}</span>
    } @else {
      {{ text() }}
    }
  `,
  styles: `
    :host(.nd-patient-count--hidden) span[aria-hidden] {
      cursor: help;
      text-decoration: underline dotted;
    }
  `,
})
export class PatientCountComponent {
  readonly value = input.required<PatientCount>();

  readonly label = HIDDEN_COUNT_LABEL;
  readonly hidden = computed(() => isHiddenCount(this.value()));
  readonly text = computed(() => patientCountText(this.value()));
}
