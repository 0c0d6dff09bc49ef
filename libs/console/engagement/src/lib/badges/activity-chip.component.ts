import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { formatUkDate } from '@navdesk/console/ui';
import { ACTIVITY_BAND_LABELS, activityBand } from './engagement-labels';

/** How recently a patient logged in: always a word, the colour only repeats it. */
@Component({
  selector: 'nd-activity-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[class]': "'nd-activity nd-activity--' + band()",
    '[attr.data-band]': 'band()',
    '[attr.title]': 'title()',
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
      border: 1px solid transparent;
    }
    :host(.nd-activity--recent) {
      background: #e6f4ea;
      color: #00401e;
      border-color: #007f3b;
    }
    :host(.nd-activity--week) {
      background: #e8f1fb;
      color: #003087;
      border-color: #005eb8;
    }
    :host(.nd-activity--older) {
      background: #fff4d6;
      color: #4d3800;
      border-color: #b37a00;
    }
    :host(.nd-activity--never) {
      background: #e8edee;
      color: #212b32;
      border-color: #aeb7bd;
    }
  `,
})
export class ActivityChipComponent {
  readonly lastLoginAt = input.required<string | null>();
  /** Epoch ms; tests pin it. */
  readonly now = input<number>(Date.now());

  readonly band = computed(() => activityBand(this.lastLoginAt(), this.now()));
  readonly label = computed(() => ACTIVITY_BAND_LABELS[this.band()]);
  readonly title = computed(() => {
    const at = this.lastLoginAt();
    return at ? `Last log-in ${formatUkDate(at, 'd MMM y, HH:mm')}` : null;
  });
}
