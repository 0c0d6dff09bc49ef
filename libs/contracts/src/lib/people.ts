import type { UserView } from './auth';
import type { Role } from './roles';

export interface ServiceView {
  id: string;
  code: string;
  name: string;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  role: Role;
  serviceIds: string[];
  password: string;
}

/** Admin listing of people: the user plus whether they can sign in now. */
export interface UserListItem extends UserView {
  createdAt: string;
  /** False once deactivated: they cannot sign in and hold no session. */
  active: boolean;
}

export const USER_STATUSES = ['active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/** `PATCH /api/users/:id`. `replacementNavigatorId` is needed only when the change would leave a service without a navigator. */
export interface UpdateUserRequest {
  role?: Role;
  serviceIds?: string[];
  name?: string;
  replacementNavigatorId?: string;
}

/** `POST /api/users/:id/deactivate`: the navigator who takes over, when this is a service's last one. */
export interface DeactivateUserRequest {
  replacementNavigatorId?: string;
}

export interface CreateIntegrationKeyRequest {
  serviceId: string;
  name: string;
}

/** `key` is shown once, at creation; Navdesk keeps only its hash. */
export interface CreatedIntegrationKey {
  id: string;
  key: string;
}
