import { provideHttpClient, withXhr } from '@angular/common/http';
import {
  HttpTestingController,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { OPEN_FULL_PAGE } from './open-full-page.token';
import { OpenQueueDashboardComponent } from './open-queue-dashboard.component';

async function render() {
  const opened: string[] = [];
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(withXhr()),
      provideHttpClientTesting(),
      { provide: OPEN_FULL_PAGE, useValue: (url: string) => opened.push(url) },
    ],
  });
  const fixture = TestBed.createComponent(OpenQueueDashboardComponent);
  const backend = TestBed.inject(HttpTestingController);
  await fixture.whenStable();
  const host = fixture.nativeElement as HTMLElement;
  const button = () => host.querySelector<HTMLButtonElement>('button');
  const click = async () => {
    button()?.click();
    await fixture.whenStable();
  };
  return { fixture, backend, host, button, click, opened };
}

describe('OpenQueueDashboardComponent', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('asks the api for the dashboard cookie first, and only then opens /admin/queues as a full page', async () => {
    const { backend, button, click, opened, fixture } = await render();
    expect(button()?.textContent?.trim()).toBe('Open queue dashboard');

    await click();
    const req = backend.expectOne('/api/admin/queues/session');
    expect(req.request.method).toBe('POST');
    expect(opened).toEqual([]);
    expect(button()?.disabled).toBe(true);

    req.flush(null, { status: 204, statusText: 'No Content' });
    await fixture.whenStable();
    expect(opened).toEqual(['/admin/queues']);
  });

  it('stays in the console and says why when the api refuses', async () => {
    const { backend, host, button, click, opened, fixture } = await render();
    await click();
    backend
      .expectOne('/api/admin/queues/session')
      .flush(
        {
          statusCode: 403,
          error: 'Forbidden',
          message: 'Your role cannot do this',
        },
        { status: 403, statusText: 'Forbidden' },
      );
    await fixture.whenStable();

    expect(opened).toEqual([]);
    const banner = host.querySelector('nd-error-banner');
    const text = (selector: string) =>
      banner?.querySelector(selector)?.textContent?.trim();
    expect(banner?.getAttribute('role')).toBe('alert');
    expect(text('.nd-banner__heading')).toBe(
      'The queue dashboard could not be opened',
    );
    expect(text('.nd-banner__message')).toBe('Your role cannot do this');
    expect(button()?.disabled).toBe(false);
  });
});
