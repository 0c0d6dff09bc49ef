import type { ConformanceCall } from './conformance-calls';
import { DEMO, servicesOf, userId } from './demo-rows';

/** The session these calls schedule, book, attend, invite to and finally cancel: found by its room. */
const ROOM = 'Conformance room, training calls';
const ourSession = `SELECT id::text FROM training_sessions WHERE location = '${ROOM}'`;
/** A service the demo PWP and navigator share, so the PWP can book what the navigator schedules. */
const sharedService = `SELECT service_id::text FROM (${servicesOf(DEMO.pwp)}) p WHERE service_id IN (${servicesOf(DEMO.nav)}) ORDER BY service_id LIMIT 1`;

export const TRAINING_CALLS: ConformanceCall[] = [
  { operation: 'GET /api/training/modules', as: DEMO.pwp, status: 200, path: () => '/api/training/modules' },
  {
    operation: 'POST /api/training/modules',
    as: DEMO.nav,
    status: 201,
    path: () => '/api/training/modules',
    body: async (c) => ({ title: 'Reading the mood chart, hands on', topic: 'reading_engagement', format: 'guide', durationMinutes: 20, materialUrl: 'https://learning.navdesk.example/b-cbt/mood-chart', serviceId: await c.one(sharedService) }),
  },
  {
    operation: 'POST /api/training/sessions',
    as: DEMO.nav,
    status: 201,
    path: () => '/api/training/sessions',
    // Starts in half an hour: bookable, and attendance is already open (from an hour before).
    body: async (c) => ({
      moduleId: await c.one(`SELECT id::text FROM training_modules WHERE service_id IS NULL AND core ORDER BY title LIMIT 1`),
      startsAt: new Date(Date.now() + 30 * 60_000).toISOString(),
      capacity: 4,
      mode: 'in_person',
      location: ROOM,
      serviceId: await c.one(sharedService),
    }),
  },
  { operation: 'GET /api/training/sessions', as: DEMO.pwp, status: 200, path: () => '/api/training/sessions?when=upcoming&limit=20' },
  { operation: 'POST /api/training/sessions/{id}/bookings', as: DEMO.pwp, status: 201, path: async (c) => `/api/training/sessions/${await c.one(ourSession)}/bookings` },
  {
    operation: 'POST /api/training/sessions/{id}/attendance',
    as: DEMO.pwp,
    status: 201,
    path: async (c) => `/api/training/sessions/${await c.one(ourSession)}/attendance`,
    body: async (c) => ({ pwpId: await c.one(`SELECT id::text FROM (${userId(DEMO.pwp)}) u`), confidenceBefore: 4, confidenceAfter: 7 }),
  },
  {
    operation: 'POST /api/training/sessions/{id}/invitations',
    as: DEMO.nav,
    status: 201,
    path: async (c) => `/api/training/sessions/${await c.one(ourSession)}/invitations`,
    body: async (c) => ({
      pwpIds: [
        await c.one(
          `SELECT u.id::text FROM users u JOIN user_services us ON us.user_id = u.id
            WHERE u.role = 'pwp' AND u.active AND u.email <> '${DEMO.pwp}' AND us.service_id = (SELECT service_id FROM training_sessions WHERE location = '${ROOM}')
            ORDER BY u.email LIMIT 1`,
        ),
      ],
    }),
  },
  { operation: 'GET /api/training/sessions/{id}', as: DEMO.nav, status: 200, path: async (c) => `/api/training/sessions/${await c.one(ourSession)}` },
  { operation: 'GET /api/training/record', as: DEMO.pwp, status: 200, path: () => '/api/training/record' },
  { operation: 'GET /api/training/records/{pwpId}', as: DEMO.nav, status: 200, path: async (c) => `/api/training/records/${await c.one(`SELECT id::text FROM (${userId(DEMO.pwp)}) u`)}` },
  {
    operation: 'GET /api/training/coverage',
    as: DEMO.manager,
    status: 200,
    path: async (c) => `/api/training/coverage?serviceId=${await c.one(`SELECT service_id::text FROM (${servicesOf(DEMO.manager)}) m ORDER BY service_id LIMIT 1`)}`,
  },
  { operation: 'GET /api/training/question-topics', as: DEMO.nav, status: 200, path: () => '/api/training/question-topics?days=365' },
  { operation: 'GET /api/training/pwps', as: DEMO.nav, status: 200, path: () => '/api/training/pwps' },
  // Last: the session is ours, and cancelling it tells its one booked PWP.
  { operation: 'POST /api/training/sessions/{id}/cancel', as: DEMO.nav, status: 200, path: async (c) => `/api/training/sessions/${await c.one(ourSession)}/cancel` },
];
