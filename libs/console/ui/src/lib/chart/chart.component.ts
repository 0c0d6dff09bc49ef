import {
  afterRenderEffect,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  CHART_RENDERER,
  type ChartCellText,
  type ChartData,
  type ChartHandle,
  type ChartKind,
  type ChartSpec,
} from './chart.types';

function prefersReducedMotion(): boolean {
  return (
    typeof matchMedia === 'function' &&
    matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

/**
 * A line or bar chart that is also a table. The table is always in the page for screen readers
 * (visually hidden) and a button shows it instead of the chart, so every chart can be read as
 * numbers. The chart library loads on first use.
 */
@Component({
  selector: 'nd-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton],
  host: { class: 'nd-chart' },
  template: `
    <div
      class="nd-chart__canvas"
      aria-hidden="true"
      [hidden]="showTable()"
      [style.height.px]="height()"
    >
      <canvas #canvas></canvas>
    </div>
    <div
      class="nd-chart__table"
      [class.nd-chart__hidden]="!showTable()"
      [attr.tabindex]="showTable() ? 0 : null"
      [attr.role]="showTable() ? 'region' : null"
      [attr.aria-label]="showTable() ? caption() + ' (table)' : null"
    >
      <table data-testid="chart-table">
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ categoryLabel() }}</th>
            @for (series of data().series; track $index) {
              <th scope="col">{{ series.label }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track $index) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              @for (cell of row.cells; track $index) {
                <td>
                  @if (cell.label) {
                    <span aria-hidden="true" [attr.title]="cell.label">{{
                      cell.text
                    }}</span>
                    <span class="nd-chart__hidden">{{ cell.label }}</span>
                  } @else {
                    {{ cell.text }}
                  }
                </td>
              }
            </tr>
          } @empty {
            <tr>
              <td [attr.colspan]="data().series.length + 1">
                {{ emptyText() }}
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    <button
      mat-button
      type="button"
      class="nd-chart__toggle"
      data-testid="chart-toggle"
      (click)="toggle()"
    >
      {{ showTable() ? 'Show as chart' : 'Show as table' }}
    </button>
  `,
  styles: `
    :host {
      display: block;
    }
    .nd-chart__canvas {
      position: relative;
      width: 100%;
    }
    .nd-chart__canvas[hidden] {
      display: none;
    }
    .nd-chart__table {
      max-height: 320px;
      overflow: auto;
    }
    .nd-chart__hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    table {
      width: 100%;
      border-collapse: collapse;
      font-size: 0.875rem;
    }
    caption {
      text-align: left;
      font-weight: 600;
      padding: 4px 0 8px;
    }
    th,
    td {
      padding: 4px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant, #d8dde0);
      text-align: right;
    }
    th:first-child {
      text-align: left;
      font-weight: 400;
    }
    thead th {
      font-weight: 600;
    }
    .nd-chart__toggle {
      margin-top: 4px;
    }
  `,
})
export class ChartComponent {
  readonly #render = inject(CHART_RENDERER);

  readonly kind = input.required<ChartKind>();
  readonly data = input.required<ChartData>();
  /** Names the chart and captions its table, e.g. "Mood ratings, last 12 weeks". */
  readonly caption = input.required<string>();
  /** Heading of the table's first column, e.g. "Day". */
  readonly categoryLabel = input('Label');
  readonly yMin = input<number>();
  readonly yMax = input<number>();
  readonly yStep = input<number>();
  readonly yTitle = input<string>();
  /** Bars only: stack each label's series into one bar. */
  readonly stacked = input(false);
  readonly height = input(240);
  readonly emptyText = input('No data');

  readonly showTable = signal(false);
  readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  readonly rows = computed(() => {
    const { labels, series } = this.data();
    return labels.map((label, index) => ({
      label,
      cells: series.map((s): ChartCellText => {
        const written = s.cellText?.[index];
        if (written) return written;
        const value = s.values[index];
        return {
          text: value === null || value === undefined ? '—' : String(value),
        };
      }),
    }));
  });

  readonly spec = computed<ChartSpec>(() => ({
    kind: this.kind(),
    data: this.data(),
    yMin: this.yMin(),
    yMax: this.yMax(),
    yStep: this.yStep(),
    yTitle: this.yTitle(),
    stacked: this.stacked(),
    reducedMotion: prefersReducedMotion(),
  }));

  #handle: ChartHandle | null = null;
  #drawing = false;
  #destroyed = false;
  #latest: ChartSpec | null = null;

  constructor() {
    afterRenderEffect(() => {
      const spec = this.spec();
      const canvas = this.canvas().nativeElement;
      untracked(() => this.#draw(canvas, spec));
    });
    inject(DestroyRef).onDestroy(() => {
      this.#destroyed = true;
      this.#handle?.destroy();
      this.#handle = null;
    });
  }

  toggle(): void {
    this.showTable.update((shown) => !shown);
  }

  #draw(canvas: HTMLCanvasElement, spec: ChartSpec): void {
    this.#latest = spec;
    if (this.#handle) {
      this.#handle.update(spec);
      return;
    }
    if (this.#drawing) return;
    this.#drawing = true;
    this.#render(canvas, spec).then(
      (handle) => {
        this.#drawing = false;
        if (this.#destroyed) {
          handle.destroy();
          return;
        }
        this.#handle = handle;
        // Data that arrived while the library loaded.
        if (this.#latest && this.#latest !== spec) handle.update(this.#latest);
      },
      () => {
        // The chart could not be drawn (library failed to load): the table still reads.
        this.#drawing = false;
        this.showTable.set(true);
      },
    );
  }
}
