import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import {
  describeIdentifier,
  findIdentifiers,
  IdentifierKind,
  identifierWarning,
} from '@navdesk/contracts';

/** Check once typing pauses, so a number half-typed does not flash the wrong kind. */
export const IDENTIFIER_WARNING_DEBOUNCE_MS = 400;

/** Each kind of identifier in the text once, in the order first found. */
export function identifierKindsIn(text: string): IdentifierKind[] {
  return [...new Set(findIdentifiers(text).map((m) => m.kind))];
}

/** Where the warning sits decides what the writer should do instead. */
export type IdentifierAdvice = 'raise' | 'reply';

const sameKinds = (a: IdentifierKind[], b: IdentifierKind[]): boolean =>
  a.length === b.length && a.every((kind, i) => kind === b[i]);

/**
 * A non-blocking warning under a free-text field that seems to hold a patient identifier.
 * The region is always present, so screen readers announce it politely when it fills;
 * the field points at it with aria-describedby="{{ warningId }}".
 */
@Component({
  selector: 'nd-identifier-warning',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="identifier-warning"
      [class.identifier-warning--shown]="kinds().length > 0"
      [id]="warningId()"
      role="status"
      aria-live="polite"
    >
      @if (kinds().length > 0) {
        <ul class="identifier-warning__list">
          @for (kind of kinds(); track kind) {
            <li>{{ message(kind) }}</li>
          }
        </ul>
      }
    </div>
  `,
  styles: `
    .identifier-warning--shown {
      display: flex;
      gap: 8px;
      margin: 4px 0 8px;
      padding: 8px 12px;
      border-left: 4px solid #ffb81c;
      border-radius: 4px;
      background: #fff4d6;
      color: #4d3800;
    }
    .identifier-warning--shown::before {
      content: '!';
      flex: none;
      display: grid;
      place-items: center;
      width: 20px;
      height: 20px;
      border-radius: 50%;
      background: #4d3800;
      color: #fff4d6;
      font-weight: 700;
      line-height: 1;
    }
    .identifier-warning__list {
      margin: 0;
      padding: 0;
      list-style: none;
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class IdentifierWarningComponent {
  /** The field's current value. */
  readonly text = input.required<string>();
  /** The id the field names in its aria-describedby. */
  readonly warningId = input.required<string>();
  readonly advice = input<IdentifierAdvice>('raise');

  readonly kinds = toSignal(
    toObservable(this.text).pipe(
      debounceTime(IDENTIFIER_WARNING_DEBOUNCE_MS),
      map(identifierKindsIn),
      distinctUntilChanged(sameKinds),
    ),
    { initialValue: [] },
  );

  message(kind: IdentifierKind): string {
    return this.advice() === 'raise'
      ? identifierWarning(kind)
      : `This looks like ${describeIdentifier(kind)}: please leave patient details out of replies.`;
  }
}
