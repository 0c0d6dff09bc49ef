import { topicOfQuestion } from './question-topic';

const q = (title: string, description = '', category: string | null = 'other') => topicOfQuestion({ title, description, category });

describe('topicOfQuestion', () => {
  it.each([
    ['How do I see module progress?', 'reading_engagement'],
    ['How do I find the mood diary?', 'reading_engagement'],
    ['Not sure how to assign a module', 'choosing_modules'],
    ['How do I help a patient choose modules?', 'choosing_modules'],
    ['Can I skip a module for a patient with anxiety?', 'tailoring'],
    ['How do I change reminder times?', 'notifications'],
    ['How do I reset a patient password?', 'troubleshooting_access'],
    ['How do I introduce the app to a new patient?', 'onboarding_patients'],
    ['What is my role in the online sessions?', 'programme_basics'],
  ])('%s → %s', (title, topic) => {
    expect(q(title)).toBe(topic);
  });

  it('reads the description when the title says nothing', () => {
    expect(q('Question', 'Not sure where the mood chart is')).toBe('reading_engagement');
  });

  it('falls back on the category, then on the programme basics', () => {
    expect(q('Question', 'help please', 'login_access')).toBe('troubleshooting_access');
    expect(q('Question', 'help please', null)).toBe('programme_basics');
  });

  it('prefers the title to the description', () => {
    expect(q('Not sure how to assign a module', 'How do I see which modules my patient has completed?')).toBe('choosing_modules');
  });
});
