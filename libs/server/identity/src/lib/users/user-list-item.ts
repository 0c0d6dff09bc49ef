import type { UserListItem } from '@navdesk/contracts';
import type { UserEntity } from '@navdesk/server/access';
import { toUserView } from '../auth/auth.service';

/** An admin's view of a person: who they are, their scope, and whether they can sign in. */
export function toUserListItem(u: UserEntity): UserListItem {
  return { ...toUserView(u, u.services.map((s) => s.id)), createdAt: u.createdAt.toISOString(), active: u.active };
}
