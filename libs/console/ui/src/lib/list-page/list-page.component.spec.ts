import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ListPageBodyDirective } from './list-page-body.directive';
import { ListPageComponent } from './list-page.component';

@Component({
  imports: [ListPageComponent, ListPageBodyDirective],
  template: `
    <nd-list-page
      heading="Users"
      lead="Everyone who can sign in."
      [count]="items().length"
      [loading]="loading()"
      [error]="error()"
      errorHeading="The users could not be loaded"
      loadingLabel="Loading users…"
      emptyHeading="No users match"
      emptyMessage="Change the filters."
    >
      <a ndListActions href="/new">New user</a>
      <section ndListFilters aria-label="Filter users">filters</section>
      <button ndListErrorActions type="button">Try again</button>
      <table *ndListPageBody aria-label="Users">
        @for (item of items(); track item) {
          <tr>
            <td>{{ item }}</td>
          </tr>
        }
      </table>
    </nd-list-page>
  `,
})
class HostComponent {
  readonly items = signal<string[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
}

describe('ListPageComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const host = fixture.nativeElement as HTMLElement;
    const text = (selector: string) =>
      host.querySelector(selector)?.textContent?.trim() ?? null;
    return { fixture, host, page: fixture.componentInstance, text };
  }

  it('has the header with its actions, then the filters, and says it is loading', async () => {
    const { host, text } = await render();
    expect(text('h1')).toBe('Users');
    expect(text('.nd-page-header__actions a')).toBe('New user');
    const header = host.querySelector('nd-page-header') as HTMLElement;
    const filters = host.querySelector('section[aria-label="Filter users"]');
    expect(header.compareDocumentPosition(filters as Node)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
    expect(text('nd-loading-indicator')).toContain('Loading users…');
    expect(host.querySelector('table')).toBeNull();
  });

  it('shows the empty state, or the body once there are items', async () => {
    const { fixture, host, page, text } = await render();
    page.loading.set(false);
    await fixture.whenStable();
    expect(text('nd-empty-state h2')).toBe('No users match');
    expect(host.querySelector('table')).toBeNull();

    page.items.set(['Ana', 'Ben']);
    await fixture.whenStable();
    expect(host.querySelector('nd-empty-state')).toBeNull();
    expect(host.querySelectorAll('table[aria-label="Users"] tr')).toHaveLength(
      2,
    );
  });

  it('shows a failure with its actions, keeping what was loaded, and no empty state', async () => {
    const { fixture, host, page, text } = await render();
    page.loading.set(false);
    page.error.set('Navdesk could not be reached.');
    await fixture.whenStable();
    expect(text('nd-error-banner')).toContain('The users could not be loaded');
    expect(text('nd-error-banner button')).toBe('Try again');
    expect(host.querySelector('nd-empty-state')).toBeNull();

    page.items.set(['Ana']);
    await fixture.whenStable();
    expect(host.querySelector('table')).not.toBeNull();
    expect(host.querySelector('nd-error-banner')).not.toBeNull();
  });
});
