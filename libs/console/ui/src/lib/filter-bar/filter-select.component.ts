import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import {
  MatOption,
  MatSelect,
  MatSelectChange,
} from '@angular/material/select';

/**
 * One labelled filter: a Material select whose options are values named by a label map
 * (a value missing from the map is shown as it is). `anyLabel` adds a first option with the
 * value '' that clears the filter; the value's type then includes ''.
 */
@Component({
  selector: 'nd-filter-select',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatFormField, MatLabel, MatSelect, MatOption],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic">
      <mat-label>{{ label() }}</mat-label>
      <mat-select
        [value]="value()"
        [attr.data-testid]="testId() ?? null"
        (selectionChange)="changed($event)"
      >
        @if (anyLabel(); as any) {
          <mat-option value="">{{ any }}</mat-option>
        }
        @for (option of options(); track option) {
          <mat-option [value]="option">{{
            labels()[option] ?? option
          }}</mat-option>
        }
      </mat-select>
    </mat-form-field>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-direction: column;
    }
    mat-form-field {
      width: 100%;
    }
  `,
})
export class FilterSelectComponent<V extends string = string> {
  readonly label = input.required<string>();
  readonly value = input.required<V>();
  readonly options = input.required<readonly V[]>();
  readonly labels = input<Readonly<Partial<Record<string, string>>>>({});
  /** The label of the first option, value '', that clears the filter ("All roles"); none when unset. */
  readonly anyLabel = input<string>();
  readonly testId = input<string>();
  readonly valueChange = output<V>();

  changed(event: MatSelectChange<V>): void {
    this.valueChange.emit(event.value);
  }
}
