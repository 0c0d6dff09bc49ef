import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  OnInit,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { debounceTime, Subscription } from 'rxjs';
import {
  LiveEventsService,
  toApiError,
  TrainingApi,
} from '@navdesk/console/data-access';
import {
  EmptyStateComponent,
  ErrorBannerComponent,
  formatLondon,
  LoadingIndicatorComponent,
} from '@navdesk/console/ui';
import { QuestionTopicView, TrainingTopic } from '@navdesk/contracts';
import { invitationWords } from '../invitation-words';
import { injectMyServices } from '../my-services';

export const TOPIC_DAYS = 90;

type UpcomingOption = QuestionTopicView['upcomingSessions'][number];

/** Navigators: the questions PWPs ask, grouped by training topic, each one click from an invitation. */
@Component({
  selector: 'nd-question-topics-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    FormsModule,
    RouterLink,
    MatButton,
    MatFormField,
    MatLabel,
    MatInput,
    EmptyStateComponent,
    ErrorBannerComponent,
    LoadingIndicatorComponent,
  ],
  templateUrl: './question-topics-page.component.html',
  styleUrl: './question-topics-page.component.scss',
})
export class QuestionTopicsPageComponent implements OnInit {
  readonly #api = inject(TrainingApi);
  readonly #live = inject(LiveEventsService);
  readonly #destroyRef = inject(DestroyRef);

  readonly days = TOPIC_DAYS;
  readonly services = injectMyServices();
  readonly serviceId = signal('');
  readonly topics = signal<QuestionTopicView[]>([]);
  readonly loading = signal(true);
  readonly error = signal<string | null>(null);
  /** The session each topic's invitation goes to, when the navigator picked another. */
  readonly chosen = signal<Partial<Record<TrainingTopic, string>>>({});
  readonly inviting = signal<TrainingTopic | null>(null);
  readonly notices = signal<Partial<Record<TrainingTopic, string>>>({});
  readonly errors = signal<Partial<Record<TrainingTopic, string>>>({});
  #load: Subscription | null = null;

  constructor() {
    effect(() => {
      this.serviceId();
      untracked(() => this.load());
    });
  }

  ngOnInit(): void {
    this.#live
      .ofType('training.changed')
      .pipe(debounceTime(300), takeUntilDestroyed(this.#destroyRef))
      .subscribe(() => this.load(true));
  }

  load(quiet = false): void {
    this.#load?.unsubscribe();
    if (!quiet) this.loading.set(true);
    this.error.set(null);
    this.#load = this.#api
      .questionTopics({
        serviceId: this.serviceId() || undefined,
        days: TOPIC_DAYS,
      })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (topics) => {
          this.topics.set(topics);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          if (!quiet) this.error.set(toApiError(error).message);
        },
      });
  }

  /** Askers not yet trained on the topic: the ones an invitation is for. */
  untrained(topic: QuestionTopicView): string[] {
    return topic.askers.filter((a) => !a.trained).map((a) => a.id);
  }

  session(topic: QuestionTopicView): UpcomingOption | null {
    const id = this.chosen()[topic.topic];
    return (
      topic.upcomingSessions.find((s) => s.id === id) ??
      topic.upcomingSessions[0] ??
      null
    );
  }

  choose(topic: QuestionTopicView, sessionId: string): void {
    this.chosen.update((c) => ({ ...c, [topic.topic]: sessionId }));
  }

  sessionLabel(session: UpcomingOption): string {
    return `${session.title}, ${formatLondon(session.startsAt)} (${session.seatsLeft} seats left)`;
  }

  inviteLabel(topic: QuestionTopicView): string {
    const n = this.untrained(topic).length;
    const session = this.session(topic);
    const when = session ? formatLondon(session.startsAt) : '';
    return `Invite ${n} ${n === 1 ? 'PWP' : 'PWPs'} to ${session?.title ?? 'the session'} on ${when}`;
  }

  invite(topic: QuestionTopicView): void {
    const session = this.session(topic);
    const pwpIds = this.untrained(topic);
    if (!session || pwpIds.length === 0 || this.inviting()) return;
    this.inviting.set(topic.topic);
    this.notices.update(({ [topic.topic]: _n, ...rest }) => rest);
    this.errors.update(({ [topic.topic]: _e, ...rest }) => rest);
    this.#api
      .invite(session.id, { pwpIds })
      .pipe(takeUntilDestroyed(this.#destroyRef))
      .subscribe({
        next: (result) => {
          this.inviting.set(null);
          this.notices.update((n) => ({
            ...n,
            [topic.topic]: `${session.title}: ${invitationWords(result)}`,
          }));
        },
        error: (error: unknown) => {
          this.inviting.set(null);
          this.errors.update((e) => ({
            ...e,
            [topic.topic]: toApiError(error).message,
          }));
        },
      });
  }
}
