import { FaultsService } from './faults.service';

describe('FaultsService', () => {
  it('answers ok with no faults, down when down, and errors at the set rate', () => {
    const faults = new FaultsService();
    expect(faults.verdict()).toEqual({ kind: 'ok' });
    faults.set({ down: true });
    expect(faults.verdict()).toEqual({ kind: 'down' });
    faults.set({ down: false, errorRate: 0.5 });
    faults.random = () => 0.4;
    expect(faults.verdict()).toEqual({ kind: 'error' });
    faults.random = () => 0.6;
    expect(faults.verdict()).toEqual({ kind: 'ok' });
  });
});
