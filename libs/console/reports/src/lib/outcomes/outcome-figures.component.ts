import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import type { OutcomeFigure } from '@navdesk/contracts';
import { OutcomeCellComponent } from './outcome-cell.component';
import {
  figureCell,
  figureTrend,
  TREND_ICONS,
  TREND_WORDS,
} from './outcome-format';

export interface OutcomeFigureItem {
  label: string;
  figure: OutcomeFigure;
  format: (value: number) => string;
}

/** A barrier's key figures: this period large, the previous period and the trend in words below. */
@Component({
  selector: 'nd-outcome-figures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [OutcomeCellComponent],
  template: `
    <dl class="nd-report-figures" data-testid="outcome-figures">
      @for (item of view(); track item.label) {
        <div [attr.data-trend]="item.trend">
          <dt>{{ item.label }}</dt>
          <dd>
            <nd-outcome-cell [cell]="item.current" />
            <small>
              Previous period: <nd-outcome-cell [cell]="item.previous" /> ·
              <span aria-hidden="true">{{ item.icon }}</span>
              {{ item.words }}
            </small>
          </dd>
        </div>
      }
    </dl>
  `,
})
export class OutcomeFiguresComponent {
  readonly items = input.required<readonly OutcomeFigureItem[]>();

  readonly view = computed(() =>
    this.items().map(({ label, figure, format }) => {
      const trend = figureTrend(figure);
      return {
        label,
        trend,
        current: figureCell(figure, 'current', format),
        previous: figureCell(figure, 'previous', format),
        icon: TREND_ICONS[trend],
        words: TREND_WORDS[trend],
      };
    }),
  );
}
