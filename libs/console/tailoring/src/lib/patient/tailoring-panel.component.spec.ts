import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeLiveEvents, SessionStore } from '@navdesk/console/data-access';
import type { Role, TailoringRequestView } from '@navdesk/contracts';
import {
  button,
  REF,
  setUpAs,
  text,
  wait,
} from '../testing/tailoring-fixtures';
import { TailoringPanelComponent } from './tailoring-panel.component';
import { moduleChoices } from './tailoring-request-form.component';

const URL = `/api/patients/${REF}/tailoring-requests`;
const PLAN = [
  'm01-understanding-depression',
  'm02-behavioural-activation',
  'm03-thoughts-and-feelings',
];

function request(
  overrides: Partial<TailoringRequestView> = {},
): TailoringRequestView {
  return {
    id: 'tr-1',
    patientRef: REF,
    serviceId: 's-1',
    action: 'replace',
    moduleId: 'm03-thoughts-and-feelings',
    moduleTitle: 'Thoughts and feelings',
    replacementModuleId: 'm05-managing-worry',
    replacementModuleTitle: 'Managing worry',
    reason: 'Worry is the main problem',
    status: 'declined',
    requestedBy: { id: 'u-pwp', name: 'Priya Patel' },
    createdAt: '2026-03-01T09:00:00.000Z',
    decidedBy: { id: 'u-nav', name: 'Nadia Navigator' },
    decisionNote: 'Mandatory for this pathway',
    decidedAt: '2026-03-01T12:00:00.000Z',
    appliedAt: null,
    mootAt: null,
    mootReason: null,
    attempts: 0,
    lastError: null,
    ticket: null,
    version: 2,
    ...overrides,
  };
}

describe('moduleChoices', () => {
  it('offers the plan to skip or replace, the other modules to add or take instead', () => {
    const skip = moduleChoices('skip', PLAN);
    expect(skip.modules.map((m) => m.id)).toEqual(PLAN);
    const replace = moduleChoices('replace', PLAN, 'm03-thoughts-and-feelings');
    expect(replace.replacements.map((m) => m.id)).not.toContain(
      'm01-understanding-depression',
    );
    expect(replace.replacements[0].title).toBe('Problem solving');
    const add = moduleChoices('add', PLAN);
    expect(add.modules).toHaveLength(7);
    expect(add.modules.map((m) => m.id)).not.toContain(
      'm02-behavioural-activation',
    );
  });

  it('offers every module when the plan is not known', () => {
    expect(moduleChoices('skip', null).modules).toHaveLength(10);
    expect(moduleChoices('add', []).modules).toHaveLength(10);
    expect(
      moduleChoices('replace', null, 'm01-understanding-depression')
        .replacements,
    ).toHaveLength(9);
  });
});

describe('TailoringPanelComponent', () => {
  let live: FakeLiveEvents;
  let http: HttpTestingController;
  let fixture: ComponentFixture<TailoringPanelComponent>;
  let host: HTMLElement;

  async function open(role: Role, requests: TailoringRequestView[] = []) {
    live = setUpAs(role);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TailoringPanelComponent);
    fixture.componentRef.setInput('patientRef', REF);
    fixture.componentRef.setInput('plan', PLAN);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(URL).flush(requests);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  const select = (testid: string) =>
    host.querySelector(`[data-testid="${testid}"]`) as HTMLSelectElement;
  const pick = async (testid: string, value: string) => {
    const el = select(testid);
    el.value = value;
    el.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  };
  const typeReason = async (value: string) => {
    const el = host.querySelector(
      '[data-testid="tailoring-reason"]',
    ) as HTMLTextAreaElement;
    el.value = value;
    el.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };

  it('lists the requests with their status in words and the navigator’s note', async () => {
    await open('navigator', [request()]);
    const item = host.querySelector('[data-testid="tailoring-request"]');
    expect(text(item as Element)).toContain(
      'Replace Thoughts and feelings with Managing worry',
    );
    expect(
      item?.querySelector('[data-testid="tailoring-status"]')?.textContent,
    ).toBe('Declined');
    expect(
      text(item?.querySelector('[data-testid="decision-note"]') as Element),
    ).toContain('Nadia Navigator: “Mandatory for this pathway”');
    // Navigators decide on the Tailoring page; they do not ask here.
    expect(
      [...host.querySelectorAll('button')].map((b) => text(b)),
    ).not.toContain('Request a change');
  });

  it('says when a records feed made an applied change moot, and why', async () => {
    await open('navigator', [
      request({
        status: 'applied',
        mootAt: '2026-03-09T09:00:00.000Z',
        mootReason:
          "Thoughts and feelings is no longer in the patient's plan from the records feed, so there is nothing to replace",
      }),
    ]);
    const item = host.querySelector('[data-testid="tailoring-request"]');
    expect(
      item?.querySelector('[data-testid="tailoring-status"]')?.textContent,
    ).toBe('Applied');
    expect(
      text(
        item?.querySelector('[data-testid="tailoring-moot"]') as Element,
      ).trim(),
    ).toBe(
      "Moot: Thoughts and feelings is no longer in the patient's plan from the records feed, so there is nothing to replace",
    );
  });

  it('asks to replace a planned module with one not in the plan', async () => {
    await open('pwp');
    button(host, 'Request a change').click();
    await fixture.whenStable();
    await pick('tailoring-action', 'replace');
    await pick('tailoring-module', 'm03-thoughts-and-feelings');
    const replacement = select('tailoring-replacement');
    expect([...replacement.options].slice(1).map((o) => o.value)).not.toContain(
      'm01-understanding-depression',
    );
    await pick('tailoring-replacement', 'm05-managing-worry');
    await typeReason('Worry is the main problem');
    button(host, 'Submit request').click();
    await fixture.whenStable();

    const post = http.expectOne('/api/tailoring-requests');
    expect(post.request.body).toEqual({
      patientRef: REF,
      action: 'replace',
      moduleId: 'm03-thoughts-and-feelings',
      replacementModuleId: 'm05-managing-worry',
      reason: 'Worry is the main problem',
    });
    post.flush(request({ status: 'pending', decisionNote: null }), {
      status: 201,
      statusText: 'Created',
    });
    await fixture.whenStable();
    expect(host.querySelector('nd-tailoring-request-form')).toBeNull();
    expect(
      host.querySelector('[data-testid="tailoring-status"]')?.textContent,
    ).toBe('Pending');
  });

  it('needs a reason and a module before sending anything', async () => {
    await open('pwp');
    button(host, 'Request a change').click();
    await fixture.whenStable();
    button(host, 'Submit request').click();
    await fixture.whenStable();
    expect(text(host)).toContain('Choose the module');
    expect(text(host)).toContain('Say why this patient needs the change');
  });

  it('shows the server’s field messages (400) and an open request for the module (409)', async () => {
    await open('pwp');
    button(host, 'Request a change').click();
    await fixture.whenStable();
    await pick('tailoring-module', 'm02-behavioural-activation');
    await typeReason('x');
    button(host, 'Submit request').click();
    await fixture.whenStable();
    expect(text(host)).toContain('Say a little more: at least 5 characters');
    await typeReason('Short');
    button(host, 'Submit request').click();
    await fixture.whenStable();
    http.expectOne('/api/tailoring-requests').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'Validation failed',
        details: [{ field: 'reason', message: 'reason is too short' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(text(host)).toContain('reason is too short');

    await typeReason('Patient already did this module in a previous course');
    button(host, 'Submit request').click();
    await fixture.whenStable();
    http.expectOne('/api/tailoring-requests').flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'An open request for Behavioural activation already exists',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(text(host)).toContain(
      'An open request for Behavioural activation already exists',
    );
  });

  it('follows decisions live', async () => {
    await open('pwp', [request({ status: 'pending', decisionNote: null })]);
    live.emit({ type: 'tailoring.changed', id: 'tr-1' });
    await wait(250);
    http
      .expectOne(URL)
      .flush([request({ status: 'queued', decisionNote: 'Fine' })]);
    await fixture.whenStable();
    expect(
      host.querySelector('[data-testid="tailoring-status"]')?.textContent,
    ).toBe('Approved, being applied');
    expect(
      host.querySelector('[data-testid="tailoring-panel-status"]')?.textContent,
    ).toContain('now approved, being applied');
  });
});
