import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Page, ServiceView, UserListItem } from '@navdesk/contracts';
import { UsersPageComponent } from './users-page.component';

const services: Page<ServiceView> = {
  items: [{ id: 's-1', code: 'NTT', name: 'North Talking Therapies' }],
  nextCursor: null,
};

const amira: UserListItem = {
  id: 'u-1',
  email: 'amira@navdesk.test',
  name: 'Amira Khan',
  role: 'pwp',
  serviceIds: ['s-1'],
  createdAt: '2026-11-01T09:00:00.000Z',
  active: false,
};

async function render() {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(withXhr()), provideHttpClientTesting()],
  });
  const fixture = TestBed.createComponent(UsersPageComponent);
  const backend = TestBed.inject(HttpTestingController);
  await fixture.whenStable();
  backend.expectOne('/api/users?limit=100').flush({ items: [amira], nextCursor: 'c-1' });
  backend.expectOne('/api/services?limit=200').flush(services);
  await fixture.whenStable();
  return { fixture, backend, host: fixture.nativeElement as HTMLElement };
}

describe('UsersPageComponent', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists people with their services and status, each linking to their page', async () => {
    const { host } = await render();
    const row = host.querySelector('tr[mat-row]');
    expect(row?.textContent).toContain('North Talking Therapies');
    expect(row?.textContent).toContain('Deactivated');
    expect(row?.querySelector('a')?.getAttribute('href')).toBe('/u-1');
  });

  it('filters on the server by service, role and status, and pages within the filter', async () => {
    const { fixture, backend } = await render();
    fixture.componentInstance.filterBy('serviceId', 's-1');
    backend.expectOne('/api/users?limit=100&serviceId=s-1').flush({ items: [amira], nextCursor: 'c-2' });
    fixture.componentInstance.filterBy('role', 'pwp');
    fixture.componentInstance.filterBy('status', 'deactivated');
    backend.expectOne('/api/users?limit=100&serviceId=s-1&role=pwp').flush({ items: [amira], nextCursor: 'c-2' });
    backend.expectOne('/api/users?limit=100&serviceId=s-1&role=pwp&status=deactivated').flush({ items: [amira], nextCursor: 'c-2' });
    await fixture.whenStable();
    fixture.componentInstance.load('c-2');
    backend.expectOne('/api/users?limit=100&cursor=c-2&serviceId=s-1&role=pwp&status=deactivated').flush({ items: [], nextCursor: null });
    fixture.componentInstance.filterBy('role', '');
    backend.expectOne('/api/users?limit=100&serviceId=s-1&status=deactivated').flush({ items: [], nextCursor: null });
  });
});
