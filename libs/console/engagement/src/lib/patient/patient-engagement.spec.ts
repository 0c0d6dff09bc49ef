import { HttpTestingController } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeLiveEvents, SessionStore } from '@navdesk/console/data-access';
import type { PatientFlagView, Role } from '@navdesk/contracts';
import { button, setUpAs, text, wait } from '../testing/engagement-testing';
import {
  engagement,
  patientFlagView as flagView,
  REF,
} from '../testing/patient-engagement-fixtures';
import { EngagementSectionComponent } from './engagement/engagement-section.component';
import { PatientFlagsPanelComponent } from './flags/patient-flags-panel.component';

@Component({
  imports: [EngagementSectionComponent, PatientFlagsPanelComponent],
  template: `
    <nd-patient-flags-panel [patientRef]="ref()" />
    <nd-engagement-section
      [patientRef]="ref()"
      [mandatoryModules]="['m-intro', 'm-thoughts']"
    />
  `,
})
class HostComponent {
  readonly ref = signal(REF);
}

const cleared = flagView({
  id: 'f-0',
  kind: 'mood_drop',
  cause: 'disengagement',
  status: 'cleared',
  detail: 'Mood fell from 8 to 4 in 5 days (10 Feb to 15 Feb)',
  raisedAt: '2026-02-15T06:00:00.000Z',
  clearedAt: '2026-02-20T06:00:00.000Z',
});

describe('patient engagement and flags', () => {
  let live: FakeLiveEvents;
  let http: HttpTestingController;
  let fixture: ComponentFixture<HostComponent>;
  let host: HTMLElement;

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  async function open(
    role: Role,
    flags: PatientFlagView[] = [flagView(), cleared],
  ) {
    live = setUpAs(role);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HostComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(`/api/patients/${REF}/flags`).flush(flags);
    http.expectOne(`/api/patients/${REF}/engagement`).flush(
      engagement({
        from: '2026-02-18T00:00:00.000Z',
        to: '2026-03-03T12:00:00.000Z',
      }),
    );
    await fixture.whenStable();
  }

  const section = (testId: string) =>
    host.querySelector(`[data-testid="${testId}"]`) as HTMLElement;
  const tableRows = (table: Element) =>
    [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.children].map((cell) => cell.textContent?.trim()),
    );

  it('renders the mood chart and the notification chart as tables, with the log-in calendar and modules', async () => {
    await open('pwp');
    const mood = section('mood').querySelector(
      '[data-testid="chart-table"]',
    ) as HTMLTableElement;
    expect(mood.caption?.textContent).toContain('Mood ratings');
    expect(tableRows(mood)).toEqual([
      ['23 Feb', '7'],
      ['25 Feb', '6'],
      ['1 Mar', '4'],
    ]);

    const burden = section('notification-burden');
    expect(text(burden)).toContain(
      '30 sent, 12 dismissed unread (40% dismissed) in the last 12 weeks.',
    );
    const weekly = burden.querySelector(
      '[data-testid="chart-table"]',
    ) as HTMLTableElement;
    expect(
      [...weekly.querySelectorAll('thead th')].map((th) =>
        th.textContent?.trim(),
      ),
    ).toEqual(['Week', 'Sent', 'Dismissed unread']);
    expect(tableRows(weekly)[1]).toEqual(['w/c 23 Feb', '9', '7']);

    expect(
      section('login-summary').textContent?.replace(/\s+/g, ' ').trim(),
    ).toBe('Logged in on 2 of 14 days. Longest run without a log-in: 6 days.');
    const monday = host.querySelector(
      '[data-testid="login-calendar"] td[data-day="2026-02-23"]',
    ) as HTMLElement;
    expect(monday.getAttribute('data-logins')).toBe('2');
    expect(monday.textContent).toContain('Mon 23 Feb 2026: 2 log-ins');

    const modules = [...section('modules').querySelectorAll('tbody tr')].map(
      (tr) => tr.getAttribute('data-module'),
    );
    expect(modules).toEqual(['m-intro', 'm-thoughts', 'm-extra']);
    expect(text(section('modules'))).toContain('Mandatory');
    expect(text(section('modules'))).toContain('Not started');
  });

  it('shows flags with their likely cause and dates, and no Acknowledge for PWPs', async () => {
    await open('pwp');
    const flags = [...host.querySelectorAll('[data-testid="patient-flag"]')];
    expect(flags.map((f) => f.getAttribute('data-status'))).toEqual([
      'open',
      'cleared',
    ]);
    expect(text(flags[0])).toContain('No log-in');
    expect(
      flags[0].querySelector('[data-testid="flag-cause"]')?.textContent?.trim(),
    ).toBe('Possible technical failure');
    expect(text(flags[0])).toContain('stopped right after the app updated');
    expect(text(flags[0])).toContain('Raised 2 Mar 2026');
    expect(
      flags[1].querySelector('[data-testid="flag-cause"]')?.textContent?.trim(),
    ).toBe('Possible disengagement');
    expect(text(flags[1])).toContain('cleared 20 Feb 2026');
    expect(host.querySelector('[data-testid="acknowledge-flag"]')).toBeNull();
  });

  it('lets a navigator acknowledge an open flag with a note, and asks for one first', async () => {
    await open('navigator');
    const open_ = host.querySelector(
      '[data-testid="acknowledge-flag"]',
    ) as HTMLButtonElement;
    expect(open_.getAttribute('aria-label')).toBe(
      `Acknowledge the no log-in flag for ${REF}`,
    );
    open_.click();
    await fixture.whenStable();
    const note = host.querySelector(
      '[data-testid="acknowledge-note"]',
    ) as HTMLTextAreaElement;
    expect(document.activeElement).toBe(note);

    button(host, 'Acknowledge flag').click();
    await fixture.whenStable();
    expect(text(host)).toContain('Say what you did about this flag');
    http.expectNone('/api/flags/f-1/acknowledge');

    note.value = '  Phoned; booked a log-in reset ';
    note.dispatchEvent(new Event('input'));
    button(host, 'Acknowledge flag').click();
    await fixture.whenStable();
    const post = http.expectOne('/api/flags/f-1/acknowledge');
    expect(post.request.method).toBe('POST');
    expect(post.request.body).toEqual({
      note: 'Phoned; booked a log-in reset',
    });
    post.flush({ ...flagView(), status: 'acknowledged' });
    await fixture.whenStable();

    const flag = host.querySelector('[data-flag-id="f-1"]') as HTMLElement;
    expect(flag.getAttribute('data-status')).toBe('acknowledged');
    expect(
      flag.querySelector('[data-testid="flag-status"]')?.textContent?.trim(),
    ).toBe('Acknowledged');
    expect(flag.querySelector('nd-flag-acknowledge')).toBeNull();
    expect(
      host.querySelector('[data-testid="flags-status"]')?.getAttribute('role'),
    ).toBe('status');
    expect(section('flags-status').textContent).toContain(
      'No log-in flag acknowledged.',
    );
  });

  it('shows the API’s refusal of an acknowledgement under the note', async () => {
    await open('navigator');
    (
      host.querySelector(
        '[data-testid="acknowledge-flag"]',
      ) as HTMLButtonElement
    ).click();
    await fixture.whenStable();
    const note = host.querySelector(
      '[data-testid="acknowledge-note"]',
    ) as HTMLTextAreaElement;
    note.value = 'Phoned';
    note.dispatchEvent(new Event('input'));
    button(host, 'Acknowledge flag').click();
    await fixture.whenStable();
    http
      .expectOne('/api/flags/f-1/acknowledge')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'The flag has cleared' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain(
      'The flag has cleared',
    );
  });

  it('re-reads the flags when a patient changes (live)', async () => {
    await open('navigator');
    live.emit({ type: 'patient.changed', id: 'p-1' });
    live.emit({ type: 'patient.changed', id: 'p-1' });
    await wait(350);
    http.expectOne(`/api/patients/${REF}/flags`).flush([cleared]);
    await fixture.whenStable();
    expect(host.querySelectorAll('[data-testid="patient-flag"]')).toHaveLength(
      1,
    );
  });
});
