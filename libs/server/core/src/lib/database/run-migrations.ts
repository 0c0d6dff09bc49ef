import { DataSource, type DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config.schema';
import { buildMigrationDataSourceOptions } from './data-source-options';

/**
 * The migration step: applies pending migrations as the owner role on a connection of its own, closed
 * afterwards, so the app's pool only ever holds the runtime role. Returns the names of those applied.
 */
export async function runMigrations(
  config: Pick<AppConfig, 'DATABASE_URL' | 'DATABASE_MIGRATION_URL'>,
  entities: NonNullable<DataSourceOptions['entities']>,
  migrations: NonNullable<DataSourceOptions['migrations']>,
): Promise<string[]> {
  const owner = new DataSource(buildMigrationDataSourceOptions(config, entities, migrations));
  await owner.initialize();
  try {
    const applied = await owner.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await owner.destroy();
  }
}
