import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { PageHeaderComponent } from '@navdesk/console/ui';

interface TrainingTab {
  label: string;
  path: string;
}

/** Navigators' training area: one heading, a tab per task, each tab its own address. */
@Component({
  selector: 'nd-navigator-training-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    MatTabNav,
    MatTabLink,
    MatTabNavPanel,
    PageHeaderComponent,
  ],
  template: `
    <nd-page-header
      heading="Training"
      lead="Run sessions for the PWPs of your services, turn the questions they ask into training, and see who has not finished the core induction. Times are UK time."
    />
    <nav mat-tab-nav-bar [tabPanel]="panel" aria-label="Training" class="tabs">
      @for (tab of tabs; track tab.path) {
        <a
          mat-tab-link
          [routerLink]="tab.path"
          routerLinkActive
          #active="routerLinkActive"
          [routerLinkActiveOptions]="{ exact: true }"
          [active]="active.isActive"
          >{{ tab.label }}</a
        >
      }
    </nav>
    <mat-tab-nav-panel #panel>
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    .tabs {
      margin-bottom: 24px;
    }
  `,
})
export class NavigatorTrainingLayoutComponent {
  readonly tabs: readonly TrainingTab[] = [
    { label: 'Schedule', path: '/training' },
    { label: 'Question topics', path: '/training/topics' },
    { label: 'Coverage', path: '/training/coverage' },
    { label: 'Catalogue', path: '/training/catalogue' },
  ];
}
