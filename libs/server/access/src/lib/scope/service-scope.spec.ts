import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { UserPrincipal } from '../principal';
import { canReachService, scopePatientQuery, scopeToServices } from './service-scope';

class RecordingQuery {
  readonly wheres: { sql: string; params: Record<string, unknown> }[] = [];
  andWhere(sql: string, params: Record<string, unknown> = {}): this {
    this.wheres.push({ sql, params });
    return this;
  }
  asBuilder(): SelectQueryBuilder<ObjectLiteral> {
    return this as unknown as SelectQueryBuilder<ObjectLiteral>;
  }
}

const user = (role: UserPrincipal['role'], serviceIds: string[] = ['s1', 's2']): UserPrincipal => ({
  kind: 'user',
  userId: 'u1',
  sessionId: 'x',
  email: 'u@navdesk.test',
  name: 'U',
  role,
  serviceIds,
});

const sqlOf = (q: RecordingQuery) => q.wheres.map((w) => w.sql.replace(/_\d+/g, '')).join(' AND ');

describe('service scoping', () => {
  it('limits service data to the caller’s services, all of them for an admin', () => {
    const nav = new RecordingQuery();
    scopeToServices(nav.asBuilder(), 't.service_id', user('navigator'));
    expect(sqlOf(nav)).toBe('t.service_id IN (:...scopeServices)');
    expect(Object.values(nav.wheres[0]?.params ?? {})).toEqual([['s1', 's2']]);

    const admin = new RecordingQuery();
    scopeToServices(admin.asBuilder(), 't.service_id', user('admin', []));
    expect(admin.wheres).toEqual([]);

    const nobody = new RecordingQuery();
    scopeToServices(nobody.asBuilder(), 't.service_id', user('manager', []));
    expect(sqlOf(nobody)).toBe('1 = 0');
  });

  it('gives a PWP only their own patients and a navigator their services’ patients', () => {
    const pwp = new RecordingQuery();
    scopePatientQuery(pwp.asBuilder(), { service: 'p.service_id', pwp: 'p.pwp_id' }, user('pwp', ['s1']));
    expect(sqlOf(pwp)).toBe('p.service_id IN (:...scopeServices) AND p.pwp_id = :scopePwp');

    const nav = new RecordingQuery();
    scopePatientQuery(nav.asBuilder(), { service: 'p.service_id', pwp: 'p.pwp_id' }, user('navigator'));
    expect(sqlOf(nav)).toBe('p.service_id IN (:...scopeServices)');
  });

  it('never gives managers or admins patient rows', () => {
    for (const role of ['manager', 'admin'] as const) {
      const q = new RecordingQuery();
      scopePatientQuery(q.asBuilder(), { service: 'p.service_id', pwp: 'p.pwp_id' }, user(role));
      expect(sqlOf(q)).toBe('1 = 0');
    }
  });

  it('tells whether one service is within reach', () => {
    expect(canReachService(user('navigator'), 's2')).toBe(true);
    expect(canReachService(user('navigator'), 's9')).toBe(false);
    expect(canReachService(user('admin', []), 's9')).toBe(true);
  });
});
