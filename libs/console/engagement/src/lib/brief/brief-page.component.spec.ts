import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeLiveEvents, SessionStore } from '@navdesk/console/data-access';
import { setUpAs, text, wait } from '../testing/engagement-testing';
import { brief, REF } from '../testing/patient-engagement-fixtures';
import { BriefPageComponent } from './brief-page.component';

const BRIEF_URL = `/api/patients/${REF}/brief`;

describe('BriefPageComponent', () => {
  let live: FakeLiveEvents;
  let http: HttpTestingController;
  let fixture: ComponentFixture<BriefPageComponent>;
  let host: HTMLElement;

  beforeEach(async () => {
    live = setUpAs('pwp');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(BriefPageComponent);
    fixture.componentRef.setInput('ref', REF);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  const section = (name: string) =>
    text(host.querySelector(`[data-testid="brief-${name}"]`) as Element);

  it('reads in a minute: session, flags, mood with its range, log-in gaps, modules, notifications, tickets and resets', async () => {
    http.expectOne(BRIEF_URL).flush(brief());
    await fixture.whenStable();

    expect(host.querySelector('h1')?.textContent).toBe(
      `Pre-session brief: ${REF}`,
    );
    expect(section('session')).toContain(
      'Session 4 of 11, face to face, Wednesday 4 March 2026, 10:00',
    );
    expect(section('since')).toContain('Covers the 12 days since 18 Feb 2026');
    expect(section('flags')).toContain(
      'No log-in (possible technical failure, open): No log-in for 9 days',
    );
    expect(section('mood')).toContain(
      'Latest 4 out of 10, range 4 to 7 over 5 ratings; down 3 points since the last session.',
    );
    expect(section('logins')).toContain(
      '3 log-ins on 2 days. Longest gap 6 days. Last Wed 25 Feb, 19:00.',
    );
    const modules = [
      ...host.querySelectorAll('[data-testid="brief-modules"] :is(dt, dd)'),
    ].map((el) => el.textContent?.trim());
    expect(modules).toEqual([
      'Completed',
      'm-thoughts',
      'Started',
      'm-extra',
      'Mandatory overdue',
      'm-activity',
    ]);
    expect(section('notifications')).toContain(
      '30 sent, 12 dismissed unread (40%).',
    );
    expect(section('tickets')).toContain(
      'ND-000042 App crashes on the mood screen (In progress)',
    );
    expect(section('resets')).toContain('Sent, asked 1 Mar 2026');

    // Every section is a labelled region, so a screen reader can jump between them.
    const sections = [...host.querySelectorAll('article section')];
    expect(sections).toHaveLength(8);
    for (const s of sections) {
      const id = s.getAttribute('aria-labelledby') as string;
      expect(host.querySelector(`#${id}`)?.tagName).toBe('H2');
    }
  });

  it('prints from the Print button', async () => {
    http.expectOne(BRIEF_URL).flush(brief());
    await fixture.whenStable();
    const print = jest
      .spyOn(window, 'print')
      .mockImplementation(() => undefined);
    try {
      const button = host.querySelector(
        '[data-testid="print-brief"]',
      ) as HTMLButtonElement;
      expect(button.textContent?.trim()).toBe('Print');
      button.click();
      expect(print).toHaveBeenCalledTimes(1);
    } finally {
      print.mockRestore();
    }
  });

  it('says plainly when there is no face-to-face session soon (404)', async () => {
    http
      .expectOne(BRIEF_URL)
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'No brief' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    const empty = host.querySelector(
      '[data-testid="brief-not-available"]',
    ) as HTMLElement;
    expect(text(empty)).toContain(
      'No face-to-face session in the next two working days',
    );
    expect(text(empty)).toContain(`${REF} has none booked then`);
    expect(empty.querySelector('a')?.getAttribute('href')).toBe(
      `/patients/${REF}`,
    );
    expect(host.querySelector('[data-testid="print-brief"]')).toBeNull();
  });

  it('shows other failures as an error with a retry', async () => {
    http.expectOne(BRIEF_URL).flush(
      {
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'Database down',
      },
      { status: 503, statusText: 'Service Unavailable' },
    );
    await fixture.whenStable();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'Database down',
    );
    [...host.querySelectorAll('button')]
      .find((b) => b.textContent?.trim() === 'Try again')
      ?.click();
    await fixture.whenStable();
    http.expectOne(BRIEF_URL).flush(brief());
    await fixture.whenStable();
    expect(host.querySelector('[data-testid="brief"]')).not.toBeNull();
  });

  it('refreshes when the patient changes (live)', async () => {
    http.expectOne(BRIEF_URL).flush(brief());
    await fixture.whenStable();
    live.emit({ type: 'patient.changed', id: 'p-1' });
    await wait(350);
    http.expectOne(BRIEF_URL).flush(brief({ flags: [] }));
    await fixture.whenStable();
    expect(section('flags')).toContain('No flags.');
  });

  it('lists tailoring requests in a section of their own, when the brief has them', async () => {
    http.expectOne(BRIEF_URL).flush(
      brief({
        tailoring: [
          {
            id: 'tr-1',
            action: 'replace',
            moduleId: 'm03-thoughts-and-feelings',
            moduleTitle: 'Thoughts and feelings',
            replacementModuleTitle: 'Managing worry',
            status: 'applied',
            decisionNote: 'Agreed: worry first',
          },
          {
            id: 'tr-2',
            action: 'skip',
            moduleId: 'm04-problem-solving',
            moduleTitle: 'Problem solving',
            replacementModuleTitle: null,
            status: 'pending',
            decisionNote: null,
          },
        ],
      }),
    );
    await fixture.whenStable();
    expect(section('tailoring')).toContain(
      'Replace Thoughts and feelings with Managing worry (applied): “Agreed: worry first”',
    );
    expect(section('tailoring')).toContain('Skip Problem solving (pending)');
    expect(host.querySelector('#brief-tailoring-heading')?.tagName).toBe('H2');
  });
});
