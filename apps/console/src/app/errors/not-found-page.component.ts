import { ChangeDetectionStrategy, Component } from '@angular/core';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { PageHeaderComponent } from '@navdesk/console/ui';

@Component({
  selector: 'nd-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatAnchor, PageHeaderComponent],
  template: `
    <nd-page-header
      heading="Page not found"
      lead="There is no page at this address. If you typed it, check it; if you followed a link, it may be out of date."
    />
    <a mat-flat-button routerLink="/">Go to the home page</a>
  `,
})
export class NotFoundPageComponent {}
