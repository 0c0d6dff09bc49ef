/**
 * The register PUT as one statement: insert the patient, or (same service only) replace its PWP and,
 * when the feed sent one, its register plan (the base tailoring applies to). Concurrent PUTs of a new
 * ref queue on the unique index instead of failing on it; the winner inserts, the rest update.
 * `xmax = 0` holds only for a freshly inserted row, which is how 201 is told from 200.
 * A ref of another service returns no row (the WHERE refuses the update), which is a 409.
 * $1 ref, $2 service id, $3 pwp id, $4 mandatory modules, $5 whether the feed sent them.
 */
export const UPSERT_PATIENT_SQL = `
  INSERT INTO patients (ref, service_id, pwp_id, register_mandatory_modules, mandatory_modules)
  VALUES ($1, $2, $3, $4::text[], $4::text[])
  ON CONFLICT (ref) DO UPDATE
     SET pwp_id = EXCLUDED.pwp_id,
         register_mandatory_modules = CASE WHEN $5::boolean THEN EXCLUDED.register_mandatory_modules ELSE patients.register_mandatory_modules END,
         version = patients.version + 1,
         updated_at = now()
   WHERE patients.service_id = EXCLUDED.service_id
  RETURNING id, (xmax = 0) AS created`;

export interface UpsertedPatientRow {
  id: string;
  created: boolean;
}
