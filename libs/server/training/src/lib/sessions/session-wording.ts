/** "Thu 3 Dec, 14:00" in UK time: how a session's time reads in notifications and e-mails. */
const FORMAT = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

export function describeSession(s: { startsAt: Date; mode: 'online' | 'in_person'; location: string | null }): string {
  const where = s.mode === 'online' ? 'online' : s.location ? `in person (${s.location})` : 'in person';
  return `${FORMAT.format(s.startsAt)}, ${where}`;
}
