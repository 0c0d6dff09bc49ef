import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import type { Page, UserListItem, UserView } from '@navdesk/contracts';
import { ServiceEntity, UserEntity, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { cursorPart, defineCursor, InvalidInputException } from '@navdesk/server/core';
import { MailProducer } from '@navdesk/server/mail';
import { toUserView } from '../auth/auth.service';
import { PasswordHasher } from '../auth/password-hasher';
import { toUserListItem } from './user-list-item';
import type { CreateUserDto, ListUsersQueryDto } from './users.dto';

const UNIQUE_VIOLATION = '23505';
const USERS_CURSOR = defineCursor(cursorPart.text, cursorPart.uuid);

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly mail: MailProducer,
  ) {}

  async list(query: ListUsersQueryDto): Promise<Page<UserListItem>> {
    const after = USERS_CURSOR.decode(query.cursor);
    const qb = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('u')
      .leftJoinAndSelect('u.services', 's')
      .where('TRUE')
      .orderBy('u.email', 'ASC')
      .addOrderBy('u.id', 'ASC');
    // Filters narrow the same (email, id) keyset, so a cursor stays valid for the filtered list it came from.
    if (query.serviceId) qb.andWhere('EXISTS (SELECT 1 FROM user_services f WHERE f.user_id = u.id AND f.service_id = :serviceId)', { serviceId: query.serviceId });
    if (query.role) qb.andWhere('u.role = :role', { role: query.role });
    if (query.status) qb.andWhere('u.active = :active', { active: query.status === 'active' });
    if (after) qb.andWhere('(u.email, u.id) > (:email, :id)', { email: after[0], id: after[1] });
    // Users' services are few; fetch ids first so the join does not cut a page short.
    const ids = (await qb.clone().select(['u.id', 'u.email']).take(query.limit + 1).getMany()).map((u) => u.id);
    const rows = ids.length ? await qb.andWhere('u.id IN (:...ids)', { ids }).getMany() : [];
    return USERS_CURSOR.page(rows, query.limit, toUserListItem, (u) => [u.email, u.id]);
  }

  async one(id: string): Promise<UserListItem> {
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { id }, relations: { services: true } });
    if (!user) throw new NotFoundException('User not found');
    return toUserListItem(user);
  }

  async create(dto: CreateUserDto, admin: UserPrincipal): Promise<UserView> {
    const email = dto.email.trim().toLowerCase();
    if (dto.role !== 'admin' && dto.serviceIds.length === 0) {
      throw new InvalidInputException([{ field: 'serviceIds', message: 'serviceIds must name at least one service for this role' }]);
    }
    const passwordHash = await this.hasher.hash(dto.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const services = dto.serviceIds.length ? await manager.findBy(ServiceEntity, { id: In(dto.serviceIds) }) : [];
        const missing = dto.serviceIds.filter((id) => !services.some((s) => s.id === id));
        if (missing.length) throw new InvalidInputException([{ field: 'serviceIds', message: `unknown service ${missing.join(', ')}` }]);
        const user = await manager.save(manager.create(UserEntity, { email, name: dto.name.trim(), role: dto.role, passwordHash, active: true, services }));
        await this.audit.record(
          { actor: { type: 'user', id: admin.userId, label: admin.email }, action: 'user.create', outcome: 'success', entityType: 'user', entityId: user.id, detail: { role: dto.role, services: dto.serviceIds.length } },
          manager,
        );
        await this.mail.welcomeUser(manager, { userId: user.id });
        return toUserView(user, services.map((s) => s.id));
      });
    } catch (e) {
      if ((e as { code?: string }).code === UNIQUE_VIOLATION) throw new ConflictException(`A user with the e-mail ${email} already exists`);
      throw e;
    }
  }
}
