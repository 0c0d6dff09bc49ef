import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { FLAG_KIND_LABELS } from '@navdesk/console/ui';
import type { FlagKind } from '@navdesk/contracts';

/** One flag, by its readable name. */
@Component({
  selector: 'nd-flag-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'nd-flag',
    '[attr.data-flag]': 'kind()',
  },
  template: `<span aria-hidden="true">⚑</span> {{ label() }}`,
  styles: `
    :host {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 4px;
      font-size: 0.8125rem;
      font-weight: 600;
      line-height: 1.5;
      white-space: nowrap;
      background: #fdecea;
      color: #8a1538;
      border: 1px solid #8a1538;
    }
  `,
})
export class FlagChipComponent {
  readonly kind = input.required<FlagKind>();
  readonly label = computed(() => FLAG_KIND_LABELS[this.kind()]);
}
