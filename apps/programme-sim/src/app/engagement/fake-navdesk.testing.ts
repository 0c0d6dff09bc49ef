import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ENGAGEMENT_LIMITS, type EngagementBatchResult } from '@navdesk/contracts';
import { ENGAGEMENT_PATH } from './engagement-sender';
import type { SimEngagementEvent } from './engagement.constants';

export interface ReceivedBatch {
  key: string;
  events: SimEngagementEvent[];
}

/** Navdesk's ingestion endpoint, as far as the feed can tell: keys, batch limit, dedupe by eventId. */
export class FakeNavdesk {
  readonly batches: ReceivedBatch[] = [];
  readonly stored = new Map<string, SimEngagementEvent>();
  /** Requests of any kind, including refused ones. */
  requests = 0;
  /** Answer 500 to the next N requests. */
  failNext = 0;
  /** Answer 404 to everything (the endpoint not built yet). */
  notFound = false;
  keys: Set<string> | null = null;
  private server: Server | null = null;
  url = '';

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  close(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    this.requests += 1;
    const answer = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (this.notFound || req.method !== 'POST' || req.url !== ENGAGEMENT_PATH) return answer(404, { message: 'Not Found' });
    const key = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    if (this.keys && !this.keys.has(key)) return answer(401, { message: 'A valid integration key is needed' });
    if (this.failNext > 0) {
      this.failNext -= 1;
      return answer(500, { message: 'Internal server error' });
    }
    const { events } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { events: SimEngagementEvent[] };
    if (events.length > ENGAGEMENT_LIMITS.batchMax) return answer(400, { message: `events: at most ${ENGAGEMENT_LIMITS.batchMax}` });
    this.batches.push({ key, events });
    const result: EngagementBatchResult = { accepted: 0, duplicates: 0, unknownPatients: [] };
    for (const e of events) {
      if (this.stored.has(e.eventId)) result.duplicates += 1;
      else {
        this.stored.set(e.eventId, e);
        result.accepted += 1;
      }
    }
    answer(202, result);
  }
}
