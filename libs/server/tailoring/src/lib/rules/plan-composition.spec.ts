import { composePlan, mootReason, type AppliedTailoring } from './plan-composition';

const M1 = 'm01-understanding-depression';
const M2 = 'm02-behavioural-activation';
const M3 = 'm03-thoughts-and-feelings';
const M4 = 'm04-problem-solving';
const M5 = 'm05-managing-worry';
const M6 = 'm06-sleep-well';
const BASE = [M1, M2, M3, M4];

const skip = (id: string, moduleId: string): AppliedTailoring => ({ id, action: 'skip', moduleId });
const add = (id: string, moduleId: string): AppliedTailoring => ({ id, action: 'add', moduleId });
const replace = (id: string, moduleId: string, replacementModuleId: string): AppliedTailoring => ({ id, action: 'replace', moduleId, replacementModuleId });

describe('composePlan', () => {
  it('is the register plan when nothing was tailored', () => {
    expect(composePlan(BASE, [])).toEqual({ plan: BASE, moot: [] });
  });

  it('replays skip, replace and add on the register plan, in decision order', () => {
    const { plan, moot } = composePlan(BASE, [skip('a', M2), replace('b', M3, M5), add('c', M6)]);
    expect(plan).toEqual([M1, M5, M4, M6]);
    expect(moot).toEqual([]);
  });

  it('keeps a skip through a feed that still carries the module, and lets a newly mandatory module in', () => {
    expect(composePlan([...BASE, M6], [skip('a', M4)]).plan).toEqual([M1, M2, M3, M6]);
  });

  it('reports a skip moot when the feed drops the module, and leaves the plan as the feed says', () => {
    const { plan, moot } = composePlan([M1, M2, M3], [skip('a', M4)]);
    expect(plan).toEqual([M1, M2, M3]);
    expect(moot).toEqual([{ id: 'a', reason: expect.stringContaining('Problem solving is no longer in the patient') }]);
  });

  it('reports a replace moot when its original is gone, and an add moot when the module became mandatory', () => {
    const { plan, moot } = composePlan([M1, M2, M4, M6], [replace('r', M3, M5), add('x', M6)]);
    expect(plan).toEqual([M1, M2, M4, M6]);
    expect(moot.map((m) => m.id)).toEqual(['r', 'x']);
    expect(moot[1]?.reason).toMatch(/Sleep well is now in the patient's plan from the records feed anyway/);
  });

  it('judges each change on the plan the earlier changes left (a skip of a replacement follows its replace)', () => {
    expect(composePlan(BASE, [replace('r', M3, M5), skip('s', M5)])).toEqual({ plan: [M1, M2, M4], moot: [] });
    // The original left the feed: the replace is moot, so its replacement never arrives and the skip of it is moot too.
    expect(composePlan([M1, M2, M4], [replace('r', M3, M5), skip('s', M5)]).moot.map((m) => m.id)).toEqual(['r', 's']);
  });

  it('gives the same plan however often it is recomputed from the same base', () => {
    const applied = [skip('a', M2), add('c', M6)];
    const once = composePlan(BASE, applied);
    expect(composePlan(BASE, applied)).toEqual(once);
  });

  it('reads a feed that names a module twice as naming it once', () => {
    expect(composePlan([M1, M1, M2], [skip('a', M1)]).plan).toEqual([M2]);
  });
});

describe('mootReason', () => {
  it('is null while the change still does something', () => {
    expect(mootReason(BASE, skip('a', M1))).toBeNull();
    expect(mootReason(BASE, replace('b', M1, M5))).toBeNull();
    expect(mootReason(BASE, add('c', M5))).toBeNull();
  });

  it('names the module in words, through the title given', () => {
    expect(mootReason([], skip('a', M1), (id) => id.toUpperCase())).toMatch(/^M01-UNDERSTANDING-DEPRESSION is no longer/);
    expect(mootReason([], replace('b', M1, M5))).toMatch(/nothing to replace/);
  });
});
