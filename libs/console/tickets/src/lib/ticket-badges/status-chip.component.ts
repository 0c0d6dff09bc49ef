import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { STATUS_LABELS, TicketStatus } from '@navdesk/contracts';

@Component({
  selector: 'nd-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': "'nd-status nd-status--' + status()" },
  template: `{{ label() }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 999px;
      font-size: 0.8125rem;
      line-height: 1.5;
      white-space: nowrap;
      background: #e8f1fb;
      color: #003087;
    }
    :host(.nd-status--waiting_on_reporter) {
      background: #fff4d6;
      color: #4d3800;
    }
    :host(.nd-status--resolved),
    :host(.nd-status--closed) {
      background: #e6f4ea;
      color: #00401e;
    }
  `,
})
export class StatusChipComponent {
  readonly status = input.required<TicketStatus>();
  readonly label = computed(() => STATUS_LABELS[this.status()]);
}
