import type { z } from 'zod';
import type * as s from './schemas/people.schema';

export const USER_STATUSES = ['active', 'deactivated'] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

/*
 * Request and answer shapes: each is its zod schema in `schemas/people.schema.ts` (the one source, also of the
 * server's validation and the OpenAPI document). A request is what a client sends (`z.input`), an answer what
 * it gets (`z.output`).
 */
export type ServiceView = z.output<typeof s.ServiceViewSchema>;
export type CreateUserRequest = z.input<typeof s.CreateUserRequestSchema>;
/** Admin listing of people: the user plus whether they can sign in now. */
export type UserListItem = z.output<typeof s.UserListItemSchema>;
/** `PATCH /api/users/:id`. `replacementNavigatorId` is needed only when the change would leave a service without a navigator. */
export type UpdateUserRequest = z.input<typeof s.UpdateUserRequestSchema>;
/** `POST /api/users/:id/deactivate`: the navigator who takes over, when this is a service's last one. */
export type DeactivateUserRequest = z.input<typeof s.DeactivateUserRequestSchema>;
export type CreateIntegrationKeyRequest = z.input<typeof s.CreateIntegrationKeyRequestSchema>;
/** `key` is shown once, at creation; Navdesk keeps only its hash. */
export type CreatedIntegrationKey = z.output<typeof s.CreatedIntegrationKeySchema>;
/** `GET /api/integration-keys`: the keys not revoked, never the key itself. */
export type IntegrationKeyListItem = z.output<typeof s.IntegrationKeyListItemSchema>;
