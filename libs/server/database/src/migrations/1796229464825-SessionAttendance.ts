import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether the patient came to a session, as the records feed says (PUT /api/patients/:ref,
 * `sessions[].attended`). Null: the feed has not said, and a past session counts as held (as before).
 */
export class SessionAttendance1796229464825 implements MigrationInterface {
  name = 'SessionAttendance1796229464825';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "patient_sessions" ADD "attended" boolean`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "patient_sessions" DROP COLUMN "attended"`);
  }
}
