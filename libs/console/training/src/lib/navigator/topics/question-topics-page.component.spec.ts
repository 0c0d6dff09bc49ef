import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeLiveEvents, SessionStore } from '@navdesk/console/data-access';
import type { QuestionTopicView } from '@navdesk/contracts';
import {
  button,
  choose,
  heading,
  questionTopic,
  setUpAs,
  text,
  wait,
} from '../../testing/training-fixtures';
import { QuestionTopicsPageComponent } from './question-topics-page.component';

const URL = '/api/training/question-topics?days=90';

describe('QuestionTopicsPageComponent', () => {
  let live: FakeLiveEvents;
  let http: HttpTestingController;
  let fixture: ComponentFixture<QuestionTopicsPageComponent>;
  let host: HTMLElement;

  async function open(topics: QuestionTopicView[]) {
    live = setUpAs('navigator');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(QuestionTopicsPageComponent);
    host = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne(URL).flush(topics);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    TestBed.inject(SessionStore).clear();
  });

  const card = (topic: string) =>
    host.querySelector(`li[data-topic="${topic}"]`) as HTMLElement;

  it('shows each topic with its questions, who asked (trained or not) and recent tickets', async () => {
    await open([questionTopic()]);
    expect(heading(host, 'Question topics')).not.toBeNull();
    const topic = card('choosing_modules');
    expect(topic.getAttribute('aria-labelledby')).toBe(
      'topic-choosing_modules',
    );
    expect(text(topic)).toContain('5 questions');
    const headers = [...topic.querySelectorAll('th')].map((th) => text(th));
    expect(headers).toEqual(['PWP', 'Questions', 'Trained']);
    const cells = (id: string) =>
      [...topic.querySelectorAll(`tr[data-pwp-id="${id}"] td`)].map((td) =>
        text(td),
      );
    expect(cells('u-pwp')).toEqual(['Priya Patel', '3', 'Not yet']);
    expect(cells('u-pwp2')).toEqual(['Sam Jones', '1', '✓Trained']);
    const ticket = [...topic.querySelectorAll('a')].find(
      (a) => text(a) === 'ND-000042',
    );
    expect(ticket?.getAttribute('href')).toBe('/tickets/t-9');
  });

  it('invites the askers not yet trained to the topic’s session in one action', async () => {
    await open([questionTopic()]);
    const invite = button(
      card('choosing_modules'),
      'Invite 2 PWPs to Helping patients choose modules on Tue 10 Mar 2026, 14:00',
    );
    invite.click();
    await fixture.whenStable();
    const post = http.expectOne('/api/training/sessions/ts-1/invitations');
    expect(post.request.body).toEqual({ pwpIds: ['u-pwp', 'u-pwp3'] });
    post.flush(
      { invited: 1, alreadyInvited: 1, alreadyBooked: 0 },
      { status: 201, statusText: 'Created' },
    );
    await fixture.whenStable();
    const notice = card('choosing_modules').querySelector('[role="status"]');
    expect(text(notice)).toBe(
      'Helping patients choose modules: 1 PWP invited; 1 already invited.',
    );
  });

  it('lets the navigator choose among several upcoming sessions', async () => {
    await open([
      questionTopic({
        upcomingSessions: [
          ...questionTopic().upcomingSessions,
          {
            id: 'ts-5',
            title: 'Choosing modules (evening)',
            startsAt: '2026-03-17T18:00:00.000Z',
            seatsLeft: 3,
          },
        ],
      }),
    ]);
    const topic = card('choosing_modules');
    choose(topic.querySelector('select'), 'ts-5');
    await fixture.whenStable();
    button(topic, 'Invite 2 PWPs to Choosing modules (evening)').click();
    await fixture.whenStable();
    http
      .expectOne('/api/training/sessions/ts-5/invitations')
      .flush({ invited: 2, alreadyInvited: 0, alreadyBooked: 0 });
    await fixture.whenStable();
  });

  it('points to the schedule when no session is planned, and notes when everyone is trained', async () => {
    await open([
      questionTopic({ upcomingSessions: [] }),
      questionTopic({
        topic: 'notifications',
        label: 'Reminders and notifications',
        askers: [
          { id: 'u-pwp2', name: 'Sam Jones', questions: 2, trained: true },
        ],
      }),
    ]);
    const none = card('choosing_modules');
    expect(text(none)).toContain('No session on this topic is planned.');
    expect(none.querySelector('a[href="/training"]')).not.toBeNull();
    expect(text(card('notifications'))).toContain(
      'Everyone who asked has been trained on this topic.',
    );
  });

  it('says so when nobody asked, and refreshes live', async () => {
    await open([]);
    expect(text(host)).toContain('No questions in the last 90 days');
    live.emit({ type: 'training.changed', id: 'ts-1' });
    await wait(350);
    http.expectOne(URL).flush([questionTopic()]);
    await fixture.whenStable();
    expect(card('choosing_modules')).not.toBeNull();
  });
});
