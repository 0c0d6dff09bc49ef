import { NotFoundException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { canReachService, type UserPrincipal } from '@navdesk/server/access';
import { InvalidInputException } from '@navdesk/server/core';
import { TrainingSessionEntity } from '../entities/training-session.entity';

/** The service a navigator's write is for: the one named (within reach), or their only one. */
export function serviceForWrite(user: UserPrincipal, serviceId: string | undefined): string {
  if (serviceId) {
    if (!canReachService(user, serviceId)) throw new NotFoundException('No such service');
    return serviceId;
  }
  const [only, ...others] = user.serviceIds;
  if (!only || others.length) throw new InvalidInputException([{ field: 'serviceId', message: 'serviceId is required when you work for more than one service' }]);
  return only;
}

/** The services a read covers: the one asked for (within reach), else all of the caller's. */
export function servicesForRead(user: UserPrincipal, serviceId: string | undefined): string[] {
  if (serviceId) {
    if (!canReachService(user, serviceId)) throw new NotFoundException('No such service');
    return [serviceId];
  }
  return user.serviceIds;
}

/** A session of one of the caller's services, optionally locked; otherwise 404 (its existence is not revealed). */
export async function findReachableSession(manager: EntityManager, id: string, user: UserPrincipal, lock = false): Promise<TrainingSessionEntity> {
  const qb = manager.getRepository(TrainingSessionEntity).createQueryBuilder('s').innerJoinAndSelect('s.module', 'm').where('s.id = :id', { id });
  if (lock) qb.setLock('pessimistic_write', undefined, ['s']);
  const session = await qb.getOne();
  if (!session || !canReachService(user, session.serviceId)) throw new NotFoundException('No such training session');
  return session;
}

/** PWPs (active) of one service, by id: the ones a navigator may book, invite or record. */
export async function pwpsOfService(manager: EntityManager, serviceId: string, ids?: string[]): Promise<{ id: string; name: string }[]> {
  return manager.query(
    `SELECT u.id, u.name FROM users u JOIN user_services us ON us.user_id = u.id
      WHERE us.service_id = $1 AND u.role = 'pwp' AND u.active ${ids ? 'AND u.id = ANY($2)' : ''} ORDER BY u.name`,
    ids ? [serviceId, ids] : [serviceId],
  );
}
