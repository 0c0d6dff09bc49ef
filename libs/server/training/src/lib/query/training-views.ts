import type { TrainingModuleView, TrainingSessionView } from '@navdesk/contracts';
import type { TrainingModuleEntity } from '../entities/training-module.entity';
import type { TrainingSessionEntity } from '../entities/training-session.entity';

export function toTrainingModuleView(m: TrainingModuleEntity): TrainingModuleView {
  return {
    id: m.id,
    title: m.title,
    topic: m.topic,
    format: m.format,
    durationMinutes: m.durationMinutes,
    materialUrl: m.materialUrl,
    description: m.description,
    core: m.core,
    serviceId: m.serviceId,
    createdAt: m.createdAt.toISOString(),
  };
}

export interface CallerMarks {
  myBooking: 'booked' | 'attended' | null;
  invitedMe: boolean;
}

/** A session with its module (loaded); the caller's own booking and invitation come from `marks`. */
export function toTrainingSessionView(s: TrainingSessionEntity, marks: CallerMarks = { myBooking: null, invitedMe: false }): TrainingSessionView {
  const module = s.module;
  if (!module) throw new Error(`training session ${s.id} loaded without its module`);
  return {
    id: s.id,
    module: { id: module.id, title: module.title, topic: module.topic, core: module.core },
    serviceId: s.serviceId,
    startsAt: s.startsAt.toISOString(),
    endsAt: new Date(s.startsAt.getTime() + s.durationMinutes * 60_000).toISOString(),
    mode: s.mode,
    location: s.location,
    capacity: s.capacity,
    booked: s.booked,
    seatsLeft: Math.max(0, s.capacity - s.booked),
    cancelled: s.cancelledAt !== null,
    myBooking: marks.myBooking,
    invitedMe: marks.invitedMe,
  };
}
