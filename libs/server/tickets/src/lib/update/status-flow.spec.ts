import { canMove } from './status-flow';

describe('ticket status flow', () => {
  it('follows the contract’s flow and allows a reopen', () => {
    expect(canMove('new', 'triaged')).toBe(true);
    expect(canMove('triaged', 'in_progress')).toBe(true);
    expect(canMove('in_progress', 'waiting_on_reporter')).toBe(true);
    expect(canMove('waiting_on_reporter', 'in_progress')).toBe(true);
    expect(canMove('in_progress', 'resolved')).toBe(true);
    expect(canMove('resolved', 'closed')).toBe(true);
    expect(canMove('resolved', 'in_progress')).toBe(true);
  });

  it('refuses moves that skip or undo the flow', () => {
    expect(canMove('closed', 'in_progress')).toBe(false);
    expect(canMove('resolved', 'new')).toBe(false);
    expect(canMove('in_progress', 'new')).toBe(false);
  });
});
