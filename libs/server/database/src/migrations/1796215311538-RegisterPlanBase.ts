import { MigrationInterface, QueryRunner } from "typeorm";

/** An applied tailoring change, as the data step reads it (a frozen copy: later code may change). */
interface AppliedChange {
    action: 'skip' | 'replace' | 'add';
    moduleId: string;
    replacementModuleId: string | null;
}

/**
 * The register's plan behind a patient's current plan: the applied changes undone, newest decision
 * first, wherever the current plan still shows them. A change the plan does not show was erased by a
 * later feed (the bug this fixes); it is left out of the undo, so the next recomposition puts it back.
 * A module a skip removed comes back at the end (its place is lost; the effective plan drops it again).
 */
export function registerPlanBehind(current: readonly string[], applied: readonly AppliedChange[]): string[] {
    let plan = [...current];
    for (const change of [...applied].reverse()) {
        const { moduleId, replacementModuleId } = change;
        if (change.action === 'skip' && !plan.includes(moduleId)) plan = [...plan, moduleId];
        else if (change.action === 'add' && plan.includes(moduleId)) plan = plan.filter((m) => m !== moduleId);
        else if (change.action === 'replace' && replacementModuleId && plan.includes(replacementModuleId) && !plan.includes(moduleId)) {
            plan = plan.map((m) => (m === replacementModuleId ? moduleId : m));
        }
    }
    return plan;
}

/**
 * The register's plan becomes the base that tailoring applies to (so a records feed no longer erases
 * tailoring), and a change a feed made pointless can be recorded as moot and its navigators told.
 */
export class RegisterPlanBase1796215311538 implements MigrationInterface {
    name = 'RegisterPlanBase1796215311538'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "patients"
            ADD "register_mandatory_modules" text array NOT NULL DEFAULT '{}'::text []
        `);
        await queryRunner.query(`
            ALTER TABLE "tailoring_requests"
            ADD "moot_at" TIMESTAMP WITH TIME ZONE
        `);
        await queryRunner.query(`
            ALTER TABLE "tailoring_requests"
            ADD "moot_reason" text
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_type"
            ADD VALUE 'tailoring_moot'
        `);
        // Data: the base is the current plan with its applied tailoring undone. The effective plan is
        // left as it is; the next register PUT or applied change recomposes it from this base.
        await queryRunner.query(`
            UPDATE "patients" SET "register_mandatory_modules" = "mandatory_modules"
        `);
        const tailored: { id: string; mandatory_modules: string[]; applied: AppliedChange[] }[] = await queryRunner.query(`
            SELECT p.id, p.mandatory_modules,
                   json_agg(json_build_object('action', r.action, 'moduleId', r.module_id, 'replacementModuleId', r.replacement_module_id)
                            ORDER BY r.decided_at, r.id) AS applied
              FROM "patients" p
              JOIN "tailoring_requests" r ON r.patient_id = p.id AND r.status = 'applied'
             GROUP BY p.id
        `);
        for (const p of tailored) {
            await queryRunner.query(`UPDATE "patients" SET "register_mandatory_modules" = $2 WHERE id = $1`, [p.id, registerPlanBehind(p.mandatory_modules, p.applied)]);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DELETE FROM "notifications" WHERE "type" = 'tailoring_moot'
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."notification_type_old" AS ENUM(
                'assigned',
                'reply',
                'breach',
                'resolved',
                'risk',
                'waiting_on_you',
                'reset_failed',
                'training_invitation',
                'training_booking',
                'tailoring_decided',
                'tailoring_applied',
                'tailoring_failed'
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "notifications"
            ALTER COLUMN "type" TYPE "public"."notification_type_old" USING "type"::"text"::"public"."notification_type_old"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."notification_type"
        `);
        await queryRunner.query(`
            ALTER TYPE "public"."notification_type_old"
            RENAME TO "notification_type"
        `);
        await queryRunner.query(`
            ALTER TABLE "tailoring_requests" DROP COLUMN "moot_reason"
        `);
        await queryRunner.query(`
            ALTER TABLE "tailoring_requests" DROP COLUMN "moot_at"
        `);
        await queryRunner.query(`
            ALTER TABLE "patients" DROP COLUMN "register_mandatory_modules"
        `);
    }
}
