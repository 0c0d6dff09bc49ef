import { attendanceRefusal, bookingRefusal, meanConfidenceChange } from './session-rules';

const now = new Date('2026-11-26T10:00:00Z');
const session = (over: Partial<{ startsAt: Date; cancelledAt: Date | null; capacity: number; booked: number }> = {}) => ({ startsAt: new Date('2026-11-27T10:00:00Z'), cancelledAt: null, capacity: 10, booked: 3, ...over });

describe('bookingRefusal', () => {
  it('lets a PWP book a future session with seats', () => expect(bookingRefusal(session(), now)).toBeNull());
  it('refuses a cancelled, started or full session, saying which', () => {
    expect(bookingRefusal(session({ cancelledAt: now }), now)).toMatch(/cancelled/);
    expect(bookingRefusal(session({ startsAt: now }), now)).toMatch(/already started/);
    expect(bookingRefusal(session({ booked: 10 }), now)).toMatch(/full/);
  });
});

describe('attendanceRefusal', () => {
  it('opens an hour before the start and stays open', () => {
    expect(attendanceRefusal(session({ startsAt: new Date('2026-11-26T11:01:00Z') }), now)).toMatch(/60 minutes/);
    expect(attendanceRefusal(session({ startsAt: new Date('2026-11-26T11:00:00Z') }), now)).toBeNull();
    expect(attendanceRefusal(session({ startsAt: new Date('2026-11-20T11:00:00Z') }), now)).toBeNull();
  });
  it('refuses a cancelled session', () => expect(attendanceRefusal(session({ startsAt: now, cancelledAt: now }), now)).toMatch(/cancelled/));
});

describe('meanConfidenceChange', () => {
  it('is null with no ratings', () => expect(meanConfidenceChange([])).toBeNull());
  it('averages after − before to one decimal', () => {
    expect(meanConfidenceChange([{ confidenceBefore: 3, confidenceAfter: 7 }, { confidenceBefore: 5, confidenceAfter: 6 }, { confidenceBefore: 8, confidenceAfter: 7 }])).toBe(1.3);
  });
});
