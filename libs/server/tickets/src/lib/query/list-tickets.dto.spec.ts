import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { ListTicketsDto } from './list-tickets.dto';

async function read(query: Record<string, unknown>) {
  const dto = plainToInstance(ListTicketsDto, query);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  return { dto, fields: errors.map((e) => e.property) };
}

describe('the tickets list status filter', () => {
  it('reads one status, repeated statuses and comma-separated statuses as a list', async () => {
    expect((await read({ status: 'new' })).dto.status).toEqual(['new']);
    expect((await read({ status: ['new', 'triaged'] })).dto.status).toEqual(['new', 'triaged']);
    expect((await read({ status: 'new,triaged, in_progress' })).dto.status).toEqual(['new', 'triaged', 'in_progress']);
    expect((await read({ status: ['new,triaged', 'new'] })).dto.status).toEqual(['new', 'triaged']);
    expect((await read({ status: ['new', 'triaged'] })).fields).toEqual([]);
  });

  it('refuses an unknown status, an empty one and a nested one, naming status', async () => {
    for (const status of ['open', 'new,bogus', '', ['new', 'bogus'], { a: 'new' }]) {
      expect((await read({ status })).fields).toEqual(['status']);
    }
  });
});
