import type { EntityManager } from 'typeorm';
import { TicketEntity } from './ticket.entity';

/** Tickets from rows Postgres answered (`RETURNING *`, `SELECT t.*`), as TypeORM would have read them. */
export function ticketsOfRows(manager: EntityManager, rows: readonly Record<string, unknown>[]): TicketEntity[] {
  const metadata = manager.connection.getMetadata(TicketEntity);
  return rows.map((columns) => {
    const ticket = metadata.create() as TicketEntity;
    for (const column of metadata.columns) column.setEntityValue(ticket, columns[column.databaseName]);
    return ticket;
  });
}
