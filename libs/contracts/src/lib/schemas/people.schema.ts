import { z } from 'zod';
import { USER_STATUSES } from '../people';
import { ROLES } from '../roles';
import { newPassword, UserViewSchema } from './auth.schema';
import { isoDateTime, PageQuerySchema } from './common.schema';

export const ServiceViewSchema = z.strictObject({ id: z.guid(), code: z.string(), name: z.string() }).meta({ id: 'ServiceView' });

const serviceIds = () =>
  z
    .array(z.guid({ error: 'must hold service ids' }))
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, { error: 'must not name a service twice' });

export const CreateUserRequestSchema = z.strictObject({
  email: z.email({ error: 'must be an e-mail address' }).max(320).meta({ example: 'pwp14@navdesk.test' }),
  name: z.string().min(1).max(200).meta({ example: 'Sam Patel' }),
  role: z.enum(ROLES),
  serviceIds: serviceIds(),
  password: newPassword(),
});

export const UserListItemSchema = UserViewSchema.extend({
  createdAt: isoDateTime(),
  active: z.boolean().meta({ description: 'False once deactivated: they cannot sign in and hold no session.' }),
}).meta({ id: 'UserListItem', description: 'Admin listing of people: the user plus whether they can sign in now.' });

const replacementNavigatorId = (description: string) => z.guid({ error: 'must be a user id' }).optional().meta({ description });

/** `PATCH /api/users/:id`. `replacementNavigatorId` is needed only when the change would leave a service without a navigator. */
export const UpdateUserRequestSchema = z.strictObject({
  role: z.enum(ROLES).optional(),
  serviceIds: serviceIds().optional().meta({ description: 'The full new set of services' }),
  name: z.string().min(1).max(200).optional().meta({ example: 'Sam Patel' }),
  replacementNavigatorId: replacementNavigatorId('Needed only when the change leaves a service without a navigator: this navigator joins it and takes over'),
});

/** `POST /api/users/:id/deactivate`: the navigator who takes over, when this is a service's last one. */
export const DeactivateUserRequestSchema = z.strictObject({
  replacementNavigatorId: replacementNavigatorId('Needed only when this is a service’s last navigator: this navigator joins it and takes over the open tickets'),
});

/** `GET /api/users`: filters and the keyset page. */
export const UserListQuerySchema = PageQuerySchema.extend({
  serviceId: z.guid({ error: 'must be a service id' }).optional().meta({ description: 'People of this service' }),
  role: z.enum(ROLES).optional(),
  status: z.enum(USER_STATUSES).optional(),
});

export const CreateIntegrationKeyRequestSchema = z.strictObject({
  serviceId: z.guid({ error: 'must be a service id' }),
  name: z.string().min(1).max(120).meta({ example: 'Digital programme feed' }),
});

export const CreatedIntegrationKeySchema = z
  .strictObject({
    id: z.guid(),
    key: z.string().meta({ description: 'Shown this once; Navdesk keeps only its hash' }),
  })
  .meta({ id: 'CreatedIntegrationKey', description: '`key` is shown once, at creation; Navdesk keeps only its hash.' });

export const IntegrationKeyListItemSchema = z
  .strictObject({
    id: z.guid(),
    serviceId: z.guid(),
    name: z.string(),
    keyPrefix: z.string().meta({ description: 'The first characters of the key, to tell keys apart' }),
    createdAt: isoDateTime(),
    lastUsedAt: isoDateTime().nullable(),
  })
  .meta({ id: 'IntegrationKeyListItem', description: 'An integration key not revoked; never the key itself.' });
