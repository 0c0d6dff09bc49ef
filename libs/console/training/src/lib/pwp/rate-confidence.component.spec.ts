import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { SessionStore } from '@navdesk/console/data-access';
import type { TrainingSessionView } from '@navdesk/contracts';
import {
  button,
  choose,
  sessionView,
  setUpAs,
  text,
} from '../testing/training-fixtures';
import { RateConfidenceComponent } from './rate-confidence.component';

describe('RateConfidenceComponent', () => {
  let http: HttpTestingController;
  let fixture: ComponentFixture<RateConfidenceComponent>;
  let host: HTMLElement;

  async function render(sessions: TrainingSessionView[]) {
    setUpAs('pwp');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(RateConfidenceComponent);
    fixture.componentRef.setInput('sessions', sessions);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  it('explains when there is nothing to rate yet', async () => {
    await render([]);
    expect(host.querySelector('h2')?.textContent).toBe('Rate my confidence');
    expect(text(host)).toContain('When a session you booked starts');
  });

  it('offers 1 to 10 before and after, and shows a refusal from the server', async () => {
    await render([sessionView({ myBooking: 'booked' })]);
    const [before, after] = [...host.querySelectorAll('select')];
    expect([...before.options].map((o) => o.textContent?.trim())).toEqual([
      'Choose 1–10',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    choose(before, before.options[2].value);
    choose(after, after.options[2].value);
    await fixture.whenStable();
    button(host, 'Save rating').click();
    await fixture.whenStable();
    const post = http.expectOne('/api/training/sessions/ts-1/attendance');
    expect(post.request.body).toEqual({
      pwpId: 'u-pwp',
      confidenceBefore: 2,
      confidenceAfter: 2,
    });
    post.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Attendance opens 60 minutes before the session',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(text(host.querySelector('[role="alert"]'))).toBe(
      'Attendance opens 60 minutes before the session',
    );
  });
});
