import { AuthSessionEntity, IntegrationKeyEntity, PasswordResetTokenEntity, ServiceEntity, UserEntity } from '@navdesk/server/access';
import { AuditLogEntity } from '@navdesk/server/audit';
import { OutboxMessageEntity, ScheduleRunEntity } from '@navdesk/server/core';
import {
  BriefOpeningEntity,
  EngagementDailyEntity,
  EngagementDirtyDayEntity,
  EngagementDirtyPatientEntity,
  PatientBriefEntity,
  PatientEngagementEntity,
  PatientFlagEntity,
  ServiceFlagThresholdsEntity,
} from '@navdesk/server/engagement';
import { OutboundEmailEntity } from '@navdesk/server/mail';
import { NotificationEntity } from '@navdesk/server/notifications';
import { PatientEntity, PatientSessionEntity } from '@navdesk/server/patients';
import { ReportExportEntity, ReportReconciliationEntity, ReportTicketDailyEntity, ReportTicketOpsDailyEntity, ReportWatermarkEntity } from '@navdesk/server/reports';
import { LoginResetEntity, LoginResetEventEntity, NotificationChangeEntity } from '@navdesk/server/resets';
import { TailoringRequestEntity } from '@navdesk/server/tailoring';
import { CannedReplyEntity, IncidentEntity, KbArticleEntity, KbArticleViewEntity, TicketEntity, TicketEventEntity, TriageRuleSetEntity } from '@navdesk/server/tickets';
import { TrainingAttendanceEntity, TrainingBookingEntity, TrainingInvitationEntity, TrainingModuleEntity, TrainingReminderEntity, TrainingSessionEntity } from '@navdesk/server/training';

/** Every entity of every domain: the one list the data source, the CLI and the drift check share. */
export const ALL_ENTITIES = [
  ServiceEntity,
  UserEntity,
  AuthSessionEntity,
  PasswordResetTokenEntity,
  IntegrationKeyEntity,
  AuditLogEntity,
  OutboxMessageEntity,
  ScheduleRunEntity,
  OutboundEmailEntity,
  PatientEntity,
  PatientSessionEntity,
  NotificationEntity,
  TicketEntity,
  TicketEventEntity,
  IncidentEntity,
  CannedReplyEntity,
  KbArticleEntity,
  KbArticleViewEntity,
  TriageRuleSetEntity,
  LoginResetEntity,
  LoginResetEventEntity,
  NotificationChangeEntity,
  EngagementDailyEntity,
  EngagementDirtyDayEntity,
  EngagementDirtyPatientEntity,
  PatientEngagementEntity,
  PatientFlagEntity,
  ServiceFlagThresholdsEntity,
  PatientBriefEntity,
  BriefOpeningEntity,
  TrainingModuleEntity,
  TrainingSessionEntity,
  TrainingBookingEntity,
  TrainingAttendanceEntity,
  TrainingInvitationEntity,
  TrainingReminderEntity,
  TailoringRequestEntity,
  ReportTicketDailyEntity,
  ReportTicketOpsDailyEntity,
  ReportWatermarkEntity,
  ReportReconciliationEntity,
  ReportExportEntity,
];
