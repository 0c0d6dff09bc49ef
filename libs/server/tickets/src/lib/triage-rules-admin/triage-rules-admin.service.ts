import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';
import type {
  TriageRuleInput,
  TriageRulesView,
  TriageRuleVersionSummary,
} from '@navdesk/contracts';
import type { UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { TriageRuleSetEntity } from '../entities/triage-rule-set.entity';
import { validateTriageRules, type TriageRule } from '../rules';
import { triageRuleProblemsError } from './triage-rule-problems';

/** Versions listed under the editor, newest first. */
export const TRIAGE_RULES_HISTORY_LENGTH = 50;

const isVersionTaken = (e: unknown) =>
  e instanceof QueryFailedError &&
  (e.driverError as { code?: string; constraint?: string }).code === '23505' &&
  (e.driverError as { constraint?: string }).constraint ===
    'ux_triage_rule_sets_version';

/** Rules as an admin edits them: the validated rules, written back as plain definitions. */
const asInput = (rules: readonly TriageRule[]): TriageRuleInput[] =>
  rules.map((r) => ({
    id: r.id,
    category: r.category,
    theme: r.theme,
    patterns: [...r.patterns],
    ...(r.kinds ? { kinds: [...r.kinds] } : {}),
  }));

/** Admins read, and save new versions of, the triage rules. Every save is a new row and an audit row. */
@Injectable()
export class TriageRulesAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Valid rules, or a 400 naming each bad rule and field. */
  validate(rules: unknown[]): TriageRule[] {
    const result = validateTriageRules(rules);
    if (!result.ok) throw triageRuleProblemsError(result.problems, rules);
    return result.rules;
  }

  async current(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<TriageRulesView> {
    const [row] = await manager.find(TriageRuleSetEntity, {
      order: { version: 'DESC' },
      take: 1,
      relations: { createdBy: true },
    });
    if (!row) throw new Error('triage_rule_sets is empty: run the migrations');
    const valid = validateTriageRules(row.rules);
    return {
      version: row.version,
      // A stored version was validated when saved; shown as stored should that ever not hold.
      rules: valid.ok ? asInput(valid.rules) : (row.rules as TriageRuleInput[]),
      createdAt: row.createdAt.toISOString(),
      createdByName: row.createdBy?.name ?? null,
      history: await this.history(manager),
    };
  }

  /**
   * Saves `rules` as the version after `expected`. 409 when another version was saved since the admin
   * read `expected` (checked, and enforced by the unique version index when two saves race).
   */
  async save(
    expected: number,
    raw: unknown[],
    admin: UserPrincipal,
  ): Promise<TriageRulesView> {
    const rules = this.validate(raw);
    return this.dataSource.transaction(async (manager) => {
      const [latest]: { version: number }[] = await manager.query(
        `SELECT version FROM triage_rule_sets ORDER BY version DESC LIMIT 1`,
      );
      const now = latest?.version ?? 0;
      if (now !== expected) throw this.stale(expected, now);
      const version = expected + 1;
      try {
        await manager.insert(TriageRuleSetEntity, {
          version,
          rules: asInput(rules),
          createdById: admin.userId,
        });
      } catch (e) {
        if (isVersionTaken(e)) throw this.stale(expected, version);
        throw e;
      }
      await this.audit.record(
        {
          actor: { type: 'user', id: admin.userId, label: admin.email },
          action: 'triage_rules.update',
          outcome: 'success',
          entityType: 'triage_rule_set',
          entityId: String(version),
          detail: {
            fromVersion: expected,
            toVersion: version,
            rules: rules.length,
          },
        },
        manager,
      );
      return this.current(manager);
    });
  }

  private stale(expected: number, now: number): ConflictException {
    return new ConflictException(
      `Someone else saved the triage rules after you opened them (you had version ${expected}, it is now ${now}). Reload to see their change; nothing of yours was saved.`,
    );
  }

  private async history(
    manager: EntityManager,
  ): Promise<TriageRuleVersionSummary[]> {
    const rows: {
      version: number;
      rule_count: number;
      created_at: Date;
      created_by_name: string | null;
    }[] = await manager.query(
      `SELECT s.version, jsonb_array_length(s.rules) AS rule_count, s.created_at, u.name AS created_by_name
         FROM triage_rule_sets s LEFT JOIN users u ON u.id = s.created_by_id
        ORDER BY s.version DESC
        LIMIT $1`,
      [TRIAGE_RULES_HISTORY_LENGTH],
    );
    return rows.map((r) => ({
      version: r.version,
      ruleCount: r.rule_count,
      createdAt: r.created_at.toISOString(),
      createdByName: r.created_by_name,
    }));
  }
}
