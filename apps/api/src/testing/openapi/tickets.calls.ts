import type { ConformanceCall } from './conformance-calls';
import { DEMO, ticketOf, userId, servicesOf } from './demo-rows';

const navTicket = (status: string, order = 'ASC') => ticketOf(`status = '${status}' AND service_id IN (${servicesOf(DEMO.nav)})`, order);

export const TICKET_CALLS: ConformanceCall[] = [
  {
    operation: 'POST /api/tickets',
    as: DEMO.pwp,
    status: 201,
    path: () => '/api/tickets',
    body: async (c) => ({ kind: 'tech_support', title: 'The app will not open', description: 'It closes at once', serviceId: await c.one(`SELECT service_id::text FROM (${servicesOf(DEMO.pwp)} LIMIT 1) s`) }),
  },
  { operation: 'GET /api/tickets', as: DEMO.nav, status: 200, path: () => '/api/tickets?limit=20' },
  { operation: 'GET /api/tickets/{id}', as: DEMO.nav, status: 200, path: async (c) => `/api/tickets/${await c.one(navTicket('in_progress'))}` },
  {
    operation: 'PATCH /api/tickets/{id}',
    as: DEMO.nav,
    status: 200,
    path: async (c) => `/api/tickets/${await c.one(navTicket('triaged'))}`,
    body: async (c) => ({ version: Number(await c.one(navTicket('triaged').replace('SELECT id::text', 'SELECT version::text'))), priority: 'p2' }),
  },
  {
    operation: 'POST /api/tickets/bulk-assign',
    as: DEMO.nav,
    status: 200,
    path: () => '/api/tickets/bulk-assign',
    body: async (c) => ({ ticketIds: [await c.one(navTicket('triaged', 'DESC'))], assigneeId: await c.one(`SELECT id::text FROM (${userId(DEMO.nav)}) u`) }),
  },
  {
    operation: 'POST /api/tickets/{id}/comments',
    as: DEMO.nav,
    status: 201,
    path: async (c) => `/api/tickets/${await c.one(navTicket('in_progress'))}/comments`,
    body: () => ({ body: 'Looking into it now', internal: true }),
  },
  {
    operation: 'POST /api/tickets/{id}/feedback',
    as: DEMO.pwp,
    status: 200,
    path: async (c) => `/api/tickets/${await c.one(ticketOf(`status = 'resolved' AND feedback_solved IS NULL AND reporter_id = (${userId(DEMO.pwp)})`))}/feedback`,
    body: () => ({ solved: true, disruptedTherapy: false }),
  },
];
