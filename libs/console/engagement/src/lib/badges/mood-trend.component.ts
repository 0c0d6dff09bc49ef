import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { MoodTrend } from '@navdesk/contracts';
import { moodTrendWords } from './engagement-labels';

/** "6 ▼3": the latest mood (0–10) and its change on a week before, said in full to screen readers. */
@Component({
  selector: 'nd-mood-trend',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (trend(); as t) {
      <span aria-hidden="true" class="nd-mood">
        <span class="nd-mood__latest">{{ t.latest }}</span
        ><span class="nd-mood__of">/10</span>
        @if (t.change !== null) {
          <span
            class="nd-mood__change"
            [class.nd-mood__change--down]="t.change < 0"
            [class.nd-mood__change--up]="t.change > 0"
            >{{ arrow() }}{{ magnitude() }}</span
          >
        }
      </span>
      <span class="nd-mood__words">{{ words() }}</span>
    } @else {
      <span aria-hidden="true" class="nd-mood__none">—</span>
      <span class="nd-mood__words">{{ words() }}</span>
    }
  `,
  styles: `
    :host {
      white-space: nowrap;
    }
    .nd-mood__latest {
      font-weight: 600;
    }
    .nd-mood__of {
      color: var(--nd-text-secondary, #4c6272);
      font-size: 0.8125rem;
    }
    .nd-mood__change {
      margin-left: 6px;
      font-size: 0.875rem;
    }
    .nd-mood__change--down {
      color: #8a1538;
    }
    .nd-mood__change--up {
      color: #00401e;
    }
    .nd-mood__none {
      color: var(--nd-text-secondary, #4c6272);
    }
    .nd-mood__words {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
    }
  `,
})
export class MoodTrendComponent {
  readonly trend = input.required<MoodTrend | null>();

  readonly words = computed(() => moodTrendWords(this.trend()));
  readonly arrow = computed(() => {
    const change = this.trend()?.change ?? 0;
    return change > 0 ? '▲' : change < 0 ? '▼' : '±';
  });
  readonly magnitude = computed(() => Math.abs(this.trend()?.change ?? 0));
}
