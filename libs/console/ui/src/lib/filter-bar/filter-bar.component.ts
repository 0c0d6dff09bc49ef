import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The row of filters above a list: a region named by `label` ("Filter users") holding the page's
 * filter selects and search fields, wrapped onto as many lines as it needs.
 */
@Component({
  selector: 'nd-filter-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'region', '[attr.aria-label]': 'label()' },
  template: `<ng-content />`,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
      margin-bottom: 16px;
    }
  `,
})
export class FilterBarComponent {
  readonly label = input.required<string>();
}
