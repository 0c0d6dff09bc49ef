import type { TrainingTopic } from '@navdesk/contracts';
import { DemoClassifier, QuestionShaper, type DraftFault } from './demo-questions';
import { DEMO_FAULTS } from './demo-tickets';
import { seededRandom } from './session-plan';

const DAY = 86_400_000;
const TRAINED_AT = new Date('2026-11-02T09:30:00Z');
const days = (n: number) => new Date(TRAINED_AT.getTime() + n * DAY);

describe('demo questions', () => {
  const classifier = new DemoClassifier();

  it('asks "how do I…" about the topics the training catalogue teaches', () => {
    const topics = [...classifier.questionsByTopic().keys()].sort();
    expect(topics).toEqual<TrainingTopic[]>(['choosing_modules', 'onboarding_patients', 'programme_basics', 'reading_engagement']);
    expect(classifier.questionTopic({ fault: DEMO_FAULTS[0] as DraftFault['fault'], index: 0, title: 'Patient cannot log in' })).toBeNull();
  });

  it('has a PWP ask more about a topic in the month before their training on it than in the month after', () => {
    const shaper = new QuestionShaper(classifier, { attendances: [{ pwpId: 'pwp', topic: 'reading_engagement', at: TRAINED_AT }], bookings: [] });
    const random = seededRandom(9);
    const mix = (): DraftFault => {
      const index = Math.floor(random() * DEMO_FAULTS.length);
      const fault = DEMO_FAULTS[index] as DraftFault['fault'];
      return { fault, index, title: fault.titles[Math.floor(random() * fault.titles.length)] as string };
    };
    const asked = (from: number) =>
      Array.from({ length: 600 }, (_, i) => shaper.shape(random, 'pwp', days(from + (i % 29) + 0.5), mix)).filter((d) => classifier.questionTopic(d) === 'reading_engagement').length;
    const [before, after] = [asked(-30), asked(0)];
    expect(after).toBeLessThan(before / 2);
  });
});
