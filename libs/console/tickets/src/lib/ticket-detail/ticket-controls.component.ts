import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import {
  errorStatus,
  TicketsApi,
  toApiError,
} from '@navdesk/console/data-access';
import {
  ErrorBannerComponent,
  FIXABILITY_LABELS,
  PRIORITY_LABELS,
} from '@navdesk/console/ui';
import {
  CATEGORY_LABELS,
  FIXABILITIES,
  IncidentView,
  NavigatorView,
  PRIORITIES,
  STATUS_LABELS,
  THEME_LABELS,
  THEMES,
  TICKET_CATEGORIES,
  TicketView,
  UpdateTicketRequest,
} from '@navdesk/contracts';
import { statusChoices } from '../ticket-status';

/** The fields a navigator edits here; `null` assignee/incident means none. */
export type TicketDraft = Partial<
  Pick<
    UpdateTicketRequest,
    | 'status'
    | 'assigneeId'
    | 'priority'
    | 'category'
    | 'theme'
    | 'fixability'
    | 'incidentId'
  >
>;
type DraftField = keyof TicketDraft;

/** Stands for null in the assignee and incident selects. */
const NONE = '__none__';

export const CONFLICT_MESSAGE =
  'Someone else changed this ticket — reload to see their change';

/**
 * The navigator's controls. Choices are kept as a draft over the ticket as read, and saved with
 * the `version` read; a 409 (someone else saved first) keeps the draft on screen and offers a
 * reload, after which the draft is still there to save again over the fresh version.
 */
@Component({
  selector: 'nd-ticket-controls',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatButton,
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    ErrorBannerComponent,
  ],
  template: `
    <h2 id="controls-heading">Manage</h2>
    @if (conflict()) {
      <nd-error-banner
        heading="Not saved"
        [message]="conflictMessage"
        data-testid="conflict"
      >
        <button
          mat-stroked-button
          type="button"
          class="banner-action"
          (click)="reload.emit()"
        >
          Reload
        </button>
      </nd-error-banner>
    } @else if (error(); as message) {
      <nd-error-banner heading="Not saved" [message]="message" />
    }
    <div class="fields" role="group" aria-labelledby="controls-heading">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Status</mat-label>
        <mat-select
          [value]="value('status')"
          (selectionChange)="set('status', $event.value)"
        >
          @for (status of statuses(); track status) {
            <mat-option [value]="status">{{ statusLabels[status] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Assignee</mat-label>
        <mat-select
          [value]="value('assigneeId') ?? none"
          (selectionChange)="setNullable('assigneeId', $event.value)"
        >
          <mat-option [value]="none">Unassigned</mat-option>
          @for (navigator of navigators(); track navigator.id) {
            <mat-option [value]="navigator.id">{{ navigator.name }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Priority</mat-label>
        <mat-select
          [value]="value('priority')"
          (selectionChange)="set('priority', $event.value)"
        >
          @for (priority of priorities; track priority) {
            <mat-option [value]="priority">{{
              priorityLabels[priority]
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Category</mat-label>
        <mat-select
          [value]="value('category')"
          (selectionChange)="set('category', $event.value)"
        >
          @for (category of categories; track category) {
            <mat-option [value]="category">{{
              categoryLabels[category]
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Theme</mat-label>
        <mat-select
          [value]="value('theme')"
          (selectionChange)="set('theme', $event.value)"
        >
          @for (theme of themes; track theme) {
            <mat-option [value]="theme">{{ themeLabels[theme] }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Fixability</mat-label>
        <mat-select
          [value]="value('fixability')"
          (selectionChange)="set('fixability', $event.value)"
        >
          @for (fixability of fixabilities; track fixability) {
            <mat-option [value]="fixability">{{
              fixabilityLabels[fixability]
            }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Incident</mat-label>
        <mat-select
          [value]="value('incidentId') ?? none"
          (selectionChange)="setNullable('incidentId', $event.value)"
        >
          <mat-option [value]="none">None</mat-option>
          @for (incident of incidentChoices(); track incident.id) {
            <mat-option [value]="incident.id">{{ incident.title }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </div>
    <div class="actions">
      <button
        mat-flat-button
        type="button"
        (click)="save()"
        [disabled]="!dirty() || saving()"
      >
        {{ saving() ? 'Saving…' : 'Save changes' }}
      </button>
      @if (dirty()) {
        <button
          mat-button
          type="button"
          (click)="discard()"
          [disabled]="saving()"
        >
          Discard
        </button>
        <span class="unsaved" role="status">Unsaved changes</span>
      }
    </div>
  `,
  styles: `
    h2 {
      margin: 0 0 12px;
      font: var(--mat-sys-title-medium);
    }
    .fields {
      display: grid;
      gap: 12px;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin-top: 16px;
    }
    .unsaved {
      font: var(--mat-sys-label-large);
      color: #4d3800;
    }
    .banner-action {
      margin-top: 8px;
    }
  `,
})
export class TicketControlsComponent {
  readonly #tickets = inject(TicketsApi);
  readonly #destroyRef = inject(DestroyRef);

  readonly ticket = input.required<TicketView>();
  readonly navigators = input<NavigatorView[]>([]);
  readonly incidents = input<IncidentView[]>([]);
  readonly saved = output<TicketView>();
  /** The user asked to reload after a conflict. */
  readonly reload = output<void>();

  readonly conflictMessage = CONFLICT_MESSAGE;
  readonly none = NONE;
  readonly statusLabels = STATUS_LABELS;
  readonly priorities = PRIORITIES;
  readonly priorityLabels = PRIORITY_LABELS;
  readonly categories = TICKET_CATEGORIES;
  readonly categoryLabels = CATEGORY_LABELS;
  readonly themes = THEMES;
  readonly themeLabels = THEME_LABELS;
  readonly fixabilities = FIXABILITIES;
  readonly fixabilityLabels = FIXABILITY_LABELS;

  readonly draft = signal<TicketDraft>({});
  readonly saving = signal(false);
  readonly conflict = signal(false);
  readonly error = signal<string | null>(null);

  /** Only the fields whose choice differs from the ticket as last read. */
  readonly changes = computed<TicketDraft>(() => {
    const ticket = this.ticket();
    const changes: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(this.draft())) {
      if (ticket[field as DraftField] !== value) changes[field] = value;
    }
    return changes as TicketDraft;
  });
  readonly dirty = computed(() => Object.keys(this.changes()).length > 0);
  readonly statuses = computed(() => {
    const choices = statusChoices(this.ticket().status);
    const chosen = this.draft().status;
    return chosen && !choices.includes(chosen) ? [...choices, chosen] : choices;
  });
  readonly incidentChoices = computed(() =>
    this.incidents().filter(
      (incident) =>
        incident.serviceId === this.ticket().serviceId &&
        (incident.status === 'open' ||
          incident.id === this.ticket().incidentId),
    ),
  );

  value<K extends DraftField>(field: K): TicketDraft[K] | TicketView[K] {
    const draft = this.draft();
    return field in draft ? draft[field] : this.ticket()[field];
  }

  set<K extends DraftField>(field: K, value: TicketDraft[K]): void {
    this.draft.update((draft) => ({ ...draft, [field]: value }));
    this.error.set(null);
  }

  /** For the selects where "none" is a choice (Material shows nothing for a null value). */
  setNullable(field: 'assigneeId' | 'incidentId', value: string): void {
    this.set(field, value === NONE ? null : value);
  }

  discard(): void {
    this.draft.set({});
    this.conflict.set(false);
    this.error.set(null);
  }

  /** After the page reloads the ticket: the conflict is answered, the draft stays. */
  rebased(): void {
    this.conflict.set(false);
  }

  save(): void {
    const changes = this.changes();
    if (Object.keys(changes).length === 0) return;
    this.saving.set(true);
    this.conflict.set(false);
    this.error.set(null);
    this.#tickets
      .update(this.ticket().id, { version: this.ticket().version, ...changes })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (ticket) => {
          this.saving.set(false);
          this.draft.set({});
          this.saved.emit(ticket);
        },
        error: (error: unknown) => {
          this.saving.set(false);
          if (errorStatus(error) === 409) this.conflict.set(true);
          else this.error.set(toApiError(error).message);
        },
      });
  }
}
