import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatTableModule } from '@angular/material/table';
import { TRAINING_TOPIC_LABELS, TrainingModuleView } from '@navdesk/contracts';
import { durationWords, TRAINING_FORMAT_LABELS } from '../labels/training-labels';

/** The training catalogue: what each module is about, how long, and its material. */
@Component({
  selector: 'nd-catalogue-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatTableModule],
  template: `
    @if (modules().length === 0) {
      <p class="nd-muted">No training modules yet.</p>
    } @else {
      <div class="nd-table-card">
        <table
          mat-table
          [dataSource]="modules()"
          aria-label="Training catalogue"
        >
          <ng-container matColumnDef="title">
            <th mat-header-cell *matHeaderCellDef scope="col">Module</th>
            <td mat-cell *matCellDef="let module">
              <strong>{{ module.title }}</strong>
              @if (module.core) {
                <span class="nd-pill core">Core induction</span>
              }
              @if (module.description) {
                <span class="description">{{ module.description }}</span>
              }
            </td>
          </ng-container>
          <ng-container matColumnDef="topic">
            <th mat-header-cell *matHeaderCellDef scope="col">Topic</th>
            <td mat-cell *matCellDef="let module">
              {{ topicLabel(module) }}
            </td>
          </ng-container>
          <ng-container matColumnDef="format">
            <th mat-header-cell *matHeaderCellDef scope="col">Format</th>
            <td mat-cell *matCellDef="let module">
              {{ formatLabel(module) }}
            </td>
          </ng-container>
          <ng-container matColumnDef="duration">
            <th mat-header-cell *matHeaderCellDef scope="col">Length</th>
            <td mat-cell *matCellDef="let module">
              {{ duration(module.durationMinutes) }}
            </td>
          </ng-container>
          <ng-container matColumnDef="material">
            <th mat-header-cell *matHeaderCellDef scope="col">Material</th>
            <td mat-cell *matCellDef="let module">
              @if (module.materialUrl) {
                <a [href]="module.materialUrl" target="_blank" rel="noopener"
                  >Open material<span class="cdk-visually-hidden">
                    for {{ module.title }} (opens in a new tab)</span
                  ></a
                >
              } @else {
                <span class="nd-muted">None</span>
              }
            </td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="columns"></tr>
          <tr
            mat-row
            *matRowDef="let row; columns: columns"
            [attr.data-module-id]="row.id"
          ></tr>
        </table>
      </div>
    }
  `,
  styles: `
    .core {
      margin-left: 8px;
    }
    .description {
      display: block;
      max-width: 60ch;
      margin-top: 2px;
      font-size: 0.875rem;
      color: var(--nd-text-secondary);
    }
  `,
})
export class CatalogueTableComponent {
  readonly modules = input.required<readonly TrainingModuleView[]>();

  readonly columns = ['title', 'topic', 'format', 'duration', 'material'];

  topicLabel(module: TrainingModuleView): string {
    return TRAINING_TOPIC_LABELS[module.topic];
  }

  formatLabel(module: TrainingModuleView): string {
    return TRAINING_FORMAT_LABELS[module.format];
  }

  duration(minutes: number): string {
    return durationWords(minutes);
  }
}
