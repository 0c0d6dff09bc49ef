import { findIdentifiers } from '@navdesk/contracts';
import { TicketEventEntity } from '../entities/ticket-event.entity';
import { TicketEntity } from '../entities/ticket.entity';
import { eventBody, ticketText } from '../rules';
import { renditionFor, timelineAccessFor } from './free-text-view';
import { forViewer, revealsIdentifier, toTicketView, toTimelineEntry, type TicketRow } from './ticket-views';

const NOW = new Date('2026-12-02T12:00:00Z');
const REPORTER = 'a0000000-0000-4000-8000-000000000001';
const TITLE = 'App crashes for P-7QK2M9, call 07700 900123';
const DESCRIPTION = 'NHS 943 476 5919, jane.doe@example.org, SW1A 1AA, DOB 12/03/1984. The app closes on the mood screen.';

function ticket(): TicketEntity {
  return Object.assign(new TicketEntity(), {
    id: 'b0000000-0000-4000-8000-000000000001',
    reference: 'ND-000042',
    kind: 'usability_incident',
    status: 'triaged',
    ...ticketText(TITLE, DESCRIPTION, NOW),
    serviceId: 'c0000000-0000-4000-8000-000000000001',
    reporterId: REPORTER,
    severity: 'medium',
    category: 'app_crash',
    theme: 'functionality',
    priority: 'p3',
    slaDueAt: null,
    breachedAt: null,
    assigneeId: null,
    incidentId: null,
    fixability: 'unknown',
    riskFlag: false,
    version: 2,
    createdAt: NOW,
    updatedAt: NOW,
    firstResponseAt: null,
    resolvedAt: null,
    feedbackAt: null,
    feedbackSolved: null,
    feedbackDisruptedTherapy: null,
  } satisfies Partial<TicketEntity>);
}

const row = (): TicketRow => ({ t: ticket(), reporterName: 'Pat Reporter', assigneeName: null, patientRef: 'P-7QK2M9', rendition: 'masked' });
const manager = { role: 'manager' as const, userId: 'd0000000-0000-4000-8000-000000000001' };
const navigator = { role: 'navigator' as const, userId: 'd0000000-0000-4000-8000-000000000002' };
const reporter = { role: 'pwp' as const, userId: REPORTER };
const otherPwp = { role: 'pwp' as const, userId: 'd0000000-0000-4000-8000-000000000003' };
const admin = { role: 'admin' as const, userId: 'd0000000-0000-4000-8000-000000000004' };

describe('who reads which rendition of free text', () => {
  it('gives the reporter and navigators the original, everyone else the masked rendition', () => {
    expect(renditionFor(reporter, REPORTER)).toBe('original');
    expect(renditionFor(navigator, REPORTER)).toBe('original');
    expect(renditionFor(manager, REPORTER)).toBe('masked');
    expect(renditionFor(otherPwp, REPORTER)).toBe('masked');
    expect(renditionFor(admin, REPORTER)).toBe('masked');
  });

  it('keeps comment threads and internal notes from managers, internal notes from PWPs', () => {
    expect(timelineAccessFor(navigator)).toBe('everything');
    expect(timelineAccessFor(reporter)).toBe('public');
    expect(timelineAccessFor(manager)).toBe('no-comments');
    expect(timelineAccessFor(admin)).toBe('no-comments');
  });
});

describe('ticket views', () => {
  it('shows a manager masked title and description, no patient ref, and nothing the detector finds', () => {
    const view = toTicketView(forViewer(manager, row()));
    expect(view.title).toBe('App crashes for [patient ref], call [phone number]');
    expect(view.description).toBe('NHS [NHS number], [e-mail address], [postcode], DOB [date of birth]. The app closes on the mood screen.');
    expect(view.textMasked).toBe(true);
    expect(view.patientRef).toBeNull();
    expect(findIdentifiers(JSON.stringify(view), NOW)).toEqual([]);
  });

  it('shows the navigator and the reporter what was typed, and flags it as revealing an identifier', () => {
    for (const reader of [navigator, reporter]) {
      const seen = forViewer(reader, row());
      expect(toTicketView(seen)).toMatchObject({ title: TITLE, description: DESCRIPTION, textMasked: false, patientRef: 'P-7QK2M9' });
      expect(revealsIdentifier(seen)).toBe(true);
    }
  });

  it('is masked by default: a row no reader was applied to shows no identifier', () => {
    expect(revealsIdentifier(row())).toBe(false);
    expect(toTicketView(row()).title).not.toContain('07700');
  });

  it('does not flag text without identifiers', () => {
    const plain = row();
    Object.assign(plain.t, ticketText('App closes', 'On the mood screen', NOW));
    expect(revealsIdentifier(forViewer(navigator, plain))).toBe(false);
  });

  it('shows a timeline body in the rendition asked for', () => {
    const event = Object.assign(new TicketEventEntity(), { id: 'e1', at: NOW, type: 'feedback' as const, actorId: null, field: null, fromValue: null, toValue: null, internal: false, ...eventBody('Reach me on 07700 900123', NOW) });
    expect(toTimelineEntry(event, 'masked').body).toBe('Reach me on [phone number]');
    expect(toTimelineEntry(event, 'original').body).toBe('Reach me on 07700 900123');
    expect(eventBody(null, NOW)).toEqual({ body: null, bodyMasked: null });
  });
});
