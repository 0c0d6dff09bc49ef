import { TicketListQuerySchema } from '@navdesk/contracts/schemas';
import { describeIssue } from '@navdesk/server/core';

function read(query: Record<string, unknown>) {
  const result = TicketListQuerySchema.safeParse(query, { error: describeIssue });
  return { status: result.data?.status, fields: result.error?.issues.map((i) => i.path.join('.')) ?? [] };
}

describe('the tickets list status filter', () => {
  it('reads one status, repeated statuses and comma-separated statuses as a list', () => {
    expect(read({ status: 'new' }).status).toEqual(['new']);
    expect(read({ status: ['new', 'triaged'] }).status).toEqual(['new', 'triaged']);
    expect(read({ status: 'new,triaged, in_progress' }).status).toEqual(['new', 'triaged', 'in_progress']);
    expect(read({ status: ['new,triaged', 'new'] }).status).toEqual(['new', 'triaged']);
    expect(read({ status: ['new', 'triaged'] }).fields).toEqual([]);
  });

  it('refuses an unknown status, an empty one and a nested one, naming status', () => {
    for (const status of ['open', 'new,bogus', '', ['new', 'bogus'], { a: 'new' }]) {
      expect(read({ status }).fields).toEqual(['status']);
    }
  });
});
