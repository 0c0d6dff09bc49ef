import { registerPlanBehind } from './1796215311538-RegisterPlanBase';

const M1 = 'm01-understanding-depression';
const M2 = 'm02-behavioural-activation';
const M3 = 'm03-thoughts-and-feelings';
const M5 = 'm05-managing-worry';
const M6 = 'm06-sleep-well';

describe('registerPlanBehind (the RegisterPlanBase data step)', () => {
  it('undoes the applied changes the current plan shows, newest first', () => {
    const applied = [
      { action: 'skip' as const, moduleId: M2, replacementModuleId: null },
      { action: 'replace' as const, moduleId: M3, replacementModuleId: M5 },
      { action: 'add' as const, moduleId: M6, replacementModuleId: null },
    ];
    expect(registerPlanBehind([M1, M5, M6], applied)).toEqual([M1, M3, M2]);
  });

  it('leaves out a change a later feed erased, so the next recomposition restores it', () => {
    // The skip of M2 was erased (M2 is back); the add of M6 too (M6 is missing).
    expect(registerPlanBehind([M1, M2, M3], [{ action: 'skip', moduleId: M2, replacementModuleId: null }, { action: 'add', moduleId: M6, replacementModuleId: null }])).toEqual([M1, M2, M3]);
  });

  it('is the current plan when nothing was applied', () => {
    expect(registerPlanBehind([M1, M2], [])).toEqual([M1, M2]);
  });
});
