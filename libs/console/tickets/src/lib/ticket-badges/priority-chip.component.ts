import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { PRIORITY_LABELS } from '@navdesk/console/ui';
import type { Priority } from '@navdesk/contracts';

/** P1–P4, strongest colour for the most urgent; "Untriaged" before a priority is set. */
@Component({
  selector: 'nd-priority-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[class]': "'nd-priority nd-priority--' + (priority() ?? 'none')" },
  template: `{{ label() }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 4px;
      font-size: 0.8125rem;
      font-weight: 600;
      line-height: 1.5;
      white-space: nowrap;
      background: #e8edee;
      color: #212b32;
    }
    :host(.nd-priority--p1) {
      background: #8a1538;
      color: #fff;
    }
    :host(.nd-priority--p2) {
      background: #ffdcd6;
      color: #6b0f0a;
    }
    :host(.nd-priority--p3) {
      background: #e8f1fb;
      color: #003087;
    }
  `,
})
export class PriorityChipComponent {
  readonly priority = input.required<Priority | null>();
  readonly label = computed(() => {
    const priority = this.priority();
    return priority ? PRIORITY_LABELS[priority] : 'Untriaged';
  });
}
