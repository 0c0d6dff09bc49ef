import {
  ChangeDetectionStrategy,
  Component,
  inject,
  OnInit,
} from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { pagedList, ServicesApi } from '@navdesk/console/data-access';
import {
  ListPageBodyDirective,
  ListPageComponent,
  LoadMoreComponent,
} from '@navdesk/console/ui';

@Component({
  selector: 'nd-services-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatTableModule,
    ListPageComponent,
    ListPageBodyDirective,
    LoadMoreComponent,
  ],
  template: `
    <nd-list-page
      heading="Services"
      lead="The NHS Talking Therapies services using Navdesk."
      [count]="services().length"
      [loading]="loading()"
      [error]="error()"
      errorHeading="The services could not be loaded"
      loadingLabel="Loading services…"
      emptyHeading="No services yet"
      emptyMessage="Services appear here once they are set up."
    >
      <ng-template ndListPageBody>
        <div class="nd-table-card">
          <table mat-table [dataSource]="services()" aria-label="Services">
            <ng-container matColumnDef="code">
              <th mat-header-cell *matHeaderCellDef scope="col">Code</th>
              <td mat-cell *matCellDef="let service">
                <span class="code">{{ service.code }}</span>
              </td>
            </ng-container>
            <ng-container matColumnDef="name">
              <th mat-header-cell *matHeaderCellDef scope="col">Name</th>
              <td mat-cell *matCellDef="let service">{{ service.name }}</td>
            </ng-container>
            <tr mat-header-row *matHeaderRowDef="columns"></tr>
            <tr mat-row *matRowDef="let row; columns: columns"></tr>
          </table>
        </div>
        @if (nextCursor()) {
          <nd-load-more
            label="Show more services"
            [loading]="loadingMore()"
            (more)="load(nextCursor())"
          />
        }
      </ng-template>
    </nd-list-page>
  `,
  styles: `
    .code {
      font-family: 'Courier New', Courier, monospace;
      font-weight: 600;
    }
  `,
})
export class ServicesPageComponent implements OnInit {
  readonly #api = inject(ServicesApi);

  readonly columns = ['code', 'name'];
  readonly #list = pagedList((cursor) =>
    this.#api.list({ limit: 100, cursor }),
  );
  readonly services = this.#list.items;
  readonly nextCursor = this.#list.nextCursor;
  readonly loading = this.#list.loading;
  readonly loadingMore = this.#list.loadingMore;
  readonly error = this.#list.error;

  ngOnInit(): void {
    this.load(null);
  }

  load(cursor: string | null): void {
    this.#list.load(cursor);
  }
}
