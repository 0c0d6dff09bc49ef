import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideRouter } from '@angular/router';
import { of } from 'rxjs';
import { ApiError, Page, ServiceView, UserListItem } from '@navdesk/contracts';
import { UserPageComponent } from './user-page.component';

const services: Page<ServiceView> = {
  items: [
    { id: 's-1', code: 'NTT', name: 'North Talking Therapies' },
    { id: 's-2', code: 'STT', name: 'South Talking Therapies' },
  ],
  nextCursor: null,
};

const nadia: UserListItem = {
  id: 'u-1',
  email: 'nadia@navdesk.test',
  name: 'Nadia Navigator',
  role: 'navigator',
  serviceIds: ['s-1'],
  createdAt: '2026-11-01T09:00:00.000Z',
  active: true,
};

const noah: UserListItem = { ...nadia, id: 'u-2', email: 'noah@navdesk.test', name: 'Noah Navigator', serviceIds: ['s-2'] };

const lastNavigator: ApiError = {
  statusCode: 409,
  error: 'Conflict',
  message: 'Nadia Navigator is the last active navigator of North Talking Therapies (NTT).',
  details: [{ field: 'replacementNavigatorId', message: 'Nadia Navigator is the last active navigator of North Talking Therapies (NTT).' }],
};

/** Confirms (or cancels) every dialog, so the test drives the page as a person who clicked through. */
async function render(user: UserListItem = nadia, confirm = true) {
  const opened: string[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withXhr()),
      provideHttpClientTesting(),
      {
        provide: MatDialog,
        useValue: {
          open: (_: unknown, config: { data: { title: string } }) => {
            opened.push(config.data.title);
            return { afterClosed: () => of(confirm) };
          },
        },
      },
    ],
  });
  const fixture = TestBed.createComponent(UserPageComponent);
  fixture.componentRef.setInput('id', user.id);
  const backend = TestBed.inject(HttpTestingController);
  await fixture.whenStable();
  backend.expectOne(`/api/users/${user.id}`).flush(user);
  backend.expectOne('/api/services?limit=200').flush(services);
  await fixture.whenStable();
  const host = fixture.nativeElement as HTMLElement;
  const button = (label: string) =>
    [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === label) ?? null;
  const click = async (label: string) => {
    const found = button(label);
    if (!found) throw new Error(`no button "${label}"`);
    found.click();
    await fixture.whenStable();
  };
  const text = () => host.textContent ?? '';
  return { fixture, backend, button, click, text, opened };
}

describe('UserPageComponent', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the person with their role, services and status in the form', async () => {
    const { fixture, text } = await render();
    expect(text()).toContain('Nadia Navigator');
    expect(text()).toContain('nadia@navdesk.test · Digital navigator · Active');
    expect(fixture.componentInstance.form.getRawValue()).toEqual({ name: 'Nadia Navigator', role: 'navigator', serviceIds: ['s-1'] });
  });

  it('saves role and services, and says what happened', async () => {
    const { fixture, backend, click, text } = await render();
    fixture.componentInstance.form.patchValue({ role: 'manager', serviceIds: ['s-1', 's-2'] });
    await click('Save changes');
    const req = backend.expectOne('/api/users/u-1');
    expect(req.request.method).toBe('PATCH');
    expect(req.request.body).toEqual({ name: 'Nadia Navigator', role: 'manager', serviceIds: ['s-1', 's-2'] });
    req.flush({ ...nadia, role: 'manager', serviceIds: ['s-1', 's-2'] });
    await fixture.whenStable();
    expect(text()).toContain('Saved. Their open sessions have the new role and services from their next request.');
    expect(text()).toContain('Manager · Active');
  });

  it('deactivates after confirming; when they are the last navigator it names the service and asks who takes over', async () => {
    const { fixture, backend, click, text, opened } = await render();
    await click('Deactivate');
    expect(opened).toEqual(['Deactivate Nadia Navigator?']);
    backend.expectOne('/api/users/u-1/deactivate').flush(lastNavigator, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(text()).toContain('last active navigator of North Talking Therapies');
    backend.expectOne((r) => r.url === '/api/users' && r.params.get('role') === 'navigator' && r.params.get('status') === 'active').flush({ items: [nadia, noah], nextCursor: null });
    await fixture.whenStable();
    expect(fixture.componentInstance.navigators().map((n) => n.name)).toEqual(['Noah Navigator']);

    fixture.componentInstance.replacement.setValue('u-2');
    await click('Deactivate and hand over');
    const retry = backend.expectOne('/api/users/u-1/deactivate');
    expect(retry.request.body).toEqual({ replacementNavigatorId: 'u-2' });
    retry.flush({ ...nadia, active: false });
    await fixture.whenStable();
    expect(text()).toContain('Nadia Navigator is deactivated and signed out everywhere. Noah Navigator takes over their open tickets.');
    expect(text()).toContain('Reactivate');
    expect(text()).not.toContain('Deactivate and hand over');
  });

  it('does nothing when the deactivation is cancelled', async () => {
    const { click, backend, opened } = await render(nadia, false);
    await click('Deactivate');
    expect(opened).toEqual(['Deactivate Nadia Navigator?']);
    backend.expectNone('/api/users/u-1/deactivate');
  });

  it('reactivates a deactivated person', async () => {
    const { fixture, backend, click, text, button } = await render({ ...nadia, active: false });
    expect(button('Deactivate')).toBeNull();
    await click('Reactivate');
    backend.expectOne('/api/users/u-1/reactivate').flush(nadia);
    await fixture.whenStable();
    expect(text()).toContain('Nadia Navigator can sign in again.');
  });

  it('signs a person out everywhere after confirming', async () => {
    const { fixture, backend, click, text, opened } = await render();
    await click('Sign out everywhere');
    expect(opened).toEqual(['Sign Nadia Navigator out everywhere?']);
    backend.expectOne('/api/users/u-1/sign-out-everywhere').flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(text()).toContain('Nadia Navigator is signed out everywhere.');
  });
});
