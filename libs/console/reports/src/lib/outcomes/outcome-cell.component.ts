import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ChartCellText } from '@navdesk/console/ui/chart';

/**
 * One figure in words. When it carries a `label` ("Suppressed" and why), sighted readers see the
 * word with the reason on hover and screen readers hear the reason, as `nd-patient-count` does.
 */
@Component({
  selector: 'nd-outcome-cell',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class.nd-outcome-cell--hidden]': '!!cell().label' },
  template: `
    @if (cell().label; as label) {
      <span aria-hidden="true" [attr.title]="label">{{ cell().text }}</span>
      <span class="cdk-visually-hidden">{{ label }}</span>
    } @else {
      {{ cell().text }}
    }
  `,
  styles: `
    :host(.nd-outcome-cell--hidden) span[aria-hidden] {
      cursor: help;
      text-decoration: underline dotted;
    }
  `,
})
export class OutcomeCellComponent {
  readonly cell = input.required<ChartCellText>();
}
