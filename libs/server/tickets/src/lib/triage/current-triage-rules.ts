import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TriageRuleSetEntity } from '../entities/triage-rule-set.entity';
import { loadTriageRules, type TriageRule } from '../rules';

export interface CurrentRules {
  version: number;
  rules: readonly TriageRule[];
}

/** The version in force: one index lookup. */
export const LATEST_VERSION_SQL = `SELECT version FROM triage_rule_sets ORDER BY version DESC LIMIT 1`;

/**
 * The triage rules in force: the highest version in `triage_rule_sets`. Each call reads only that
 * number (one index lookup) and loads and compiles the rules again only when it changed, so every api
 * and worker process follows an admin's save from its next ticket, with nothing to broadcast.
 */
@Injectable()
export class CurrentTriageRules {
  private readonly logger = new Logger(CurrentTriageRules.name);
  private cached: CurrentRules | null = null;

  async get(manager: EntityManager): Promise<CurrentRules> {
    const [latest]: { version: number }[] = await manager.query(LATEST_VERSION_SQL);
    return this.at(manager, latest?.version ?? null);
  }

  /** The rules of `version`, the latest as the caller just read it (LATEST_VERSION_SQL inside its own statement). */
  async at(manager: EntityManager, version: number | null): Promise<CurrentRules> {
    // The migration writes version 1; a database without it is not one this code can run on.
    if (version === null) throw new Error('triage_rule_sets is empty: run the migrations');
    if (this.cached?.version === version) return this.cached;
    const row = await manager.findOneByOrFail(TriageRuleSetEntity, { version });
    const current: CurrentRules = { version: row.version, rules: Object.freeze(loadTriageRules(row.rules)) };
    this.cached = current;
    this.logger.log(`triage rules version ${current.version} loaded (${current.rules.length} rules)`);
    return current;
  }
}
