import { createZodDto } from 'nestjs-zod';
import { TicketListQuerySchema } from '@navdesk/contracts/schemas';

/** GET /api/tickets: filters and the keyset page (`?status=new,triaged&limit=50&cursor=`). */
export class ListTicketsDto extends createZodDto(TicketListQuerySchema) {}
