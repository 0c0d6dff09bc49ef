import type { LoginResetDetail, LoginResetView, NotificationChangeView } from '@navdesk/contracts';
import type { LoginResetEventEntity } from '../entities/login-reset-event.entity';
import type { LoginResetEntity } from '../entities/login-reset.entity';
import type { NotificationChangeEntity } from '../entities/notification-change.entity';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);

/** A reset loaded with its patient and requester. */
export function toResetView(r: LoginResetEntity): LoginResetView {
  return {
    id: r.id,
    patientRef: r.patient?.ref ?? '',
    serviceId: r.serviceId,
    channel: r.channel,
    status: r.status,
    attempts: r.attempts,
    lastError: r.lastError,
    requestedBy: { id: r.requestedById, name: r.requestedBy?.name ?? '' },
    createdAt: r.createdAt.toISOString(),
    sentAt: iso(r.sentAt),
    expiresAt: iso(r.expiresAt),
    completedAt: iso(r.completedAt),
    failedAt: iso(r.failedAt),
    expiredAt: iso(r.expiredAt),
    ticket: r.ticketId && r.ticketReference ? { id: r.ticketId, reference: r.ticketReference } : null,
  };
}

export function toResetDetail(r: LoginResetEntity, events: LoginResetEventEntity[]): LoginResetDetail {
  return {
    ...toResetView(r),
    timeline: events.map((e) => ({ at: e.at.toISOString(), type: e.type, detail: e.detail, actorName: e.actor?.name ?? null })),
  };
}

export function toNotificationChangeView(c: NotificationChangeEntity): NotificationChangeView {
  return {
    id: c.id,
    patientRef: c.patient?.ref ?? '',
    serviceId: c.serviceId,
    status: c.status,
    settings: { reminderFrequency: c.reminderFrequency, quietHours: c.quietFrom && c.quietTo ? { from: c.quietFrom, to: c.quietTo } : null },
    reason: c.reason,
    attempts: c.attempts,
    lastError: c.lastError,
    requestedBy: { id: c.requestedById, name: c.requestedBy?.name ?? '' },
    createdAt: c.createdAt.toISOString(),
    appliedAt: iso(c.appliedAt),
  };
}
