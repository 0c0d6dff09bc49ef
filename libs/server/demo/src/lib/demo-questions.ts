import { topicOfQuestion, type TicketKind, type TrainingTopic } from '@navdesk/contracts';
import { classifyTicket, type Classification } from '@navdesk/server/tickets';
import { DAY } from './demo-history';
import { DEMO_FAULTS, type DemoFault } from './demo-tickets';
import type { DemoTraining } from './demo-training-seeder';

/** Of the "how do I…" questions a PWP would ask on a topic, the share they still ask once trained on it. */
export const ASKED_AFTER_TRAINING = 0.3;
/** In the month before their training on a topic, the share of a PWP's tickets that are questions on it. */
export const ASKED_BEFORE_TRAINING = 0.06;
/** The month either side of a training that the Outcomes page compares. */
const MONTH = 30 * DAY;

/** A fault as drafted for one ticket: which of the demo's faults, and which of its titles. */
export interface DraftFault {
  fault: DemoFault;
  index: number;
  title: string;
}

/**
 * The triage rules' verdict on each demo text, worked out once: the demo writes the same few texts
 * hundreds of times, and the rules are the slow part of building a ticket.
 */
export class DemoClassifier {
  private readonly verdicts = new Map<string, Classification>();

  classify(input: { kind: TicketKind; title: string; description: string }): Classification {
    const key = `${input.kind}\n${input.title}\n${input.description}`;
    let verdict = this.verdicts.get(key);
    if (!verdict) this.verdicts.set(key, (verdict = classifyTicket(input)));
    return verdict;
  }

  /** The training topic of a "how do I…" question (theme confidence), as the training pages read it; null for other tickets. */
  questionTopic(draft: DraftFault): TrainingTopic | null {
    const input = { kind: draft.fault.kind, title: draft.title, description: draft.fault.description };
    const { category, theme } = this.classify(input);
    return theme === 'confidence' ? topicOfQuestion({ ...input, category }) : null;
  }

  /** The demo's questions on each topic (a topic no demo title asks about has none). */
  questionsByTopic(): Map<TrainingTopic, DraftFault[]> {
    const byTopic = new Map<TrainingTopic, DraftFault[]>();
    for (const [index, fault] of DEMO_FAULTS.entries()) {
      for (const title of fault.titles) {
        const draft = { fault, index, title };
        const topic = this.questionTopic(draft);
        if (topic) byTopic.set(topic, [...(byTopic.get(topic) ?? []), draft]);
      }
    }
    return byTopic;
  }
}

/** When each PWP was first trained on each topic, and when they will be, counting the sessions they booked. */
export class TrainedTopics {
  private readonly trained: Map<string, number>;
  private readonly planned: Map<string, Map<TrainingTopic, number>>;

  constructor(attended: readonly DemoTraining[], booked: readonly DemoTraining[]) {
    this.trained = new Map(firstOf(attended).flatMap(([pwpId, topics]) => [...topics].map(([topic, at]): [string, number] => [`${pwpId}:${topic}`, at])));
    this.planned = new Map(firstOf([...attended, ...booked]));
  }

  trainedBefore(pwpId: string, topic: TrainingTopic, at: Date): boolean {
    return (this.trained.get(`${pwpId}:${topic}`) ?? Infinity) < at.getTime();
  }

  /** Topics the PWP is first trained on (or booked for) in the month after `at`, soonest first. */
  comingWithinAMonth(pwpId: string, at: Date): TrainingTopic[] {
    return [...(this.planned.get(pwpId) ?? new Map<TrainingTopic, number>()).entries()]
      .filter(([, first]) => first > at.getTime() && first <= at.getTime() + MONTH)
      .sort(([, a], [, b]) => a - b)
      .map(([topic]) => topic);
  }
}

/** Per PWP, the first session on each topic. */
function firstOf(trainings: readonly DemoTraining[]): [string, Map<TrainingTopic, number>][] {
  const first = new Map<string, Map<TrainingTopic, number>>();
  for (const t of trainings) {
    const mine = first.get(t.pwpId) ?? new Map<TrainingTopic, number>();
    mine.set(t.topic, Math.min(mine.get(t.topic) ?? Infinity, t.at.getTime()));
    first.set(t.pwpId, mine);
  }
  return [...first.entries()];
}

/**
 * What a PWP's ticket asks: in the month before their training on a topic (or a session on it they
 * booked), questions on it come more often (what brings them to the session); once trained, most of the
 * questions they would have asked on it are not asked, and something else is raised instead.
 */
export class QuestionShaper {
  private readonly trained: TrainedTopics;
  private readonly questions: Map<TrainingTopic, DraftFault[]>;

  constructor(
    private readonly classifier: DemoClassifier,
    training: { attendances: readonly DemoTraining[]; bookings: readonly DemoTraining[] },
  ) {
    this.trained = new TrainedTopics(training.attendances, training.bookings);
    this.questions = classifier.questionsByTopic();
  }

  /** `draft` draws a fault afresh from the demo's mix each time it is called. */
  shape(random: () => number, pwpId: string, created: Date, draft: () => DraftFault): DraftFault {
    const coming = this.trained
      .comingWithinAMonth(pwpId, created)
      .map((topic) => this.questions.get(topic) ?? [])
      .find((questions) => questions.length);
    if (coming && random() < ASKED_BEFORE_TRAINING) return coming[Math.floor(random() * coming.length)] as DraftFault;
    let asked = draft();
    const topic = this.classifier.questionTopic(asked);
    if (topic && this.trained.trainedBefore(pwpId, topic, created) && random() >= ASKED_AFTER_TRAINING) {
      while (this.classifier.questionTopic(asked)) asked = draft();
    }
    return asked;
  }
}
