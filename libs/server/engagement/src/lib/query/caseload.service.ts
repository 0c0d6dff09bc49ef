import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CaseloadSort, FlagKind, Page, PatientListItem } from '@navdesk/contracts';
import { scopePatientQuery, type UserPrincipal } from '@navdesk/server/access';
import { AuditService } from '@navdesk/server/audit';
import { cursorPart, defineCursor } from '@navdesk/server/core';
import { PatientEntity, toPatientListItem } from '@navdesk/server/patients';
import type { CaseloadQueryDto } from './caseload.dto';

const DAY = 86_400_000;

/** Each sort's cursor: its key (typed as the column it is compared with), then the ref. */
const TEXT_CURSOR = defineCursor(cursorPart.text, cursorPart.text);
const TIME_CURSOR = defineCursor(cursorPart.timeOrInfinity, cursorPart.text);
const NUMBER_CURSOR = defineCursor(cursorPart.number, cursorPart.text);

/** Each sort as one ascending key (then the ref): least recently active, steepest mood fall, most flags first. */
const SORT_KEYS: Record<CaseloadSort, { sql: string; kind: 'text' | 'time' | 'number' }> = {
  ref: { sql: 'p.ref', kind: 'text' },
  last_login: { sql: `coalesce(pe.last_login_at, '-infinity'::timestamptz)`, kind: 'time' },
  mood_change: { sql: 'coalesce(pe.mood_change, 99)', kind: 'number' },
  flags: { sql: `-(SELECT count(*) FROM patient_flags f WHERE f.patient_id = p.id AND f.status <> 'cleared')`, kind: 'number' },
};
const CURSORS = { text: TEXT_CURSOR, time: TIME_CURSOR, number: NUMBER_CURSOR } as const;

interface Row {
  id: string;
  ref: string;
  sort_key: string | number | Date;
  last_login_at: Date | null;
  modules_completed: number | null;
  mood_latest: number | null;
  mood_change: number | null;
  flags: FlagKind[] | null;
}

/** The caseload with its engagement columns, scoped in the query (own patients / the services'), audited. */
@Injectable()
export class CaseloadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(user: UserPrincipal, q: CaseloadQueryDto, now = new Date()): Promise<Page<PatientListItem>> {
    const sort = SORT_KEYS[q.sort ?? 'ref'];
    const after = CURSORS[sort.kind].decode(q.cursor);
    const qb = this.dataSource
      .getRepository(PatientEntity)
      .createQueryBuilder('p')
      .leftJoin('patient_engagement', 'pe', 'pe.patient_id = p.id')
      .select(['p.id AS id', 'p.ref AS ref', `${sort.sql} AS sort_key`, 'pe.last_login_at AS last_login_at', 'pe.modules_completed AS modules_completed', 'pe.mood_latest AS mood_latest', 'pe.mood_change AS mood_change'])
      .addSelect(`(SELECT array_agg(f.kind::text ORDER BY f.kind) FROM patient_flags f WHERE f.patient_id = p.id AND f.status <> 'cleared')`, 'flags');
    scopePatientQuery(qb, { service: 'p.service_id', pwp: 'p.pwp_id' }, user);
    if (q.pwpId) qb.andWhere('p.pwp_id = :pwpId', { pwpId: q.pwpId });
    if (q.flag) qb.andWhere(`EXISTS (SELECT 1 FROM patient_flags f WHERE f.patient_id = p.id AND f.status <> 'cleared' AND f.kind = :flag)`, { flag: q.flag });
    if (q.activity === 'recent') qb.andWhere('pe.last_login_at >= :d2', { d2: new Date(now.getTime() - 2 * DAY) });
    if (q.activity === 'week') qb.andWhere('pe.last_login_at >= :d7 AND pe.last_login_at < :d2', { d7: new Date(now.getTime() - 7 * DAY), d2: new Date(now.getTime() - 2 * DAY) });
    if (q.activity === 'older') qb.andWhere('pe.last_login_at < :d7', { d7: new Date(now.getTime() - 7 * DAY) });
    if (q.activity === 'never') qb.andWhere('pe.last_login_at IS NULL');
    if (after) {
      const [key, ref] = after;
      const cast = sort.kind === 'time' ? '::timestamptz' : sort.kind === 'number' ? '::numeric' : '';
      qb.andWhere(`(${sort.sql}, p.ref) > (CAST(:afterKey AS text)${cast}, :afterRef)`, { afterKey: String(key), afterRef: ref });
    }
    const rows = await qb.orderBy(sort.sql, 'ASC').addOrderBy('p.ref', 'ASC').limit(q.limit + 1).getRawMany<Row>();
    const more = rows.length > q.limit;
    const pageRows = more ? rows.slice(0, q.limit) : rows;
    const patients = pageRows.length
      ? await this.dataSource.getRepository(PatientEntity).find({ where: pageRows.map((r) => ({ id: r.id })), relations: { sessions: true } })
      : [];
    const byId = new Map(patients.map((p) => [p.id, p]));
    const items = pageRows.map((r): PatientListItem => ({
      ...toPatientListItem(byId.get(r.id) as PatientEntity, now),
      lastLoginAt: r.last_login_at ? new Date(r.last_login_at).toISOString() : null,
      modulesCompleted: r.modules_completed ?? 0,
      moodTrend: r.mood_latest === null ? null : { latest: r.mood_latest, change: r.mood_change },
      flags: r.flags ?? [],
    }));
    const last = pageRows[pageRows.length - 1];
    const cursorOf = (row: Row): string => {
      if (sort.kind === 'number') return NUMBER_CURSOR.encode([Number(row.sort_key), row.ref]);
      if (sort.kind === 'text') return TEXT_CURSOR.encode([String(row.sort_key), row.ref]);
      const at = row.sort_key instanceof Date ? row.sort_key.getTime() : Number.NaN;
      return TIME_CURSOR.encode([Number.isFinite(at) ? new Date(at).toISOString() : '-infinity', row.ref]);
    };
    await this.audit.record({
      actor: { type: 'user', id: user.userId, label: user.email },
      action: 'patients.caseload.read',
      outcome: 'success',
      entityType: 'patient',
      detail: { patients: items.length, refs: items.map((i) => i.patientRef).join(',') },
    });
    return { items, nextCursor: more && last ? cursorOf(last) : null };
  }
}
