import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  And,
  IsNull,
  LessThan,
  MoreThanOrEqual,
  type DataSource,
  type EntityManager,
} from 'typeorm';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { NotificationsService } from '@navdesk/server/notifications';
import type { TrainingReminderReason } from '../entities/training-reminder.entity';
import { TrainingSessionEntity } from '../entities/training-session.entity';
import { tomorrowInLondon } from './reminder-window';
import { reminderWording } from './reminder-wording';

/**
 * The day before a session, its booked PWPs and the PWPs invited to it who have not booked get a bell
 * notification and its e-mail. One transaction per session writes the reminder rows first (unique per
 * session and PWP: a PWP already reminded is skipped) and, for the rows it wrote, the notifications and
 * their e-mail jobs (outbox), so a rerun or a second worker sends nothing twice.
 */
@Injectable()
export class TrainingRemindersService {
  private readonly logger = new Logger(TrainingRemindersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly live: LiveEventsPublisher,
  ) {}

  /** Reminds about every session starting tomorrow (London); returns how many PWPs were reminded now. */
  async remindTomorrow(now = new Date()): Promise<number> {
    const window = tomorrowInLondon(now);
    const sessions = await this.dataSource
      .getRepository(TrainingSessionEntity)
      .find({
        where: {
          startsAt: And(MoreThanOrEqual(window.from), LessThan(window.to)),
          cancelledAt: IsNull(),
        },
        relations: { module: true },
        order: { startsAt: 'ASC', id: 'ASC' },
      });
    let reminded = 0;
    for (const session of sessions) {
      const userIds = await this.dataSource.transaction((manager) =>
        this.remind(manager, session),
      );
      if (userIds.length)
        await this.live.publish('notification.created', session.id, {
          serviceId: null,
          userIds,
        });
      reminded += userIds.length;
    }
    this.logger.log(
      `${reminded} PWPs reminded of ${sessions.length} sessions on ${window.date}`,
    );
    return reminded;
  }

  private async remind(
    manager: EntityManager,
    session: TrainingSessionEntity,
  ): Promise<string[]> {
    const written: { pwp_id: string; reason: TrainingReminderReason }[] =
      await manager.query(
        `INSERT INTO training_reminders (session_id, pwp_id, reason)
       SELECT $1, due.pwp_id, due.reason::training_reminder_reason
         FROM (SELECT b.pwp_id, 'booked' AS reason FROM training_bookings b WHERE b.session_id = $1 AND b.status = 'booked'
               UNION
               SELECT i.pwp_id, 'invited' FROM training_invitations i
                WHERE i.session_id = $1
                  AND NOT EXISTS (SELECT 1 FROM training_bookings b WHERE b.session_id = i.session_id AND b.pwp_id = i.pwp_id AND b.status = 'booked')) due
         JOIN users u ON u.id = due.pwp_id AND u.active
       ON CONFLICT (session_id, pwp_id) DO NOTHING
       RETURNING pwp_id, reason`,
        [session.id],
      );
    const about = {
      title: session.module?.title ?? 'Training session',
      startsAt: session.startsAt,
      mode: session.mode,
      location: session.location,
      seatsLeft: session.capacity - session.booked,
    };
    for (const reason of ['booked', 'invited'] as const) {
      const userIds = written
        .filter((w) => w.reason === reason)
        .map((w) => w.pwp_id);
      await this.notifications.notify(manager, {
        userIds,
        type: 'training_reminder',
        ...reminderWording(about, reason),
      });
    }
    return written.map((w) => w.pwp_id);
  }
}
