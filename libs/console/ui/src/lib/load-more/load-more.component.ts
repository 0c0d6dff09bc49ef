import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';

/** The "Show more …" button under a keyset-paged list: one look and one behaviour on every list page. */
@Component({
  selector: 'nd-load-more',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButton],
  template: `
    <div class="nd-more">
      <button mat-stroked-button type="button" [disabled]="loading()" (click)="more.emit()">
        {{ loading() ? 'Loading…' : label() }}
      </button>
    </div>
  `,
})
export class LoadMoreComponent {
  /** e.g. "Show more resets". */
  readonly label = input.required<string>();
  readonly loading = input(false);
  readonly more = output<void>();
}
