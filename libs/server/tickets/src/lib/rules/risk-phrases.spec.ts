import { DEFAULT_RISK_PHRASES, detectRisk, loadRiskPhrases } from './risk-phrases';

describe('detectRisk', () => {
  it.each([
    ['patient said she wants to end her life', 'suicide'],
    ['he has been cutting himself again', 'self_harm'],
    ['mentioned suicidal thoughts during the call', 'suicide'],
    ['threatened to hurt his partner', 'harm_to_others'],
    ['talked about taking an overdose', 'suicide'],
    ["doesn't want to be here anymore", 'suicide'],
    ['doesn’t want to be here any more', 'suicide'],
    ['kill myself', 'suicide'],
    ['Patient told me she has been self-harming since the app stopped working', 'self_harm'],
    ['says they would be better off dead', 'suicide'],
    ['said he wants to kill his ex', 'harm_to_others'],
    ['disclosed domestic abuse when we spoke about the login problem', 'safeguarding'],
    ['she is scared to go home', 'safeguarding'],
    ['raised a safeguarding concern during the session', 'safeguarding'],
  ])('flags "%s"', (text, category) => {
    const result = detectRisk(text);
    expect(result.flag).toBe(true);
    expect(result.categories).toContain(category);
  });

  it.each([
    'the app is killing my battery',
    'this login bug is killing me',
    'the self-help module won’t load',
    'session cut short by the app crash',
    'dead link in module 3',
    'harmless warning on the reset page',
    'module overdue reminder',
    'the video cuts out halfway through',
    'deadline for the safeguarding training module is Friday',
    'brute-force attack on the login page locked the account',
    'I could kill for a working password reset',
    'notifications keep hitting her phone at night',
    'the app ended the session early',
  ])('does not flag tech phrasing "%s"', (text) => {
    expect(detectRisk(text)).toEqual({ flag: false, matched: [], categories: [] });
  });

  it('reports what matched, in order, without repeats', () => {
    const result = detectRisk('Overdose mentioned. He said he wanted to kill himself, then mentioned an overdose again.');
    expect(result.matched).toEqual(['overdose', 'kill himself']);
    expect(result.categories).toEqual(['suicide']);
  });

  it('does not let a negation hide a risk phrase (a human decides)', () => {
    expect(detectRisk('patient denied any suicidal thoughts').flag).toBe(true);
  });

  it('matches inflected forms through the * wildcard', () => {
    expect(detectRisk('history of suicidality noted').matched).toEqual(['suicidality']);
    expect(detectRisk('she overdosed last year').matched).toEqual(['overdosed']);
  });
});

describe('loadRiskPhrases', () => {
  it('compiles the shipped list', () => {
    expect(DEFAULT_RISK_PHRASES.length).toBeGreaterThan(20);
  });

  it('supports placeholders, alternatives, wildcards and optional apostrophes', () => {
    const phrases = loadRiskPhrases({ placeholders: { who: ['the (cat|dog)'] }, groups: [{ category: 'safeguarding', phrases: ["can't find {who}*"] }] });
    expect(detectRisk('I cant find the dogs', phrases).matched).toEqual(['cant find the dogs']);
    expect(detectRisk('I can’t find the cat', phrases).flag).toBe(true);
    expect(detectRisk('I can find the cat', phrases).flag).toBe(false);
  });

  it.each([
    [[], /expected an object/],
    [{ groups: [] }, /"groups" must be a non-empty array/],
    [{ groups: [{ category: 'weather', phrases: ['x'] }] }, /groups\[0\]\.category/],
    [{ groups: [{ category: 'suicide', phrases: [] }] }, /groups\[0\]\.phrases must/],
    [{ groups: [{ category: 'suicide', phrases: ['ok', 3] }] }, /groups\[0\]\.phrases\[1\] must be a string/],
    [{ groups: [{ category: 'suicide', phrases: ['kill {nobody}'] }] }, /phrases\[0\] "kill \{nobody\}": unknown or empty placeholder/],
    [{ groups: [{ category: 'suicide', phrases: ['(open'] }] }, /phrases\[0\] "\(open": cannot read/],
    [{ placeholders: { a: ['{a}'] }, groups: [{ category: 'suicide', phrases: ['{a}'] }] }, /refers to itself/],
    [{ phrases: [], groups: [{ category: 'suicide', phrases: ['x'] }] }, /unknown field "phrases"/],
  ])('rejects a bad phrase file (%#)', (json, message) => {
    expect(() => loadRiskPhrases(json)).toThrow(message);
  });
});
