import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  IDEMPOTENCY_KEY_HEADER,
  SessionStore,
} from '@navdesk/console/data-access';
import type { CreatedTicket, CreateTicketRequest } from '@navdesk/contracts';
import { IDENTIFIER_WARNING_DEBOUNCE_MS } from '../identifier-warning/identifier-warning.component';
import { button, setUpAs, TestContext, text } from '../testing/testing-module';
import { ticketView } from '../testing/ticket-fixtures';
import { RaisePageComponent } from './raise-page.component';

async function render() {
  const fixture = TestBed.createComponent(RaisePageComponent);
  await fixture.whenStable();
  const http = TestBed.inject(HttpTestingController);
  http
    .expectOne((req) => req.url === '/api/services')
    .flush({
      items: [
        {
          id: 's-1',
          name: 'Northshire Talking Therapies',
          createdAt: '2026-01-01T00:00:00.000Z',
        },
      ],
      nextCursor: null,
    });
  http
    .expectOne((req) => req.url === '/api/patients')
    .flush({ items: [], nextCursor: null });
  await fixture.whenStable();
  const component = fixture.componentInstance;
  component.form.patchValue({
    title: 'App crashes on the mood screen',
    description: 'It closes as soon as she opens it.',
  });
  await fixture.whenStable();
  return {
    fixture,
    host: fixture.nativeElement as HTMLElement,
    http,
    component,
  };
}

const created = (riskNotice: string | null): CreatedTicket => ({
  ...ticketView({ id: 't-9', reference: 'ND-000123', status: 'new' }),
  riskNotice,
});

describe('RaisePageComponent', () => {
  let ctx: TestContext;
  beforeEach(() => (ctx = setUpAs('pwp')));
  afterEach(() => TestBed.inject(SessionStore).clear());

  it('preselects the only service and sends the draft id with the ticket', async () => {
    const { fixture, host, http } = await render();
    button(host, 'Raise issue').click();
    await fixture.whenStable();
    const req = http.expectOne({ method: 'POST', url: '/api/tickets' });
    expect(req.request.body).toEqual<CreateTicketRequest>({
      kind: 'tech_support',
      title: 'App crashes on the mood screen',
      description: 'It closes as soon as she opens it.',
      serviceId: 's-1',
      severity: 'medium',
      draftId: 'id-1',
    });
  });

  it('reuses one Idempotency-Key when the same submission is retried', async () => {
    const { fixture, host, http, component } = await render();
    button(host, 'Raise issue').click();
    await fixture.whenStable();
    const first = http.expectOne({ method: 'POST', url: '/api/tickets' });
    const key = first.request.headers.get(IDEMPOTENCY_KEY_HEADER);
    expect(key).toBe('id-2');
    first.error(new ProgressEvent('error'), { status: 0, statusText: '' });
    await fixture.whenStable();
    expect(text(host)).toContain('The issue was not raised');

    button(host, 'Raise issue').click();
    await fixture.whenStable();
    const retry = http.expectOne({ method: 'POST', url: '/api/tickets' });
    expect(retry.request.headers.get(IDEMPOTENCY_KEY_HEADER)).toBe(key);
    retry.flush(
      { statusCode: 503, error: 'Service Unavailable', message: 'Try again' },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await fixture.whenStable();

    // A changed form is a new submission, with a new key.
    component.form.controls.severity.setValue('high');
    button(host, 'Raise issue').click();
    await fixture.whenStable();
    const changed = http.expectOne({ method: 'POST', url: '/api/tickets' });
    expect(changed.request.headers.get(IDEMPOTENCY_KEY_HEADER)).toBe('id-3');
    expect(ctx.ids).toEqual(['id-1', 'id-2', 'id-3']);
  });

  it('shows the reference and a link to it', async () => {
    const { fixture, host, http } = await render();
    button(host, 'Raise issue').click();
    await fixture.whenStable();
    http
      .expectOne({ method: 'POST', url: '/api/tickets' })
      .flush(created(null));
    await fixture.whenStable();
    expect(text(host)).toContain('Your issue has been raised');
    expect(
      host.querySelector('[data-testid="ticket-reference"]')?.textContent,
    ).toBe('ND-000123');
    const link = [...host.querySelectorAll('a')].find((a) =>
      a.textContent?.includes('View ND-000123'),
    );
    expect(link?.getAttribute('href')).toBe('/tickets/t-9');
    expect(host.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the risk notice at once, as an alert', async () => {
    const { fixture, host, http } = await render();
    button(host, 'Raise issue').click();
    await fixture.whenStable();
    http
      .expectOne({ method: 'POST', url: '/api/tickets' })
      .flush(
        created(
          'Tech support is not a crisis route. Follow your service’s risk protocol now.',
        ),
      );
    await fixture.whenStable();
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(
      'Follow your service’s risk protocol now.',
    );
    expect(alert?.textContent).toContain('Tech support is not a crisis route');
  });

  it('warns under the field that holds an identifier, and still sends', async () => {
    const { fixture, host, http, component } = await render();
    component.form.patchValue({
      title: 'Cannot log in, P-7QK2M9',
      description: 'NHS 943 476 5919, mobile 07700 900123, app 4.3.0',
    });
    // The warning waits for typing to pause: poll for it, within a bound.
    const deadline = Date.now() + 10 * IDENTIFIER_WARNING_DEBOUNCE_MS;
    while (
      host.querySelectorAll('[role="status"] li').length < 3 &&
      Date.now() < deadline
    ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      await fixture.whenStable();
    }

    const title = host.querySelector('input[formControlName="title"]');
    const description = host.querySelector(
      'textarea[formControlName="description"]',
    );
    const warningFor = (field: Element | null) => {
      const ids = field?.getAttribute('aria-describedby')?.split(' ') ?? [];
      const region = ids
        .map((id) => host.querySelector(`#${id}`))
        .find((el) => el?.getAttribute('role') === 'status');
      return [...(region?.querySelectorAll('li') ?? [])].map((li) =>
        li.textContent?.trim(),
      );
    };
    expect(warningFor(title)).toEqual([
      'This looks like a patient ref: use the patient field, not the text.',
    ]);
    expect(warningFor(description)).toEqual([
      'This looks like an NHS number: use the patient field, not the text.',
      'This looks like a phone number: use the patient field, not the text.',
    ]);

    button(host, 'Raise issue').click();
    await fixture.whenStable();
    const req = http.expectOne({ method: 'POST', url: '/api/tickets' });
    expect(req.request.body).toMatchObject({
      title: 'Cannot log in, P-7QK2M9',
      description: 'NHS 943 476 5919, mobile 07700 900123, app 4.3.0',
    });
  });

  it('does not send an invalid form', async () => {
    const { fixture, host, http, component } = await render();
    component.form.controls.title.setValue('');
    button(host, 'Raise issue').click();
    await fixture.whenStable();
    http.expectNone({ method: 'POST', url: '/api/tickets' });
    expect(text(host)).toContain('Give the issue a short title');
  });
});
