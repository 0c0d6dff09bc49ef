import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** What a list says when there is nothing in it — calm, with a hint of what happens next. */
@Component({
  selector: 'nd-empty-state',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="nd-empty-state__title">{{ heading() }}</h2>
    @if (message()) {
      <p class="nd-empty-state__message">{{ message() }}</p>
    }
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
      padding: 40px 24px;
      text-align: center;
      background: var(--mat-sys-surface-container-lowest, #fff);
      border: 1px dashed var(--mat-sys-outline-variant, #aeb7bd);
      border-radius: 12px;
    }
    .nd-empty-state__title {
      margin: 0;
      font: var(--mat-sys-title-large);
    }
    .nd-empty-state__message {
      margin: 8px auto 0;
      max-width: 48ch;
      font: var(--mat-sys-body-large);
      color: var(--nd-text-secondary, #4c6272);
    }
  `,
})
export class EmptyStateComponent {
  readonly heading = input.required<string>();
  readonly message = input<string>();
}
