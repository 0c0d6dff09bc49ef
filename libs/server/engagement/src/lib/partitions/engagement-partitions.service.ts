import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

/** Months ahead kept ready, so events never pile into the DEFAULT partition. */
export const PARTITION_MONTHS_AHEAD = 3;

/**
 * Prepares engagement_events' monthly partitions (the database function moves any rows already in
 * DEFAULT for that month into the new partition first). Idempotent: an existing month is left alone.
 */
@Injectable()
export class EngagementPartitionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async prepare(now = new Date(), monthsAhead = PARTITION_MONTHS_AHEAD): Promise<string[]> {
    const names: string[] = [];
    for (let k = 0; k <= monthsAhead; k++) {
      const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + k, 1)).toISOString().slice(0, 10);
      const [{ name }] = (await this.dataSource.query(`SELECT navdesk_ensure_engagement_partition($1::date) AS name`, [month])) as { name: string }[];
      names.push(name);
    }
    return names;
  }
}
