import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatSelectHarness } from '@angular/material/select/testing';
import { FilterBarComponent } from './filter-bar.component';
import { FilterSelectComponent } from './filter-select.component';

type Role = 'admin' | 'navigator';

@Component({
  imports: [FilterBarComponent, FilterSelectComponent],
  template: `
    <nd-filter-bar label="Filter users">
      <nd-filter-select
        label="Role"
        anyLabel="All roles"
        testId="role-filter"
        [options]="roles"
        [labels]="labels"
        [value]="role()"
        (valueChange)="role.set($event)"
      />
    </nd-filter-bar>
  `,
})
class HostComponent {
  readonly roles: readonly Role[] = ['admin', 'navigator'];
  readonly labels: Partial<Record<Role, string>> = { admin: 'Administrator' };
  readonly role = signal<Role | ''>('');
}

describe('FilterBarComponent and FilterSelectComponent', () => {
  async function render() {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const select = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatSelectHarness.with({ selector: '[data-testid="role-filter"]' }),
    );
    return { fixture, select, host: fixture.nativeElement as HTMLElement };
  }

  it('is a region named by its label, and labels the select', async () => {
    const { host, select } = await render();
    const bar = host.querySelector('nd-filter-bar') as HTMLElement;
    expect(bar.getAttribute('role')).toBe('region');
    expect(bar.getAttribute('aria-label')).toBe('Filter users');
    expect(host.querySelector('mat-label')?.textContent?.trim()).toBe('Role');
    expect(await select.getValueText()).toBe('All roles');
  });

  it('names options from the label map (or the value itself) and reports the choice', async () => {
    const { fixture, select } = await render();
    await select.open();
    const options = await select.getOptions();
    expect(await Promise.all(options.map((o) => o.getText()))).toEqual([
      'All roles',
      'Administrator',
      'navigator',
    ]);
    await select.clickOptions({ text: 'Administrator' });
    expect(fixture.componentInstance.role()).toBe('admin');
    await select.open();
    await select.clickOptions({ text: 'All roles' });
    expect(fixture.componentInstance.role()).toBe('');
  });
});
