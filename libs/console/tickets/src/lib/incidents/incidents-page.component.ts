import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
  signal,
} from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import {
  IncidentsApi,
  pagedList,
  SessionStore,
} from '@navdesk/console/data-access';
import {
  FilterSelectComponent,
  FIXABILITY_LABELS,
  INCIDENT_STATUS_LABELS,
  ListPageBodyDirective,
  ListPageComponent,
  LoadMoreComponent,
  UkDatePipe,
} from '@navdesk/console/ui';
import {
  CATEGORY_LABELS,
  IncidentStatus,
  IncidentView,
  THEME_LABELS,
} from '@navdesk/contracts';

@Component({
  selector: 'nd-incidents-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    UkDatePipe,
    RouterLink,
    MatTableModule,
    FilterSelectComponent,
    ListPageComponent,
    ListPageBodyDirective,
    LoadMoreComponent,
  ],
  template: `
    <nd-list-page
      heading="Incidents"
      [lead]="
        isNavigator()
          ? 'Repeated usability reports of one fault, grouped. Mark each fixable or not, and resolve it once fixed.'
          : 'Repeated usability reports of one fault, grouped, and whether each can be fixed.'
      "
      [count]="incidents().length"
      [loading]="loading()"
      [error]="error()"
      errorHeading="The incidents could not be loaded"
      loadingLabel="Loading incidents…"
      emptyHeading="No incidents"
      emptyMessage="When several people report the same usability fault, the reports are grouped here."
    >
      <nd-filter-select
        ndListActions
        class="status-filter"
        label="Show"
        [options]="statusOptions"
        [labels]="statusOptionLabels"
        [value]="status()"
        (valueChange)="setStatus($event)"
      />
      <ng-template ndListPageBody>
        <div class="nd-table-card">
          <table mat-table [dataSource]="incidents()" aria-label="Incidents">
            <ng-container matColumnDef="title">
              <th mat-header-cell *matHeaderCellDef scope="col">Incident</th>
              <td mat-cell *matCellDef="let incident">
                <a [routerLink]="[incident.id]" class="title">{{
                  incident.title
                }}</a>
                <span class="sub">{{ subtitle(incident) }}</span>
              </td>
            </ng-container>
            <ng-container matColumnDef="tickets">
              <th mat-header-cell *matHeaderCellDef scope="col">Tickets</th>
              <td mat-cell *matCellDef="let incident">
                {{ incident.ticketCount }}
              </td>
            </ng-container>
            <ng-container matColumnDef="fixability">
              <th mat-header-cell *matHeaderCellDef scope="col">Fixability</th>
              <td mat-cell *matCellDef="let incident">
                <span [class]="'fix fix--' + incident.fixability">{{
                  fixabilityLabel(incident)
                }}</span>
              </td>
            </ng-container>
            <ng-container matColumnDef="seen">
              <th mat-header-cell *matHeaderCellDef scope="col">
                First / last seen
              </th>
              <td mat-cell *matCellDef="let incident">
                {{ incident.firstSeenAt | ukDate: 'd MMM' }} –
                {{ incident.lastSeenAt | ukDate: 'd MMM y' }}
              </td>
            </ng-container>
            <ng-container matColumnDef="status">
              <th mat-header-cell *matHeaderCellDef scope="col">Status</th>
              <td mat-cell *matCellDef="let incident">
                {{ statusLabel(incident) }}
              </td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
        </div>
        @if (nextCursor()) {
          <nd-load-more
            label="Show more incidents"
            [loading]="loadingMore()"
            (more)="loadMore()"
          />
        }
      </ng-template>
    </nd-list-page>
  `,
  styles: `
    .status-filter {
      width: 220px;
    }
    .title {
      font-weight: 600;
    }
    .sub {
      display: block;
      font-size: 0.875rem;
      color: var(--nd-text-secondary);
    }
    .fix {
      padding: 2px 10px;
      border-radius: 999px;
      font-size: 0.8125rem;
      white-space: nowrap;
      background: #e8edee;
    }
    .fix--fixable {
      background: #e6f4ea;
      color: #00401e;
    }
    .fix--not_fixable {
      background: #ffdcd6;
      color: #6b0f0a;
    }
  `,
})
export class IncidentsPageComponent implements OnInit {
  readonly #incidents = inject(IncidentsApi);
  readonly isNavigator = inject(SessionStore).isNavigator;

  readonly columns = ['title', 'tickets', 'fixability', 'seen', 'status'];
  readonly status = signal<IncidentStatus | ''>('open');
  readonly statusOptions: readonly (IncidentStatus | '')[] = [
    'open',
    'resolved',
    '',
  ];
  readonly statusOptionLabels = {
    open: 'Open incidents',
    resolved: 'Resolved incidents',
    '': 'All incidents',
  };

  readonly #list = pagedList((cursor) =>
    this.#incidents.list(
      { status: this.status() || undefined },
      { limit: 50, cursor },
    ),
  );
  readonly incidents = this.#list.items;
  readonly loading = this.#list.loading;
  readonly loadingMore = this.#list.loadingMore;
  readonly error = this.#list.error;
  readonly nextCursor = this.#list.nextCursor;

  ngOnInit(): void {
    this.#list.load();
  }

  subtitle(incident: IncidentView): string {
    return `${CATEGORY_LABELS[incident.category]} · ${THEME_LABELS[incident.theme]}`;
  }

  fixabilityLabel(incident: IncidentView): string {
    return FIXABILITY_LABELS[incident.fixability];
  }

  statusLabel(incident: IncidentView): string {
    return INCIDENT_STATUS_LABELS[incident.status];
  }

  setStatus(status: IncidentStatus | ''): void {
    this.status.set(status);
    this.#list.load();
  }

  loadMore(): void {
    this.#list.loadMore();
  }
}
