import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FIXABILITY_LABELS, PRIORITY_LABELS, UkDatePipe } from '@navdesk/console/ui';
import {
  CATEGORY_LABELS,
  STATUS_LABELS,
  THEME_LABELS,
  TicketCategory,
  TicketStatus,
  Theme,
  TimelineEntry,
} from '@navdesk/contracts';

const FIELD_NAMES: Record<string, string> = {
  priority: 'priority',
  category: 'category',
  theme: 'theme',
  fixability: 'fixability',
  assigneeId: 'assignee',
  assignee: 'assignee',
  incidentId: 'incident',
  incident: 'incident',
  severity: 'severity',
};

function fieldValue(field: string | null, value: string | null): string {
  if (value === null || value === '') return 'none';
  if (UUID.test(value))
    return field === 'incidentId' || field === 'incident'
      ? 'an incident'
      : 'someone';
  switch (field) {
    case 'status':
      return STATUS_LABELS[value as TicketStatus] ?? value;
    case 'category':
      return CATEGORY_LABELS[value as TicketCategory] ?? value;
    case 'theme':
      return THEME_LABELS[value as Theme] ?? value;
    case 'priority':
      return PRIORITY_LABELS[value as keyof typeof PRIORITY_LABELS] ?? value;
    case 'fixability':
      return (
        FIXABILITY_LABELS[value as keyof typeof FIXABILITY_LABELS] ?? value
      );
    default:
      return value;
  }
}

/** Ids are not for people: a value that is one reads as a neutral word. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One line that says what an event did (replies and notes show their body instead). */
export function describeEntry(
  entry: TimelineEntry,
  names: ReadonlyMap<string, string> = new Map(),
): string {
  const who = entry.actorName ?? 'Navdesk';
  switch (entry.type) {
    case 'created':
      return `${who} raised the ticket`;
    case 'triaged':
      return entry.body ?? 'Triaged automatically';
    case 'reply':
      return `${who} replied`;
    case 'internal_note':
      return `${who} added an internal note`;
    case 'status_changed':
      return `${who} changed the status from ${fieldValue('status', entry.from)} to ${fieldValue('status', entry.to)}`;
    case 'assigned':
      return entry.to
        ? `${who} assigned it to ${names.get(entry.to) ?? 'a navigator'}`
        : `${who} removed the assignee`;
    case 'field_changed': {
      const name = FIELD_NAMES[entry.field ?? ''] ?? entry.field ?? 'a field';
      return `${who} changed the ${name} from ${fieldValue(entry.field, entry.from)} to ${fieldValue(entry.field, entry.to)}`;
    }
    case 'incident_linked':
      return entry.to
        ? `${who} linked it to an incident${entry.body ? `: ${entry.body}` : ''}`
        : `${who} removed it from its incident`;
    case 'breached':
      return 'The SLA was breached';
    case 'feedback':
      return entry.body ?? `${who} answered the follow-up questions`;
    case 'risk_flagged':
      return (
        entry.body ??
        'Possible risk to a patient flagged — risk protocol applies'
      );
  }
}

@Component({
  selector: 'nd-ticket-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [UkDatePipe],
  template: `
    <ol class="timeline" aria-label="Timeline">
      @for (entry of entries(); track entry.id) {
        @switch (entry.type) {
          @case ('reply') {
            <li
              class="message"
              [class.message--reporter]="entry.actorId === reporterId()"
            >
              <p class="message__head">
                <strong>{{ entry.actorName ?? 'Navdesk' }}</strong>
                @if (entry.actorId === reporterId()) {
                  <span class="tag">Reporter</span>
                }
                <time [attr.datetime]="entry.at">{{
                  entry.at | ukDate: 'd MMM y, HH:mm'
                }}</time>
              </p>
              <p class="message__body">{{ entry.body }}</p>
            </li>
          }
          @case ('internal_note') {
            <li class="message message--internal" data-testid="internal-note">
              <p class="message__head">
                <span class="tag tag--internal"
                  >Internal — not shown to the reporter</span
                >
                <strong>{{ entry.actorName ?? 'Navdesk' }}</strong>
                <time [attr.datetime]="entry.at">{{
                  entry.at | ukDate: 'd MMM y, HH:mm'
                }}</time>
              </p>
              <p class="message__body">{{ entry.body }}</p>
            </li>
          }
          @default {
            <li
              class="event"
              [class.event--alert]="
                entry.type === 'breached' || entry.type === 'risk_flagged'
              "
            >
              <span class="event__text">{{ describe(entry) }}</span>
              <time [attr.datetime]="entry.at">{{
                entry.at | ukDate: 'd MMM y, HH:mm'
              }}</time>
            </li>
          }
        }
      } @empty {
        <li class="event">Nothing has happened yet.</li>
      }
    </ol>
  `,
  styles: `
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 12px;
    }
    .message {
      padding: 12px 16px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container-lowest);
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .message--reporter {
      border-left: 4px solid #005eb8;
    }
    .message--internal {
      background: #fff9e0;
      border: 1px dashed #8a6d00;
    }
    .message__head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
      margin: 0 0 6px;
      font-size: 0.875rem;
    }
    .message__head time,
    .event time {
      color: var(--nd-text-secondary);
    }
    .message__body {
      margin: 0;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    .tag {
      padding: 1px 8px;
      border-radius: 999px;
      background: #e8f1fb;
      color: #003087;
      font-size: 0.75rem;
      font-weight: 600;
    }
    .tag--internal {
      background: #4d3800;
      color: #fff;
    }
    .event {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 8px;
      padding: 4px 16px;
      font-size: 0.875rem;
      color: var(--nd-text-secondary);
      border-left: 2px solid var(--mat-sys-outline-variant);
    }
    .event--alert {
      color: #8a1538;
      border-left-color: #8a1538;
      font-weight: 600;
    }
  `,
})
export class TicketTimelineComponent {
  readonly entries = input.required<TimelineEntry[]>();
  readonly reporterId = input<string | null>(null);
  /** Names by user id, for "assigned it to …". */
  readonly names = input<ReadonlyMap<string, string>>(new Map());

  describe(entry: TimelineEntry): string {
    return describeEntry(entry, this.names());
  }
}
