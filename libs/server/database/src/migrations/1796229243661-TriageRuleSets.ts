import type { MigrationInterface, QueryRunner } from 'typeorm';
import { RUNTIME_ROLE } from './1796217575467-LeastPrivilegeRoles';

/**
 * Triage rules move from a file to versioned rows that admins edit (issue 16): `triage_rule_sets`
 * (tickets) holds one row per version, the highest in force. Version 1 is the rule file as shipped
 * until now (a frozen copy: a migration must not change when the file does; a unit test checks they
 * agree), so triage decides exactly as before on an existing or a fresh database.
 * Append-only for the runtime role: a version, once saved, is history.
 */
export const TRIAGE_RULES_VERSION_1: unknown[] = [
  {
    id: 'login-access',
    category: 'login_access',
    theme: 'functionality',
    patterns: [
      "can(?:'?t| ?not) (?:log|sign|get) ?(?:in|on)(?:to)?",
      'unable to (?:log|sign) ?(?:in|on)',
      "won'?t let (?:me|her|him|them) (?:log|sign) ?in",
      '(?:log|sign)[- ]?in (?:fails?|failed|failure|problems?|issues?|errors?)',
      'passwords?',
      'locked out',
      'account (?:is |was |has been )?locked',
      'reset (?:link|email)',
      '2fa',
      'two[- ]factor',
      '(?:verification|security|one[- ]time) (?:code|passcode)',
      'forgot(?:ten)? (?:my |her |his |their )?(?:password|username|log-?in details)',
    ],
  },
  {
    id: 'app-crash',
    category: 'app_crash',
    theme: 'functionality',
    patterns: [
      'crash(?:es|ed|ing)?',
      'freez(?:es|ing)',
      'froze(?:n)?',
      '(?:keeps|kept) closing',
      'closes? (?:itself|by itself|down|unexpectedly|on (?:me|her|him|them))',
      'white screen',
      'blank screen',
      "won'?t (?:open|start|launch)",
      "(?:doesn'?t|does not|will not) (?:open|start|launch)",
      'stuck on (?:the )?(?:loading|splash) (?:screen|page)',
    ],
  },
  {
    id: 'notifications',
    category: 'notifications',
    theme: 'functionality',
    patterns: [
      'too many (?:notifications|reminders|alerts|messages)',
      'notifications?',
      'reminders?',
      'buzz(?:es|ed|ing)?',
      'alerts?',
      'push messages?',
      'pinging',
    ],
  },
  {
    id: 'module-content',
    category: 'module_content',
    theme: 'flexibility',
    patterns: [
      'not appropriate',
      'inappropriate',
      'mandatory modules?',
      "(?:doesn'?t|does not|didn'?t|won'?t) fit",
      'not (?:relevant|suitable|right) for',
      'anxiety (?:content|modules?|material)',
      'no (?:content|modules?|material) (?:for|on|about) anxiety',
      'co-?morbid(?:ity|ities)?',
      '(?:skip|replace|swap) (?:a |the |this |that )?modules?',
      'depression[- ]only',
      'tailor(?:ed|ing)?',
      'one size fits all',
    ],
  },
  {
    id: 'data-sync',
    category: 'data_sync',
    theme: 'functionality',
    patterns: [
      'mood (?:ratings?|scores?|entries|diary)',
      'not (?:showing|appearing|updating|saving)',
      "(?:isn'?t|aren'?t|is not|are not) (?:showing|appearing|updating|saving)",
      'not sync(?:ing|ed)?',
      'sync(?:ing|ed|hroni[sz]ation)?',
      'data (?:is |are )?missing',
      'missing (?:data|entries|ratings?)',
      '(?:progress|entries|ratings?) (?:has |have )?(?:disappeared|vanished|gone)',
    ],
  },
  {
    id: 'accessibility',
    category: 'accessibility',
    theme: 'functionality',
    patterns: [
      'screen ?readers?',
      'voice ?over',
      'talkback',
      'font(?: size)?',
      'text (?:size|is too small)',
      'too small to read',
      'contrast',
      'dyslexi(?:a|c)',
      'colou?r[- ]?blind(?:ness)?',
      'visually impaired',
      'visual impairment',
      '(?:in)?accessib(?:le|ility)',
    ],
  },
  {
    id: 'time-to-review',
    category: 'other',
    theme: 'time',
    patterns: [
      'no time',
      'not enough time',
      "(?:don'?t|do not|never) have (?:the |enough )?time",
      'takes? (?:too|so|far too|ages) long',
      'takes ages',
      'time[- ]consuming',
      '(?:review|check|look at|read|go through)(?:ing)?\\b.{0,40}\\b(?:before|ahead of) (?:each |the |my |our |their )?(?:sessions?|appointments?)',
    ],
  },
  {
    id: 'usability',
    category: 'other',
    theme: 'functionality',
    kinds: ['usability_incident'],
    patterns: [
      'confusing',
      'hard to (?:find|use|navigate|follow)',
      '(?:too many|lots of) (?:clicks|steps|screens)',
      'not intuitive',
    ],
  },
];

export class TriageRuleSets1796229243661 implements MigrationInterface {
  name = 'TriageRuleSets1796229243661';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE "triage_rule_sets" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "version" integer NOT NULL,
        "rules" jsonb NOT NULL,
        "created_by_id" uuid,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "pk_triage_rule_sets" PRIMARY KEY ("id")
      )
    `);
    await q.query(
      `CREATE UNIQUE INDEX "ux_triage_rule_sets_version" ON "triage_rule_sets" ("version")`,
    );
    await q.query(
      `ALTER TABLE "triage_rule_sets" ADD CONSTRAINT "fk_triage_rule_sets_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await q.query(
      `INSERT INTO "triage_rule_sets" ("version", "rules") VALUES (1, $1::jsonb)`,
      [JSON.stringify(TRIAGE_RULES_VERSION_1)],
    );
    // Default privileges gave the runtime role every write; it may add versions and read them, nothing more.
    await q.query(`
      DO $triage_rules$
      DECLARE
        app text := ${RUNTIME_ROLE};
      BEGIN
        IF app = current_user OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
          RETURN;
        END IF;
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON triage_rule_sets FROM %I', app);
      END
      $triage_rules$
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "triage_rule_sets"`);
  }
}
