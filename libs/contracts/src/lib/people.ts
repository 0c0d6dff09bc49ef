import type { Role } from './roles';
import type { UserView } from './auth';

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
