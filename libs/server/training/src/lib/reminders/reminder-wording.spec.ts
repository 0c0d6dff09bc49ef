import { reminderWording, type RemindedSession } from './reminder-wording';

const session: RemindedSession = {
  title: 'Reading the mood chart',
  startsAt: new Date('2026-07-15T13:00:00Z'),
  mode: 'online',
  location: null,
  seatsLeft: 3,
};

describe('reminderWording', () => {
  it('reminds a booked PWP of their seat, in London time', () => {
    expect(reminderWording(session, 'booked')).toEqual({
      title: 'Training tomorrow: Reading the mood chart',
      body: 'A reminder that you have a seat at Reading the mood chart tomorrow, Wed 15 Jul, 14:00, online.',
    });
  });

  it('asks an invited PWP to book while seats are left, and says when none are', () => {
    expect(reminderWording(session, 'invited').body).toBe(
      'You were invited to Reading the mood chart tomorrow, Wed 15 Jul, 14:00, online, and have not booked yet. 3 seats are left: book from Training in Navdesk.',
    );
    expect(
      reminderWording({ ...session, seatsLeft: 1 }, 'invited').body,
    ).toContain('One seat is left');
    expect(
      reminderWording(
        { ...session, seatsLeft: 0, mode: 'in_person', location: 'Room 2' },
        'invited',
      ).body,
    ).toBe(
      'You were invited to Reading the mood chart tomorrow, Wed 15 Jul, 14:00, in person (Room 2), and have not booked yet. It is full at the moment; your navigators can offer you another date.',
    );
  });
});
