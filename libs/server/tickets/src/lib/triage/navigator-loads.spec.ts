import { NavigatorLoads } from './navigator-loads';

describe('NavigatorLoads', () => {
  it('picks the least loaded navigator of the service, ties by id, and counts each pick against them', () => {
    const loads = NavigatorLoads.of([
      { serviceId: 's1', id: 'b', open: 2 },
      { serviceId: 's1', id: 'a', open: 3 },
      { serviceId: 's1', id: 'c', open: 2 },
      { serviceId: 's2', id: 'z', open: 0 },
    ]);
    // b and c have 2: b by id; then c (2) before b (3); then a, b, c at 3: a by id.
    expect(['s1', 's1', 's1', 's1'].map((s) => loads.pick(s))).toEqual(['b', 'c', 'a', 'b']);
    expect(loads.pick('s2')).toBe('z');
  });

  it('answers null for a service without navigators', () => {
    const loads = NavigatorLoads.of([{ serviceId: 's2', id: 'z', open: 0 }]);
    expect(loads.pick('s1')).toBeNull();
    expect(NavigatorLoads.of([]).pick('s2')).toBeNull();
  });
});
