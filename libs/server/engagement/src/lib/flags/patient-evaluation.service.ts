import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { FlagThresholds } from '@navdesk/contracts';
import { RESET_READS, TICKET_READS, type ResetReads, type TicketReads } from '@navdesk/server/core';
import { LiveEventsPublisher } from '@navdesk/server/live';
import { PatientFlagEntity } from '../entities/patient-flag.entity';
import { evaluateFlags, moodTrend } from '../rules';
import { thresholdsOf } from './flag-thresholds';
import { loadOutsideSignals, loadPatientFacts, loadPatientSignals, type OutsideSignals, type PatientFacts } from './patient-signals';

const BATCH = 200;

export interface Evaluated {
  patientId: string;
  serviceId: string;
  pwpId: string;
  changed: boolean;
}

/**
 * Re-evaluates patients marked dirty (by new events, the register feed, or the nightly run): their
 * caseload summary and their flags. A flag is raised when its rule starts to hold, kept (its detail
 * refreshed) while it holds, and cleared when it stops. Claimed like the rollup: lock, work, delete.
 */
@Injectable()
export class PatientEvaluationService {
  private readonly logger = new Logger(PatientEvaluationService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveEventsPublisher,
    @Inject(TICKET_READS) private readonly tickets: TicketReads,
    @Inject(RESET_READS) private readonly resets: ResetReads,
  ) {}

  async drain(now = new Date(), maxBatches = 50): Promise<Evaluated[]> {
    const all: Evaluated[] = [];
    for (let i = 0; i < maxBatches; i++) {
      const done = await this.dataSource.transaction(async (manager) => {
        const claimed: { patient_id: string }[] = await manager.query(`SELECT patient_id FROM engagement_dirty_patients LIMIT $1 FOR UPDATE SKIP LOCKED`, [BATCH]);
        const thresholds = new Map<string, FlagThresholds>();
        const out: Evaluated[] = [];
        const outside = await loadOutsideSignals(manager, { tickets: this.tickets, resets: this.resets }, claimed.map((c) => c.patient_id), now);
        for (const { patient_id } of claimed) {
          const facts = await loadPatientFacts(manager, patient_id);
          if (!facts) continue;
          if (!thresholds.has(facts.serviceId)) thresholds.set(facts.serviceId, await thresholdsOf(manager, facts.serviceId));
          const changed = await this.evaluate(manager, facts, thresholds.get(facts.serviceId) as FlagThresholds, outside.get(patient_id) as OutsideSignals, now);
          out.push({ patientId: facts.id, serviceId: facts.serviceId, pwpId: facts.pwpId, changed });
        }
        if (claimed.length) await manager.query(`DELETE FROM engagement_dirty_patients WHERE patient_id = ANY($1)`, [claimed.map((c) => c.patient_id)]);
        return { out, claimed: claimed.length };
      });
      all.push(...done.out);
      if (done.claimed < BATCH) break;
    }
    for (const e of all.filter((x) => x.changed)) await this.live.publish('patient.changed', e.patientId, { serviceId: e.serviceId, userIds: [e.pwpId] });
    return all;
  }

  /** Marks every patient for re-evaluation: silence-based flags (no log-in for 7 days) need no new event to become true. */
  async markAll(): Promise<number> {
    const [, count] = (await this.dataSource.query(`INSERT INTO engagement_dirty_patients (patient_id) SELECT id FROM patients ON CONFLICT DO NOTHING`)) as [unknown, number];
    return count;
  }

  private async evaluate(manager: EntityManager, facts: PatientFacts, thresholds: FlagThresholds, outside: OutsideSignals, now: Date): Promise<boolean> {
    const { signals, modulesCompleted } = await loadPatientSignals(manager, facts, outside, now);
    const trend = moodTrend(signals.moods, now);
    const lastLogin = signals.logins.reduce<Date | null>((max, l) => (!max || l.at > max ? l.at : max), null);
    await manager.query(
      `INSERT INTO patient_engagement (patient_id, last_login_at, modules_completed, mood_latest, mood_change, evaluated_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (patient_id) DO UPDATE SET last_login_at = EXCLUDED.last_login_at, modules_completed = EXCLUDED.modules_completed,
         mood_latest = EXCLUDED.mood_latest, mood_change = EXCLUDED.mood_change, evaluated_at = now()`,
      [facts.id, lastLogin, modulesCompleted, trend?.latest ?? null, trend?.change ?? null],
    );

    const holding = evaluateFlags(signals, thresholds);
    const live = await manager.find(PatientFlagEntity, { where: [{ patientId: facts.id, status: 'open' }, { patientId: facts.id, status: 'acknowledged' }] });
    let changed = false;
    for (const flag of holding) {
      const current = live.find((f) => f.kind === flag.kind);
      if (!current) {
        await manager.insert(PatientFlagEntity, { patientId: facts.id, serviceId: facts.serviceId, kind: flag.kind, cause: flag.cause, status: 'open', detail: flag.detail, raisedAt: now });
        changed = true;
      } else if (current.detail !== flag.detail || current.cause !== flag.cause) {
        await manager.update(PatientFlagEntity, { id: current.id }, { detail: flag.detail, cause: flag.cause });
        changed = true;
      }
    }
    for (const stale of live.filter((f) => !holding.some((h) => h.kind === f.kind))) {
      await manager.update(PatientFlagEntity, { id: stale.id }, { status: 'cleared', clearedAt: now });
      changed = true;
    }
    if (changed) this.logger.debug(`patient ${facts.id}: flags now ${holding.map((h) => h.kind).join(', ') || 'none'}`);
    return changed;
  }
}
