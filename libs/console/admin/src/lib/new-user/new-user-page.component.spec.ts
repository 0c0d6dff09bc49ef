import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import {
  ApiError,
  CreateUserRequest,
  Page,
  ServiceView,
  UserView,
} from '@navdesk/contracts';
import { NewUserPageComponent } from './new-user-page.component';

const services: Page<ServiceView> = {
  items: [
    { id: 's-1', code: 'NTT', name: 'North Talking Therapies' },
    { id: 's-2', code: 'STT', name: 'South Talking Therapies' },
  ],
  nextCursor: null,
};

async function render() {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      provideHttpClient(withXhr()),
      provideHttpClientTesting(),
    ],
  });
  const fixture = TestBed.createComponent(NewUserPageComponent);
  const backend = TestBed.inject(HttpTestingController);
  await fixture.whenStable();
  backend.expectOne('/api/services?limit=200').flush(services);
  await fixture.whenStable();
  const host = fixture.nativeElement as HTMLElement;
  const fill = (value: CreateUserRequest) =>
    fixture.componentInstance.form.setValue(value);
  const submit = async () => {
    host.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  };
  const text = () => host.textContent ?? '';
  const fieldError = (label: string): string | null => {
    const field = [...host.querySelectorAll('mat-form-field')].find(
      (f) => f.querySelector('mat-label')?.textContent?.trim() === label,
    );
    return field?.querySelector('mat-error')?.textContent?.trim() ?? null;
  };
  return { fixture, backend, host, fill, submit, text, fieldError };
}

const valid: CreateUserRequest = {
  name: 'Robin Reed',
  email: 'robin.reed@navdesk.test',
  role: 'pwp',
  serviceIds: ['s-1'],
  password: 'a-long-enough-password',
};

describe('NewUserPageComponent', () => {
  it('offers every role and the services to choose from', async () => {
    const { fixture } = await render();
    expect(fixture.componentInstance.roles).toEqual([
      'pwp',
      'navigator',
      'manager',
      'admin',
    ]);
    expect(fixture.componentInstance.services().map((s) => s.name)).toEqual([
      'North Talking Therapies',
      'South Talking Therapies',
    ]);
  });

  it('checks the fields before calling the API', async () => {
    const { fill, submit, backend, fieldError } = await render();
    fill({
      ...valid,
      email: 'not-an-email',
      password: 'short',
      serviceIds: [],
    });
    await submit();

    backend.expectNone('/api/users');
    expect(fieldError('E-mail')).toBe(
      'Enter an e-mail address like name@example.nhs.uk',
    );
    expect(fieldError('Initial password')).toBe('Use at least 12 characters');
    expect(fieldError('Services')).toBe('Choose at least one service');
  });

  it('sends the new user and returns to the list', async () => {
    const { fill, submit, backend, fixture } = await render();
    const navigate = jest
      .spyOn(TestBed.inject(Router), 'navigate')
      .mockResolvedValue(true);
    fill(valid);
    await submit();

    const req = backend.expectOne('/api/users');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(valid);
    const created: UserView = {
      id: 'u-9',
      email: valid.email,
      name: valid.name,
      role: 'pwp',
      serviceIds: ['s-1'],
    };
    req.flush(created, { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['..'], expect.objectContaining({}));
  });

  it('shows the API’s field errors from a 400 next to the fields', async () => {
    const { fill, submit, backend, fixture, fieldError, text } = await render();
    fill(valid);
    await submit();

    const body: ApiError = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed',
      details: [
        { field: 'email', message: 'email must be an NHS or test address' },
        { field: 'password', message: 'password is too common' },
      ],
    };
    backend
      .expectOne('/api/users')
      .flush(body, { status: 400, statusText: 'Bad Request' });
    await fixture.whenStable();

    expect(fieldError('E-mail')).toBe('email must be an NHS or test address');
    expect(fieldError('Initial password')).toBe('password is too common');
    expect(text()).toContain('The user was not created');
    expect(fixture.componentInstance.pending()).toBe(false);
  });

  it('says the e-mail is taken on a 409', async () => {
    const { fill, submit, backend, fixture, fieldError } = await render();
    fill(valid);
    await submit();
    const body: ApiError = {
      statusCode: 409,
      error: 'Conflict',
      message: 'E-mail already in use',
    };
    backend
      .expectOne('/api/users')
      .flush(body, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(fieldError('E-mail')).toBe('A user with this e-mail already exists');
  });
});
