import { loadTriageRules } from './triage-rule-validation';
import { classifyTicket, DEFAULT_TRIAGE_RULES } from './triage-rules';

const tech = (title: string, description = '') => classifyTicket({ kind: 'tech_support', title, description });

describe('classifyTicket with the shipped rules', () => {
  it.each([
    ["Patient can't log in", 'P-7QK2M9 gets an error every time'],
    ['Password not accepted', 'patient has tried three times'],
    ['Locked out of the app', ''],
    ['Reset link expired', 'the reset link in the email says expired'],
    ['2FA code never arrives', ''],
    ['Cannot sign in', 'says the account is locked'],
    ['Can’t log in', 'curly apostrophe from an iPhone'],
  ])('login_access: %s', (title, description) => {
    expect(tech(title, description)).toEqual({ category: 'login_access', theme: 'functionality', matchedRule: 'login-access' });
  });

  it.each([
    ['Too many notifications', 'patient gets six a day'],
    ['Phone buzzing all day', 'constant reminders to rate mood'],
    ['Alerts at 3am', ''],
  ])('notifications: %s', (title, description) => {
    expect(tech(title, description)).toMatchObject({ category: 'notifications', theme: 'functionality' });
  });

  it.each([
    ['App crashes on the mood screen', ''],
    ['App freezes', 'then I have to restart the phone'],
    ['App keeps closing', ''],
    ['White screen after update', ''],
    ["App won't open", ''],
  ])('app_crash: %s', (title, description) => {
    expect(tech(title, description)).toMatchObject({ category: 'app_crash', theme: 'functionality' });
  });

  it.each([
    ['Module not appropriate', 'the sleep module is not appropriate for this patient'],
    ['Mandatory module', 'patient wants to skip the mandatory module on activity scheduling'],
    ["Programme doesn't fit", 'she has panic attacks and the anxiety content is missing'],
    ['Co-morbid OCD', 'depression-only content does not cover it'],
  ])('module_content: %s', (title, description) => {
    expect(tech(title, description)).toMatchObject({ category: 'module_content', theme: 'flexibility' });
  });

  it.each([
    ['Mood ratings not showing', 'patient rated every day but the dashboard is empty'],
    ['Data missing from last week', ''],
    ['Diary not syncing', 'entries from the phone are not on the web'],
  ])('data_sync: %s', (title, description) => {
    expect(tech(title, description)).toMatchObject({ category: 'data_sync', theme: 'functionality' });
  });

  it.each([
    ['Screen reader skips buttons', ''],
    ['Font size too small', 'patient cannot change it'],
    ['Low contrast on the dark theme', ''],
    ['Patient is dyslexic', 'long pages of text are hard going'],
  ])('accessibility: %s', (title, description) => {
    expect(tech(title, description)).toMatchObject({ category: 'accessibility', theme: 'functionality' });
  });

  it.each([
    ['No time to review progress', 'I have back-to-back sessions'],
    ['Dashboard takes too long', 'I want to check the mood trend before sessions but it takes too long'],
  ])('theme time: %s', (title, description) => {
    expect(tech(title, description)).toEqual({ category: 'other', theme: 'time', matchedRule: 'time-to-review' });
  });

  it('picks the rule with more pattern hits, not the first that matches', () => {
    // notifications: 1 hit ("reminders"); data_sync: 3 hits (mood ratings, not showing, syncing)
    expect(tech('Mood ratings not showing', 'after the reminders she rates, but it is not syncing')).toMatchObject({ category: 'data_sync' });
  });

  it('breaks ties by rule order', () => {
    // one login hit, one crash hit: app-crash comes after login-access in the file
    expect(tech('Password screen crashes')).toMatchObject({ category: 'login_access' });
  });

  it('falls back to other/functionality when nothing matches', () => {
    expect(tech('Something odd', 'the colour of the header changed')).toEqual({ category: 'other', theme: 'functionality', matchedRule: null });
  });

  it.each(['How do I add a patient to a programme?', 'Where do I find the training videos?', "I'm not sure how to help patients choose modules"])(
    'treats an unmatched question as a confidence gap: %s',
    (title) => {
      expect(tech(title)).toEqual({ category: 'other', theme: 'confidence', matchedRule: null });
    },
  );

  it('keeps the reporter’s category and still derives the theme', () => {
    expect(classifyTicket({ kind: 'tech_support', title: 'Too many notifications', description: '', category: 'accessibility' })).toEqual({
      category: 'accessibility',
      theme: 'functionality',
      matchedRule: 'notifications',
    });
    expect(classifyTicket({ kind: 'tech_support', title: 'No time to review before sessions', description: '', category: 'data_sync' })).toMatchObject({
      category: 'data_sync',
      theme: 'time',
    });
    expect(classifyTicket({ kind: 'tech_support', title: 'Please look at this', description: '', category: 'module_content' })).toEqual({
      category: 'module_content',
      theme: 'flexibility',
      matchedRule: null,
    });
  });

  it('prefers a rule of the reporter’s category for the theme', () => {
    const result = classifyTicket({ kind: 'tech_support', title: 'Reminders for the mandatory module', description: 'not appropriate', category: 'module_content' });
    expect(result).toEqual({ category: 'module_content', theme: 'flexibility', matchedRule: 'module-content' });
  });

  it('applies kind-restricted rules only to those kinds', () => {
    expect(classifyTicket({ kind: 'usability_incident', title: 'Menu is confusing', description: '' }).matchedRule).toBe('usability');
    expect(classifyTicket({ kind: 'tech_support', title: 'Menu is confusing', description: '' }).matchedRule).toBeNull();
  });

  it('matches whole words only', () => {
    // "alerts" inside "malerts" or "font" inside "fontainebleau" must not count
    expect(tech('Fontainebleau clinic', 'malerts')).toMatchObject({ matchedRule: null });
  });
});

describe('loadTriageRules', () => {
  const good = { id: 'r', category: 'other', theme: 'time', patterns: ['late'] };

  it('loads the shipped file with unique ids', () => {
    expect(DEFAULT_TRIAGE_RULES.length).toBeGreaterThan(5);
    expect(new Set(DEFAULT_TRIAGE_RULES.map((r) => r.id)).size).toBe(DEFAULT_TRIAGE_RULES.length);
  });

  it('defaults the id to the index and accepts custom rules', () => {
    const rules = loadTriageRules([{ category: 'other', theme: 'time', patterns: ['rota'] }]);
    expect(classifyTicket({ kind: 'tech_support', title: 'Rota clash', description: '' }, rules)).toEqual({ category: 'other', theme: 'time', matchedRule: 'rule-0' });
  });

  it.each([
    [{}, /expected an array/],
    [[good, 'nope'], /rule 1 field "\(rule\)"/],
    [[good, { ...good, id: 'b', category: 'billing' }], /rule 1 field "category"/],
    [[{ ...good, theme: 'speed' }], /rule 0 field "theme"/],
    [[{ ...good, patterns: [] }], /rule 0 field "patterns"/],
    [[{ ...good, patterns: ['ok', 7] }], /rule 0 field "patterns\[1\]"/],
    [[{ ...good, patterns: ['(unclosed'] }], /rule 0 field "patterns\[0\]" is not a valid regex/],
    [[{ ...good, kinds: ['email'] }], /rule 0 field "kinds"/],
    [[good, good], /rule 1 field "id" duplicates "r"/],
    [[{ ...good, pattern: ['x'] }], /rule 0 field "pattern" is not a known field/],
    [[{ ...good, id: '' }], /rule 0 field "id"/],
  ])('rejects a bad rule file (%#)', (json, message) => {
    expect(() => loadTriageRules(json)).toThrow(message);
  });
});
