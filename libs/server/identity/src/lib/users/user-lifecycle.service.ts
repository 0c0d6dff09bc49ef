import { ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { UserListItem } from '@navdesk/contracts';
import { ServiceEntity, UserEntity, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { InvalidInputException, TICKET_ASSIGNMENTS, type ReleasedAssignments, type TicketAssignments } from '@navdesk/server/core';
import { SessionRevocationPublisher } from '@navdesk/server/live';
import { planHandover, servicesLeft, type Scope } from './service-handover';
import { toUserListItem } from './user-list-item';
import type { DeactivateUserDto, UpdateUserDto } from './users.dto';

type AuditDetail = Record<string, string | number | boolean | null>;

/** What a committed change must still do outside the transaction. */
interface Aftermath {
  view: UserListItem;
  /** People whose open streams must close: their sessions ended, or their scope changed (they reconnect with it). */
  streamsOf: string[];
  released: ReleasedAssignments;
}

const NOTHING_RELEASED: ReleasedAssignments = { tickets: [], notifiedUserIds: [] };

/**
 * An admin changing who someone is in Navdesk: role and services, deactivation, reactivation, ending
 * their sessions. The guard reads role, services and `active` from the user on every request, so a
 * change reaches open sessions on their next request; open event streams are closed so they reconnect
 * with the new scope (or, when the sessions ended, are refused).
 */
@Injectable()
export class UserLifecycleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly revocations: SessionRevocationPublisher,
    @Inject(TICKET_ASSIGNMENTS) private readonly tickets: TicketAssignments,
  ) {}

  async update(admin: UserPrincipal, id: string, dto: UpdateUserDto): Promise<UserListItem> {
    return this.finish(
      await this.dataSource.transaction(async (manager) => {
        const user = await this.lockedUser(manager, id);
        const before = scopeOf(user);
        const after: Scope = { active: user.active, role: dto.role ?? user.role, serviceIds: dto.serviceIds ?? before.serviceIds };
        if (id === admin.userId && after.role !== before.role) throw new ConflictException('You cannot change your own role; ask another admin');
        if (after.role !== 'admin' && after.serviceIds.length === 0) {
          throw new InvalidInputException([{ field: 'serviceIds', message: `serviceIds must name at least one service for a ${after.role}` }]);
        }
        const services = after.serviceIds.length ? await manager.findBy(ServiceEntity, { id: In(after.serviceIds) }) : [];
        const missing = after.serviceIds.filter((sid) => !services.some((s) => s.id === sid));
        if (missing.length) throw new InvalidInputException([{ field: 'serviceIds', message: `unknown service ${missing.join(', ')}` }]);

        const left = servicesLeft(before, after);
        const handover = await planHandover(manager, user, left, dto.replacementNavigatorId);
        const released = await this.tickets.release(manager, { assigneeId: id, serviceIds: left, replacements: handover.replacements, reason: `${user.name} left the service`, actorId: admin.userId });
        user.role = after.role;
        user.services = services;
        if (dto.name !== undefined) user.name = dto.name.trim();
        const saved = await manager.save(user);
        const scopeChanged = before.role !== after.role || sameSet(before.serviceIds, after.serviceIds) === false;
        await this.record(manager, admin, 'user.update', id, {
          roleBefore: before.role,
          roleAfter: after.role,
          servicesBefore: [...before.serviceIds].sort().join(','),
          servicesAfter: [...after.serviceIds].sort().join(','),
          nameChanged: dto.name !== undefined,
          ...this.handoverDetail(dto.replacementNavigatorId, handover.joined, released),
        });
        const streamsOf = [...(scopeChanged ? [id] : []), ...(handover.joined.length && dto.replacementNavigatorId ? [dto.replacementNavigatorId] : [])];
        return { view: toUserListItem(saved), streamsOf, released };
      }),
    );
  }

  async deactivate(admin: UserPrincipal, id: string, dto: DeactivateUserDto): Promise<UserListItem> {
    if (id === admin.userId) throw new ConflictException('You cannot deactivate your own account; ask another admin');
    return this.finish(
      await this.dataSource.transaction(async (manager) => {
        const user = await this.lockedUser(manager, id);
        const before = scopeOf(user);
        const left = servicesLeft(before, { ...before, active: false });
        const handover = await planHandover(manager, user, left, dto.replacementNavigatorId);
        const released = await this.tickets.release(manager, { assigneeId: id, serviceIds: left, replacements: handover.replacements, reason: `${user.name}’s account was deactivated`, actorId: admin.userId });
        user.active = false;
        const saved = await manager.save(user);
        const sessionsEnded = await this.revokeSessions(manager, id);
        await this.record(manager, admin, 'user.deactivate', id, { wasActive: before.active, sessionsEnded, ...this.handoverDetail(dto.replacementNavigatorId, handover.joined, released) });
        const streamsOf = [id, ...(handover.joined.length && dto.replacementNavigatorId ? [dto.replacementNavigatorId] : [])];
        return { view: toUserListItem(saved), streamsOf, released };
      }),
    );
  }

  async reactivate(admin: UserPrincipal, id: string): Promise<UserListItem> {
    return this.finish(
      await this.dataSource.transaction(async (manager) => {
        const user = await this.lockedUser(manager, id);
        const wasActive = user.active;
        user.active = true;
        const saved = await manager.save(user);
        await this.record(manager, admin, 'user.reactivate', id, { wasActive });
        return { view: toUserListItem(saved), streamsOf: [], released: NOTHING_RELEASED };
      }),
    );
  }

  async signOutEverywhere(admin: UserPrincipal, id: string): Promise<void> {
    await this.finish(
      await this.dataSource.transaction(async (manager) => {
        const user = await this.lockedUser(manager, id);
        const sessionsEnded = await this.revokeSessions(manager, id);
        await this.record(manager, admin, 'user.sign_out_everywhere', id, { sessionsEnded });
        return { view: toUserListItem(user), streamsOf: [id], released: NOTHING_RELEASED };
      }),
    );
  }

  /** After the commit: close the streams and tell live pages about the handed-on tickets. */
  private async finish(aftermath: Aftermath): Promise<UserListItem> {
    if (aftermath.streamsOf.length) await this.revocations.publish({ userIds: aftermath.streamsOf });
    await this.tickets.announce(aftermath.released);
    return aftermath.view;
  }

  private async lockedUser(manager: EntityManager, id: string): Promise<UserEntity> {
    // Lock the row first (a plain FOR UPDATE cannot be combined with the services join), then read it with its services.
    const locked: unknown[] = await manager.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [id]);
    if (!locked.length) throw new NotFoundException('User not found');
    return manager.findOneOrFail(UserEntity, { where: { id }, relations: { services: true } });
  }

  private async revokeSessions(manager: EntityManager, userId: string): Promise<number> {
    const [, count] = (await manager.query(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId])) as [unknown, number];
    return count;
  }

  private handoverDetail(replacementId: string | undefined, joined: string[], released: ReleasedAssignments): AuditDetail {
    return { replacementNavigatorId: replacementId ?? null, replacementJoined: joined.join(','), ticketsHandedOn: released.tickets.length };
  }

  private record(manager: EntityManager, admin: UserPrincipal, action: string, userId: string, detail: AuditDetail): Promise<void> {
    return this.audit.record({ actor: { type: 'user', id: admin.userId, label: admin.email }, action, outcome: 'success', entityType: 'user', entityId: userId, detail }, manager);
  }
}

function scopeOf(user: UserEntity): Scope {
  return { active: user.active, role: user.role, serviceIds: user.services.map((s) => s.id) };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
