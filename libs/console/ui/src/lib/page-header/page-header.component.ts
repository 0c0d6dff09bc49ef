import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The page's one `h1`, an optional lead line, and room on the right for actions. */
@Component({
  selector: 'nd-page-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="nd-page-header__text">
      <h1 class="nd-page-header__title">{{ heading() }}</h1>
      @if (lead()) {
        <p class="nd-page-header__lead">{{ lead() }}</p>
      }
    </div>
    <div class="nd-page-header__actions"><ng-content /></div>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: 16px;
      margin-bottom: 24px;
    }
    .nd-page-header__title {
      margin: 0;
      font: var(--mat-sys-headline-medium);
      color: var(--nd-text, #212b32);
    }
    .nd-page-header__lead {
      margin: 8px 0 0;
      font: var(--mat-sys-body-large);
      color: var(--nd-text-secondary, #4c6272);
      max-width: 60ch;
    }
    .nd-page-header__actions:empty {
      display: none;
    }
  `,
})
export class PageHeaderComponent {
  readonly heading = input.required<string>();
  readonly lead = input<string>();
}
