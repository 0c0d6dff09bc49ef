import {
  describeTailoringChange,
  tailoringStatusLabel,
} from './tailoring-labels';

describe('tailoring words', () => {
  it('describes a tailoring change in words, from titles or module ids', () => {
    expect(
      describeTailoringChange({
        action: 'skip',
        moduleTitle: 'Problem solving',
      }),
    ).toBe('Skip Problem solving');
    expect(
      describeTailoringChange({
        action: 'replace',
        moduleId: 'm03-thoughts-and-feelings',
        replacementModuleId: 'm05-managing-worry',
      }),
    ).toBe('Replace Thoughts and feelings with Managing worry');
    expect(
      describeTailoringChange({
        action: 'add',
        moduleTitle: 'Managing worry',
      }),
    ).toBe('Add Managing worry');
    expect(tailoringStatusLabel('queued')).toBe('Approved, being applied');
    expect(tailoringStatusLabel('something_new')).toBe('something_new');
  });
});
