import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { UserPrincipal } from '../principal';

let seq = 0;
const param = (base: string) => `${base}_${++seq}`;

/**
 * Restricts a query of service data to the caller's services. Every query of service data goes
 * through here (or `scopePatientQuery`), so scoping is written once. Admins see every service's
 * administrative data; patient data is never theirs (see scopePatientQuery).
 */
export function scopeToServices<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, serviceColumn: string, user: UserPrincipal): SelectQueryBuilder<T> {
  if (user.role === 'admin') return qb;
  if (user.serviceIds.length === 0) return qb.andWhere('1 = 0');
  const p = param('scopeServices');
  return qb.andWhere(`${serviceColumn} IN (:...${p})`, { [p]: user.serviceIds });
}

/**
 * Patient-level data: a PWP sees their own patients within their services; a navigator their services'
 * patients; managers and admins none (they get aggregates elsewhere).
 */
export function scopePatientQuery<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  columns: { service: string; pwp: string },
  user: UserPrincipal,
): SelectQueryBuilder<T> {
  if (user.role !== 'pwp' && user.role !== 'navigator') return qb.andWhere('1 = 0');
  const services = param('scopeServices');
  qb.andWhere(user.serviceIds.length ? `${columns.service} IN (:...${services})` : '1 = 0', { [services]: user.serviceIds });
  if (user.role === 'pwp') {
    const pwp = param('scopePwp');
    qb.andWhere(`${columns.pwp} = :${pwp}`, { [pwp]: user.userId });
  }
  return qb;
}

/** True when a single service id is within the caller's reach (for writes naming a service). */
export function canReachService(user: UserPrincipal, serviceId: string): boolean {
  return user.role === 'admin' || user.serviceIds.includes(serviceId);
}
