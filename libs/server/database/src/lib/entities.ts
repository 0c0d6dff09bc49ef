import { AuthSessionEntity, IntegrationKeyEntity, ServiceEntity, UserEntity } from '@navdesk/server/access';
import { AuditLogEntity } from '@navdesk/server/audit';
import { OutboxMessageEntity } from '@navdesk/server/core';
import { OutboundEmailEntity } from '@navdesk/server/mail';
import { PatientEntity, PatientSessionEntity } from '@navdesk/server/patients';

/** Every entity of every domain: the one list the data source, the CLI and the drift check share. */
export const ALL_ENTITIES = [
  ServiceEntity,
  UserEntity,
  AuthSessionEntity,
  IntegrationKeyEntity,
  AuditLogEntity,
  OutboxMessageEntity,
  OutboundEmailEntity,
  PatientEntity,
  PatientSessionEntity,
];
