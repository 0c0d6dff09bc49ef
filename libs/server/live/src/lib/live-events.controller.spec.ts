import type { UserPrincipal } from '@navdesk/server/access';
import { mayReceive } from './live-events.controller';

const person = (role: UserPrincipal['role'], serviceIds: string[], userId = 'u1'): UserPrincipal => ({ kind: 'user', userId, sessionId: 's', email: 'x@navdesk.test', name: 'X', role, serviceIds });

describe('who hears a live event', () => {
  it('reaches navigators and managers of the service', () => {
    expect(mayReceive(person('navigator', ['s1']), { serviceId: 's1', userIds: [] })).toBe(true);
    expect(mayReceive(person('manager', ['s1']), { serviceId: 's1', userIds: [] })).toBe(true);
    expect(mayReceive(person('navigator', ['s2']), { serviceId: 's1', userIds: [] })).toBe(false);
  });

  it('reaches a PWP only when the event names them', () => {
    expect(mayReceive(person('pwp', ['s1']), { serviceId: 's1', userIds: [] })).toBe(false);
    expect(mayReceive(person('pwp', ['s1']), { serviceId: 's1', userIds: ['u1'] })).toBe(true);
  });
});
