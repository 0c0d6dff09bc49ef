import { compareLogIds, parseAnnouncement, parseLogId } from './live-event-log';

describe('the live event log', () => {
  it('takes only Redis stream ids from Last-Event-ID', () => {
    expect(parseLogId('1796313802283-0')).toBe('1796313802283-0');
    for (const hostile of ['', 'x', '1-', '-1', '1-2-3', '9'.repeat(16) + '-0', ' 1-0', undefined, 5]) expect(parseLogId(hostile)).toBeNull();
  });

  it('orders ids by time, then sequence, as numbers', () => {
    expect(compareLogIds('9-0', '10-0')).toBe(-1);
    expect(compareLogIds('10-2', '10-10')).toBe(-1);
    expect(compareLogIds('10-10', '10-2')).toBe(1);
    expect(compareLogIds('10-1', '10-1')).toBe(0);
  });

  it('reads an announcement as its log id and envelope, and refuses what is not one', () => {
    const envelope = { event: { type: 'ticket.changed', id: 't1', serviceId: 's1', at: '2026-12-03T10:00:00.000Z' }, audience: { serviceId: 's1', userIds: [] } };
    expect(parseAnnouncement(`5-1 ${JSON.stringify(envelope)}`)).toEqual({ ...envelope, logId: '5-1' });
    expect(parseAnnouncement(JSON.stringify(envelope))).toBeNull();
    expect(parseAnnouncement('5-1 {not json')).toBeNull();
    expect(parseAnnouncement(`5-1 ${JSON.stringify({ ...envelope, event: { ...envelope.event, type: 'made.up' } })}`)).toBeNull();
  });
});
