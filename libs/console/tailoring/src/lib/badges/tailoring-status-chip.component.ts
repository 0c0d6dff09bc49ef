import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { tailoringStatusLabel } from '@navdesk/console/ui';

/** A tailoring request's status: the word always, colour only repeating it. */
@Component({
  selector: 'nd-tailoring-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': "'nd-tailoring-status nd-tailoring-status--' + status()",
    'data-testid': 'tailoring-status',
  },
  template: `{{ label() }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      font-size: 0.8125rem;
      font-weight: 600;
      line-height: 1.5;
      white-space: nowrap;
      background: #e8f1fb;
      color: #003087;
    }
    :host(.nd-tailoring-status--pending) {
      background: #fff4d6;
      color: #4d3800;
    }
    :host(.nd-tailoring-status--applied) {
      background: #e6f4ea;
      color: #00401e;
    }
    :host(.nd-tailoring-status--failed) {
      background: #fdecea;
      color: #8a1538;
    }
    :host(.nd-tailoring-status--declined) {
      background: #e8edee;
      color: #212b32;
    }
  `,
})
export class TailoringStatusChipComponent {
  readonly status = input.required<string>();
  readonly label = computed(() => tailoringStatusLabel(this.status()));
}
