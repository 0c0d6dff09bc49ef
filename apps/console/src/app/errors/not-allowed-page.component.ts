import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@navdesk/console/ui';

@Component({
  selector: 'nd-not-allowed-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatAnchor, PageHeaderComponent],
  template: `
    <nd-page-header
      heading="You are not allowed to see this page"
      lead="Your role does not include this area of Navdesk. If you need it for your work, ask your service's administrator."
    />
    <a mat-flat-button routerLink="/">Go to the home page</a>
  `,
})
export class NotAllowedPageComponent {}
