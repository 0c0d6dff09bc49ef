import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatTabLink, MatTabNav, MatTabNavPanel } from '@angular/material/tabs';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { OpenQueueDashboardComponent } from '../queue-dashboard/open-queue-dashboard.component';

@Component({
  selector: 'nd-admin-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    MatTabNav,
    MatTabLink,
    MatTabNavPanel,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    OpenQueueDashboardComponent,
  ],
  template: `
    <p class="area">Administration</p>
    <nav
      mat-tab-nav-bar
      [tabPanel]="panel"
      aria-label="Administration sections"
      mat-stretch-tabs="false"
    >
      <a
        mat-tab-link
        routerLink="users"
        routerLinkActive
        #users="routerLinkActive"
        [active]="users.isActive"
        >Users</a
      >
      <a
        mat-tab-link
        routerLink="services"
        routerLinkActive
        #services="routerLinkActive"
        [active]="services.isActive"
        >Services</a
      >
      <a
        mat-tab-link
        routerLink="triage-rules"
        routerLinkActive
        #triageRules="routerLinkActive"
        [active]="triageRules.isActive"
        >Triage rules</a
      >
      <a
        mat-tab-link
        routerLink="failed-jobs"
        routerLinkActive
        #failedJobs="routerLinkActive"
        [active]="failedJobs.isActive"
        >Failed jobs</a
      >
      <a
        mat-tab-link
        routerLink="outbox"
        routerLinkActive
        #outbox="routerLinkActive"
        [active]="outbox.isActive"
        >Outbox e-mails</a
      >
      <a
        mat-tab-link
        routerLink="schedules"
        routerLinkActive
        #schedules="routerLinkActive"
        [active]="schedules.isActive"
        >Schedules</a
      >
    </nav>
    <!-- A page of its own (bull-board, served by the api): an action beside the tabs, not a tab. -->
    <nd-open-queue-dashboard class="queues" />
    <mat-tab-nav-panel #panel class="panel">
      <router-outlet />
    </mat-tab-nav-panel>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      column-gap: 16px;
    }
    .area,
    .panel {
      grid-column: 1 / -1;
    }
    .queues {
      align-self: center;
      margin-bottom: 24px;
    }
    .area {
      margin: 0 0 4px;
      font: var(--mat-sys-label-large);
      text-transform: uppercase;
      letter-spacing: 0.08em;
      color: var(--nd-text-secondary);
    }
    nav {
      margin-bottom: 24px;
    }
    .panel {
      display: block;
    }
  `,
})
export class AdminLayoutComponent {}
