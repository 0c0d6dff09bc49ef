import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeLiveEvents, SessionStore } from '@navdesk/console/data-access';
import type { Role, TailoringRequestView } from '@navdesk/contracts';
import {
  button,
  page,
  setUpAs,
  tailoringRequest,
  text,
  wait,
} from '../testing/tailoring-fixtures';
import { TailoringPageComponent } from './tailoring-page.component';

const PENDING_URL = '/api/tailoring-requests?limit=50&status=pending';

const replace = tailoringRequest({
  id: 'tr-2',
  patientRef: 'P-4HX8TB',
  action: 'replace',
  moduleId: 'm03-thoughts-and-feelings',
  moduleTitle: 'Thoughts and feelings',
  replacementModuleId: 'm05-managing-worry',
  replacementModuleTitle: 'Managing worry',
  reason: 'Worry is the main problem',
  requestedBy: { id: 'u-pwp2', name: 'Sam Jones' },
  version: 4,
});

describe('TailoringPageComponent', () => {
  let live: FakeLiveEvents;
  let http: HttpTestingController;
  let fixture: ComponentFixture<TailoringPageComponent>;
  let host: HTMLElement;

  async function open(
    role: Role,
    url: string,
    requests: TailoringRequestView[],
  ) {
    live = setUpAs(role);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TailoringPageComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(url).flush(page(requests));
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
    document.querySelector('.cdk-overlay-container')?.remove();
  });

  const row = (ref: string) =>
    host.querySelector(`tr[data-patient-ref="${ref}"]`) as HTMLElement;
  const status = (ref: string) =>
    row(ref)?.querySelector('[data-testid="tailoring-status"]')?.textContent;
  const dialog = () =>
    document.querySelector('mat-dialog-container') as HTMLElement;

  /** Presses Approve/Decline on a row, writes the note and confirms. */
  async function decide(
    ref: string,
    action: 'Approve' | 'Decline',
    note: string,
  ) {
    button(row(ref), action).click();
    await fixture.whenStable();
    const textarea = dialog().querySelector('textarea') as HTMLTextAreaElement;
    textarea.value = note;
    textarea.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    button(dialog(), `${action} request`).click();
    await fixture.whenStable();
    await wait(0);
  }

  it('shows navigators the pending queue: patient link, the change in words, reason, who, age and status', async () => {
    await open('navigator', PENDING_URL, [tailoringRequest(), replace]);
    expect(host.querySelector('h1')?.textContent).toBe('Tailoring requests');
    const headers = [...host.querySelectorAll('th')].map((th) => text(th));
    expect(headers).toEqual([
      'Patient',
      'Change',
      'Reason',
      'Asked by',
      'Asked',
      'Status',
      'Actions',
    ]);
    const first = row('P-7QK2M9');
    expect(first.querySelector('a')?.getAttribute('href')).toBe(
      '/patients/P-7QK2M9',
    );
    expect(text(first)).toContain('Skip Problem solving');
    expect(text(first)).toContain('Covered face to face in session 3');
    expect(status('P-7QK2M9')).toBe('Pending');
    expect(text(row('P-4HX8TB'))).toContain(
      'Replace Thoughts and feelings with Managing worry',
    );
    expect(text(row('P-4HX8TB'))).toContain('Sam Jones');
    expect(button(first, 'Approve')).toBeTruthy();
    expect(button(first, 'Decline')).toBeTruthy();
    const pendingToggle = [
      ...host.querySelectorAll<HTMLButtonElement>(
        '[data-testid="tailoring-status-filter"] button',
      ),
    ].find((b) => text(b) === 'Pending');
    expect(pendingToggle?.getAttribute('aria-checked')).toBe('true');
  });

  it('approves with a required note, sending the version it read', async () => {
    await open('navigator', PENDING_URL, [tailoringRequest(), replace]);
    button(row('P-4HX8TB'), 'Approve').click();
    await fixture.whenStable();
    expect(text(dialog())).toContain(
      'Replace Thoughts and feelings with Managing worry for patient P-4HX8TB',
    );
    // No note: the dialog stays open and says why.
    button(dialog(), 'Approve request').click();
    await fixture.whenStable();
    expect(text(dialog())).toContain('Write a note saying why');
    button(dialog(), 'Cancel').click();
    await fixture.whenStable();
    await wait(0);

    await decide('P-4HX8TB', 'Approve', ' Worry first makes sense ');
    const patch = http.expectOne('/api/tailoring-requests/tr-2');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({
      version: 4,
      decision: 'approved',
      note: 'Worry first makes sense',
    });
    patch.flush({ ...replace, status: 'queued', version: 5 });
    await fixture.whenStable();
    // Approved requests leave the pending view.
    expect(row('P-4HX8TB')).toBeNull();
    expect(
      host.querySelector('[data-testid="tailoring-status-line"]')?.textContent,
    ).toContain(
      'Approved: Replace Thoughts and feelings with Managing worry for P-4HX8TB.',
    );
  });

  it('says someone else decided first (409) and reloads', async () => {
    await open('navigator', PENDING_URL, [tailoringRequest(), replace]);
    await decide('P-7QK2M9', 'Decline', 'Needed for the pathway');
    const patch = http.expectOne('/api/tailoring-requests/tr-1');
    expect(patch.request.body.decision).toBe('declined');
    patch.flush(
      { statusCode: 409, error: 'Conflict', message: 'Stale version' },
      { status: 409, statusText: 'Conflict' },
    );
    http.expectOne(PENDING_URL).flush(page([replace]));
    await fixture.whenStable();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Someone else decided this request; reloaded.',
    );
    expect(row('P-7QK2M9')).toBeNull();
  });

  it('retries a failed request and shows its ticket', async () => {
    await open('navigator', PENDING_URL, []);
    expect(text(host)).toContain('No pending requests');
    fixture.componentInstance.setStatus('failed');
    await fixture.whenStable();
    const failed = tailoringRequest({
      status: 'failed',
      lastError: 'Programme answered 500',
      attempts: 5,
      ticket: { id: 't-9', reference: 'ND-000042' },
      decisionNote: 'Fine',
      decidedBy: { id: 'u-nav', name: 'Nadia Navigator' },
    });
    http
      .expectOne('/api/tailoring-requests?limit=50&status=failed')
      .flush(page([failed]));
    await fixture.whenStable();
    expect(status('P-7QK2M9')).toBe('Failed');
    expect(text(row('P-7QK2M9'))).toContain('Programme answered 500');
    expect(
      [...row('P-7QK2M9').querySelectorAll('a')]
        .find((a) => text(a) === 'ND-000042')
        ?.getAttribute('href'),
    ).toBe('/tickets/t-9');
    button(row('P-7QK2M9'), 'Retry').click();
    await fixture.whenStable();
    const post = http.expectOne('/api/tailoring-requests/tr-1/retry');
    expect(post.request.method).toBe('POST');
    post.flush(
      { ...failed, status: 'queued' },
      { status: 202, statusText: 'Accepted' },
    );
    http
      .expectOne('/api/tailoring-requests?limit=50&status=failed')
      .flush(page([]));
    await fixture.whenStable();
    expect(row('P-7QK2M9')).toBeNull();
    expect(
      host.querySelector('[data-testid="tailoring-status-line"]')?.textContent,
    ).toContain('being applied again');
  });

  it('refreshes live when a request changes', async () => {
    await open('navigator', PENDING_URL, [tailoringRequest()]);
    live.emit({ type: 'tailoring.changed', id: 'tr-2' });
    await wait(250);
    http.expectOne(PENDING_URL).flush(page([replace, tailoringRequest()]));
    await fixture.whenStable();
    const refs = [...host.querySelectorAll('tr[data-patient-ref]')].map((tr) =>
      tr.getAttribute('data-patient-ref'),
    );
    expect(refs).toEqual(['P-4HX8TB', 'P-7QK2M9']);
  });

  it('shows PWPs their own requests with status and the decision, without actions or filters', async () => {
    await open('pwp', '/api/tailoring-requests?limit=50', [
      tailoringRequest({
        status: 'declined',
        decisionNote: 'Mandatory for this pathway',
        decidedBy: { id: 'u-nav', name: 'Nadia Navigator' },
      }),
    ]);
    expect(host.querySelector('h1')?.textContent).toBe('My tailoring requests');
    expect(status('P-7QK2M9')).toBe('Declined');
    expect(text(row('P-7QK2M9'))).toContain(
      'Nadia Navigator: Mandatory for this pathway',
    );
    expect(
      host.querySelector('[data-testid="tailoring-status-filter"]'),
    ).toBeNull();
    expect(row('P-7QK2M9').querySelector('button')).toBeNull();
  });

  it('shows an applied change a records feed made moot, with the reason', async () => {
    const reason =
      "Problem solving is no longer in the patient's plan from the records feed, so there is nothing to skip";
    await open('pwp', '/api/tailoring-requests?limit=50', [
      tailoringRequest({
        status: 'applied',
        appliedAt: '2026-03-03T09:00:00.000Z',
        mootAt: '2026-03-10T09:00:00.000Z',
        mootReason: reason,
      }),
      tailoringRequest({ id: 'tr-2', patientRef: 'P-4HX8TB', status: 'applied' }),
    ]);
    expect(status('P-7QK2M9')).toBe('Applied');
    expect(
      text(row('P-7QK2M9').querySelector('[data-testid="tailoring-moot"]')),
    ).toBe(`Moot: ${reason}`);
    expect(
      row('P-4HX8TB').querySelector('[data-testid="tailoring-moot"]'),
    ).toBeNull();
  });
});
