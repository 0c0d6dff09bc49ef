import {
  HttpTestingController,
  TestRequest,
} from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeLiveEvents, SessionStore } from '@navdesk/console/data-access';
import { engagement } from '@navdesk/console/engagement/testing';
import type {
  LoginResetView,
  Page,
  PatientEngagement,
  PatientFlagView,
  PatientTicketSummary,
  Role,
  TailoringRequestView,
} from '@navdesk/contracts';
import { patientDetail } from '../testing/engagement-fixtures';
import {
  account,
  button,
  createdReset,
  notificationChange,
  REF,
  resetDetail,
  setUpAs,
  text,
  wait,
} from '../testing/patient-fixtures';
import { PatientPageComponent } from './patient-page.component';

const ACCOUNT_URL = `/api/patients/${REF}/programme-account`;
const CHANGES_URL = `/api/patients/${REF}/notification-changes`;
const LATEST_URL = `/api/patients/${REF}/login-resets?limit=1`;
const PATIENT_URL = `/api/patients/${REF}`;
const ENGAGEMENT_URL = `/api/patients/${REF}/engagement`;
const FLAGS_URL = `/api/patients/${REF}/flags`;
const TICKETS_URL = `/api/patients/${REF}/tickets`;
const TAILORING_URL = `/api/patients/${REF}/tailoring-requests`;
const empty: Page<LoginResetView> = { items: [], nextCursor: null };

describe('PatientPageComponent', () => {
  let live: FakeLiveEvents;
  let http: HttpTestingController;

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
    document.querySelector('.cdk-overlay-container')?.remove();
  });

  async function open(
    role: Role,
    answers: {
      account?: (req: TestRequest) => void;
      latest?: Page<LoginResetView>;
      engagement?: PatientEngagement;
      flags?: PatientFlagView[];
      tickets?: PatientTicketSummary[];
      tailoring?: TailoringRequestView[];
      mandatoryModules?: string[];
    } = {},
  ): Promise<{
    fixture: ComponentFixture<PatientPageComponent>;
    host: HTMLElement;
  }> {
    live = setUpAs(role);
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(PatientPageComponent);
    fixture.componentRef.setInput('ref', REF);
    await fixture.whenStable();
    const accountReq = http.expectOne(ACCOUNT_URL);
    if (answers.account) answers.account(accountReq);
    else accountReq.flush(account());
    http.expectOne(LATEST_URL).flush(answers.latest ?? empty);
    http.expectOne(CHANGES_URL).flush([]);
    http
      .expectOne(PATIENT_URL)
      .flush(
        answers.mandatoryModules
          ? { ...patientDetail(), mandatoryModules: answers.mandatoryModules }
          : patientDetail(),
      );
    http.expectOne(ENGAGEMENT_URL).flush(answers.engagement ?? engagement());
    http.expectOne(FLAGS_URL).flush(answers.flags ?? []);
    http.expectOne(TICKETS_URL).flush(answers.tickets ?? []);
    http.expectOne(TAILORING_URL).flush(answers.tailoring ?? []);
    await fixture.whenStable();
    return { fixture, host: fixture.nativeElement as HTMLElement };
  }

  /** Chooses a channel, presses "Reset log-in" and confirms in the dialog. */
  async function askForReset(
    fixture: ComponentFixture<PatientPageComponent>,
    channel: 'Email' | 'SMS (text message)',
  ) {
    const host = fixture.nativeElement as HTMLElement;
    const radio = [
      ...host.querySelectorAll<HTMLInputElement>(
        '[data-testid="reset-channel"] input[type="radio"]',
      ),
    ].find((input) =>
      input.closest('mat-radio-button')?.textContent?.includes(channel),
    );
    radio?.click();
    await fixture.whenStable();
    (
      host.querySelector('[data-testid="reset-login"]') as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    const dialog = document.querySelector('mat-dialog-container');
    expect(dialog?.textContent).toContain(`patient ${REF}`);
    button(dialog as Element, 'Send reset link').click();
    await fixture.whenStable();
    await wait(0);
  }

  it('asks for a reset by SMS after a confirm, shows it queued, then follows it live to sent', async () => {
    const { fixture, host } = await open('pwp');
    expect(text(host)).toContain(
      'No log-in reset has been asked for this patient yet.',
    );

    await askForReset(fixture, 'SMS (text message)');
    const post = http.expectOne({ method: 'POST', url: '/api/login-resets' });
    expect(post.request.body).toEqual({ patientRef: REF, channel: 'sms' });
    post.flush(createdReset({ channel: 'sms' }), {
      status: 202,
      statusText: 'Accepted',
    });
    http
      .expectOne('/api/login-resets/r-1')
      .flush(resetDetail({ channel: 'sms' }));
    await fixture.whenStable();

    const status = () =>
      host.querySelector('[data-testid="reset-status"]')?.textContent?.trim();
    const statusText = () =>
      text(host.querySelector('[data-testid="reset-status-text"]') as Element);
    expect(status()).toBe('Queued');
    expect(statusText()).toContain(
      'asking the digital programme to send the link by text message (SMS)',
    );
    expect(
      host
        .querySelector('[data-testid="reset-status-region"]')
        ?.getAttribute('role'),
    ).toBe('status');
    expect(text(host)).toContain(
      'Priya Patel asked for a reset link by text message (SMS)',
    );

    live.emit({ type: 'reset.changed', id: 'r-1' });
    await wait(250);
    http.expectOne('/api/login-resets/r-1').flush(
      resetDetail({
        channel: 'sms',
        status: 'sent',
        attempts: 1,
        sentAt: '2026-03-02T09:00:05.000Z',
        expiresAt: '2026-03-05T09:00:05.000Z',
      }),
    );
    await fixture.whenStable();
    expect(status()).toBe('Sent');
    expect(statusText()).toContain(
      'It will show completed when the patient logs in; it expires after 72 hours.',
    );
  });

  it('says when the patient can be sent another reset after three in an hour (429)', async () => {
    const now = Date.parse('2026-03-02T09:00:00.000Z');
    jest.spyOn(Date, 'now').mockReturnValue(now);
    try {
      const { fixture, host } = await open('pwp');
      await askForReset(fixture, 'Email');
      http.expectOne({ method: 'POST', url: '/api/login-resets' }).flush(
        {
          statusCode: 429,
          error: 'Too Many Requests',
          message: 'Too many resets for this patient',
        },
        {
          status: 429,
          statusText: 'Too Many Requests',
          headers: { 'Retry-After': '1140' },
        },
      );
      await fixture.whenStable();
      const notice = text(
        host.querySelector('[data-testid="reset-notice"]') as Element,
      );
      expect(notice).toContain('Too many resets for this patient');
      // 19 minutes after 09:00 (UK time, GMT in March).
      expect(notice).toContain('You can try again in 19 minutes, at 09:19.');
      expect(
        (host.querySelector('[data-testid="reset-login"]') as HTMLButtonElement)
          .disabled,
      ).toBe(false);
    } finally {
      jest.restoreAllMocks();
    }
  });

  it('says a reset is already under way instead of sending a second one (200, duplicate)', async () => {
    const { fixture, host } = await open('pwp');
    await askForReset(fixture, 'Email');
    http.expectOne({ method: 'POST', url: '/api/login-resets' }).flush(
      createdReset({
        id: 'r-0',
        status: 'sent',
        attempts: 1,
        duplicate: true,
        requestedBy: { id: 'u-nav', name: 'Nadia Navigator' },
      }),
    );
    http
      .expectOne('/api/login-resets/r-0')
      .flush(resetDetail({ id: 'r-0', status: 'sent', attempts: 1 }));
    await fixture.whenStable();
    const notice = text(
      host.querySelector('[data-testid="reset-notice"]') as Element,
    );
    expect(notice).toContain('A reset is already under way');
    expect(notice).toContain('No second message was sent.');
    expect(
      host.querySelector('[data-testid="reset-status"]')?.textContent?.trim(),
    ).toBe('Sent');
  });

  it('shows the account, and says plainly when the programme is unreachable (503) while the rest works', async () => {
    const { fixture, host } = await open('pwp', {
      account: (req) =>
        req.flush(
          { statusCode: 503, error: 'Service Unavailable', message: 'down' },
          { status: 503, statusText: 'Service Unavailable' },
        ),
    });
    const panel = host.querySelector(
      '[data-testid="account-panel"]',
    ) as Element;
    expect(text(panel)).toContain(
      "The digital programme can't be reached right now — try again in a minute",
    );
    expect(
      (host.querySelector('[data-testid="reset-login"]') as HTMLButtonElement)
        .disabled,
    ).toBe(false);
    expect(text(host)).toContain(
      "Nobody has changed this patient's reminders.",
    );

    (
      panel.querySelector('[data-testid="check-account"]') as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    http.expectOne(ACCOUNT_URL).flush(account());
    await fixture.whenStable();
    expect(text(panel)).not.toContain("can't be reached");
    expect(
      panel.querySelector('[data-testid="account-status"]')?.textContent,
    ).toContain('Locked');
    expect(text(panel)).toContain('4.2.1');
    expect(text(panel)).toContain('Every day, no quiet hours');
  });

  it('lets a navigator lower the reminders with quiet hours and a reason', async () => {
    const { fixture, host } = await open('navigator');
    const form = fixture.debugElement.query(
      (el) => el.name === 'nd-notification-change-form',
    ).componentInstance as {
      form: {
        setValue(value: unknown): void;
        controls: { quietHours: { setValue(v: boolean): void } };
      };
    };
    form.form.controls.quietHours.setValue(true);
    form.form.setValue({
      reminderFrequency: 'every_3_days',
      quietHours: true,
      from: '21:00',
      to: '08:00',
      reason: '  Finds daily reminders overwhelming ',
    });
    await fixture.whenStable();
    button(host, 'Change reminders').click();
    await fixture.whenStable();

    const post = http.expectOne({ method: 'POST', url: CHANGES_URL });
    expect(post.request.body).toEqual({
      reminderFrequency: 'every_3_days',
      quietHours: { from: '21:00', to: '08:00' },
      reason: 'Finds daily reminders overwhelming',
    });
    post.flush(notificationChange(), { status: 202, statusText: 'Accepted' });
    await fixture.whenStable();
    const history = host.querySelector('[data-testid="notification-change"]');
    expect(history?.getAttribute('data-status')).toBe('queued');
    expect(text(history as Element)).toContain(
      'Every 3 days, quiet hours 21:00–08:00',
    );

    live.emit({ type: 'notification-change.changed', id: 'n-1' });
    await wait(250);
    http.expectOne(CHANGES_URL).flush([
      notificationChange({
        status: 'applied',
        appliedAt: '2026-03-02T09:01:00.000Z',
      }),
    ]);
    await fixture.whenStable();
    // Applied: the page checks the account again for the reminders now in force.
    http.expectOne(ACCOUNT_URL).flush(account());
    await fixture.whenStable();
    expect(
      host.querySelector('[data-testid="notifications-status"]')?.textContent,
    ).toContain('Reminder change applied');
  });

  it('shows PWPs the reminders but no form to change them', async () => {
    const { host } = await open('pwp');
    expect(host.querySelector('nd-notification-change-form')).toBeNull();
    expect(text(host)).toContain(
      "Only a digital navigator can change a patient's reminders.",
    );
  });

  it('lets a PWP ask to skip a module of the patient’s plan, and shows the request pending', async () => {
    const { fixture, host } = await open('pwp', {
      mandatoryModules: [
        'm01-understanding-depression',
        'm02-behavioural-activation',
        'm03-thoughts-and-feelings',
        'm04-problem-solving',
      ],
    });
    const panel = host.querySelector(
      '[data-testid="tailoring-panel"]',
    ) as HTMLElement;
    expect(panel.getAttribute('aria-labelledby')).toBe('tailoring-heading');
    expect(text(panel)).toContain('Programme tailoring');
    expect(text(panel)).toContain(
      'No changes have been asked for this patient.',
    );

    button(panel, 'Request a change').click();
    await fixture.whenStable();
    const module = panel.querySelector(
      '[data-testid="tailoring-module"]',
    ) as HTMLSelectElement;
    // Skip offers the patient's plan as Navdesk holds it (the server checks requests against it).
    expect(
      [...module.options].slice(1).map((o) => o.textContent?.trim()),
    ).toEqual([
      'Understanding depression',
      'Behavioural activation',
      'Thoughts and feelings',
      'Problem solving',
    ]);
    module.value = 'm04-problem-solving';
    module.dispatchEvent(new Event('change'));
    const reason = panel.querySelector(
      '[data-testid="tailoring-reason"]',
    ) as HTMLTextAreaElement;
    reason.value = 'Covered face to face';
    reason.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    button(panel, 'Submit request').click();
    await fixture.whenStable();

    const post = http.expectOne({
      method: 'POST',
      url: '/api/tailoring-requests',
    });
    expect(post.request.body).toEqual({
      patientRef: REF,
      action: 'skip',
      moduleId: 'm04-problem-solving',
      reason: 'Covered face to face',
    });
    post.flush(
      {
        id: 'tr-1',
        patientRef: REF,
        serviceId: 's-1',
        action: 'skip',
        moduleId: 'm04-problem-solving',
        moduleTitle: 'Problem solving',
        replacementModuleId: null,
        replacementModuleTitle: null,
        reason: 'Covered face to face',
        status: 'pending',
        requestedBy: { id: 'u-pwp', name: 'Priya Patel' },
        createdAt: '2026-03-02T09:00:00.000Z',
        decidedBy: null,
        decisionNote: null,
        decidedAt: null,
        appliedAt: null,
        mootAt: null,
        mootReason: null,
        attempts: 0,
        lastError: null,
        ticket: null,
        version: 1,
      } satisfies TailoringRequestView,
      { status: 201, statusText: 'Created' },
    );
    await fixture.whenStable();
    const item = panel.querySelector('[data-testid="tailoring-request"]');
    expect(item?.getAttribute('data-status')).toBe('pending');
    expect(
      item?.querySelector('[data-testid="tailoring-status"]')?.textContent,
    ).toBe('Pending');
    expect(text(item as Element)).toContain('Skip Problem solving');
    expect(
      panel.querySelector('[data-testid="tailoring-panel-status"]')
        ?.textContent,
    ).toContain('Request sent: Skip Problem solving.');
  });

  it('offers the plan as it stands after tailoring is applied (live)', async () => {
    const { fixture, host } = await open('pwp', {
      mandatoryModules: ['m01-understanding-depression', 'm04-problem-solving'],
    });
    live.emit({ type: 'tailoring.changed', id: 'tr-1' });
    await wait(250);
    http.expectOne(TAILORING_URL).flush([]);
    http.expectOne(PATIENT_URL).flush({
      ...patientDetail(),
      mandatoryModules: ['m01-understanding-depression'],
    });
    await fixture.whenStable();

    const panel = host.querySelector(
      '[data-testid="tailoring-panel"]',
    ) as HTMLElement;
    button(panel, 'Request a change').click();
    await fixture.whenStable();
    const module = panel.querySelector(
      '[data-testid="tailoring-module"]',
    ) as HTMLSelectElement;
    expect(
      [...module.options].slice(1).map((o) => o.textContent?.trim()),
    ).toEqual(['Understanding depression']);
  });
});
