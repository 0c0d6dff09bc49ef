import type { NewNotification } from '@navdesk/server/notifications';
import type { TrainingReminderReason } from '../entities/training-reminder.entity';
import { describeSession } from '../sessions/session-wording';

export interface RemindedSession {
  title: string;
  startsAt: Date;
  mode: 'online' | 'in_person';
  location: string | null;
  seatsLeft: number;
}

/** The bell's title and body (the e-mail repeats them): booked PWPs are reminded, invited ones asked to book. */
export function reminderWording(
  session: RemindedSession,
  reason: TrainingReminderReason,
): Pick<NewNotification, 'title' | 'body'> {
  const when = describeSession(session);
  const title = `Training tomorrow: ${session.title}`;
  if (reason === 'booked')
    return {
      title,
      body: `A reminder that you have a seat at ${session.title} tomorrow, ${when}.`,
    };
  const seats =
    session.seatsLeft > 0
      ? `${session.seatsLeft === 1 ? 'One seat is' : `${session.seatsLeft} seats are`} left: book from Training in Navdesk.`
      : 'It is full at the moment; your navigators can offer you another date.';
  return {
    title,
    body: `You were invited to ${session.title} tomorrow, ${when}, and have not booked yet. ${seats}`,
  };
}
