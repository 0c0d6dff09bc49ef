import { LIVE_EVENT_TYPES } from '@navdesk/contracts';
import { parseLiveEvent } from './live-event';

describe('parseLiveEvent', () => {
  it('reads a LiveEvent and rejects anything else', () => {
    expect(
      parseLiveEvent(
        '{"type":"ticket.changed","id":"t-1","serviceId":"s-1","at":"2026-01-01T00:00:00Z"}',
      ),
    ).toEqual({
      type: 'ticket.changed',
      id: 't-1',
      serviceId: 's-1',
      at: '2026-01-01T00:00:00Z',
    });
    expect(parseLiveEvent('not json')).toBeNull();
    expect(parseLiveEvent('{"type":"other","id":"x"}')).toBeNull();
  });

  it.each(LIVE_EVENT_TYPES)(
    'accepts %s, as every type on the contract’s list',
    (type) => {
      const data = JSON.stringify({
        type,
        id: 'x-1',
        serviceId: 's-1',
        at: 'x',
      });
      expect(parseLiveEvent(data)).toEqual({
        type,
        id: 'x-1',
        serviceId: 's-1',
        at: 'x',
      });
    },
  );

  it('knows the training and tailoring events (once dropped)', () => {
    expect(LIVE_EVENT_TYPES).toEqual(
      expect.arrayContaining(['training.changed', 'tailoring.changed']),
    );
  });

  it('rejects a type that is not on the list, or an event without an id', () => {
    expect(
      parseLiveEvent('{"type":"training.updated","id":"x","serviceId":null}'),
    ).toBeNull();
    expect(parseLiveEvent('{"type":"training.changed"}')).toBeNull();
    expect(parseLiveEvent('["training.changed"]')).toBeNull();
  });

  it('knows the reset and notification-change events (ids only, never a patient ref)', () => {
    for (const type of ['reset.changed', 'notification-change.changed']) {
      expect(
        parseLiveEvent(
          JSON.stringify({ type, id: 'r-1', serviceId: 's-1', at: 'x' }),
        ),
      ).toEqual({ type, id: 'r-1', serviceId: 's-1', at: 'x' });
    }
  });

  it('knows patient.changed (the patient id, never the ref)', () => {
    expect(
      parseLiveEvent(
        JSON.stringify({
          type: 'patient.changed',
          id: 'p-1',
          serviceId: 's-1',
          at: 'x',
        }),
      ),
    ).toEqual({
      type: 'patient.changed',
      id: 'p-1',
      serviceId: 's-1',
      at: 'x',
    });
  });
});
