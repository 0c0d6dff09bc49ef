import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ScheduleDefinition } from './schedule-definition';
import { expectedIntervalMs } from './schedule-interval';
import { ScheduleRunEntity } from './schedule-run.entity';

/** Errors can be long stack-like texts; the admin page needs the gist. */
const MAX_ERROR_LENGTH = 1_000;

/** The `schedule_runs` rows: seeded at registration, stamped around each run, read by health and admins. */
@Injectable()
export class ScheduleRunsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Upserts the row of each schedule a starting worker registers, keeping its run history. */
  async register(queue: string, definition: ScheduleDefinition, at: Date): Promise<void> {
    const { repeat } = definition;
    await this.dataSource.query(
      `INSERT INTO schedule_runs (queue, name, every_ms, pattern, tz, expected_interval_ms, registered_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())
       ON CONFLICT (queue, name) DO UPDATE SET every_ms = EXCLUDED.every_ms, pattern = EXCLUDED.pattern, tz = EXCLUDED.tz,
         expected_interval_ms = EXCLUDED.expected_interval_ms, registered_at = EXCLUDED.registered_at, updated_at = now()`,
      [
        queue,
        definition.name,
        'every' in repeat ? repeat.every : null,
        'pattern' in repeat ? repeat.pattern : null,
        'tz' in repeat ? repeat.tz : null,
        expectedIntervalMs(repeat, at.getTime()),
        at,
      ],
    );
  }

  /** Deletes rows of schedules no longer declared, so a retired job never reads as late. Returns their keys. */
  async retireAllBut(keep: { queue: string; name: string }[]): Promise<string[]> {
    // TypeORM answers a DELETE … RETURNING on Postgres with [rows, affected count].
    const [rows]: [{ queue: string; name: string }[], number] = await this.dataSource.query(
      `DELETE FROM schedule_runs WHERE (queue || '/' || name) <> ALL($1::text[]) RETURNING queue, name`,
      [keep.map((k) => `${k.queue}/${k.name}`)],
    );
    return rows.map((r) => `${r.queue}/${r.name}`);
  }

  async started(queue: string, name: string, at: Date): Promise<void> {
    await this.dataSource.query(`UPDATE schedule_runs SET last_started_at = $3, updated_at = now() WHERE queue = $1 AND name = $2`, [queue, name, at]);
  }

  async succeeded(queue: string, name: string, at: Date): Promise<void> {
    await this.dataSource.query(`UPDATE schedule_runs SET last_succeeded_at = $3, updated_at = now() WHERE queue = $1 AND name = $2`, [queue, name, at]);
  }

  async failed(queue: string, name: string, at: Date, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE schedule_runs SET last_failed_at = $3, last_error = $4, updated_at = now() WHERE queue = $1 AND name = $2`, [
      queue,
      name,
      at,
      error.slice(0, MAX_ERROR_LENGTH),
    ]);
  }

  all(): Promise<ScheduleRunEntity[]> {
    return this.dataSource.getRepository(ScheduleRunEntity).find({ order: { queue: 'ASC', name: 'ASC' } });
  }
}
