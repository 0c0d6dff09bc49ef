import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, preparedQuery } from '@navdesk/server/core';
import type { IntegrationPrincipal, UserPrincipal } from '../principal';
import { hashSecret } from '../secret-hash';
import { SESSION_USE_GRANULARITY_SECONDS } from './session-use';

interface SessionRow {
  token_hash: string;
  session_id: string;
  user_id: string;
  email: string;
  name: string;
  role: UserPrincipal['role'];
  service_ids: string[] | null;
  use_is_stale: boolean;
}

/** A live session and its active person, matched by `match` ($1); $2 idle minutes, $3 use granularity. */
const sessionSql = (match: string): string => `
SELECT s.token_hash, s.id AS session_id, u.id AS user_id, u.email, u.name, u.role,
       array_remove(array_agg(us.service_id ORDER BY us.service_id), NULL) AS service_ids,
       s.last_used_at < now() - make_interval(secs => $3) AS use_is_stale
  FROM auth_sessions s
  JOIN users u ON u.id = s.user_id AND u.active
  LEFT JOIN user_services us ON us.user_id = u.id
 WHERE ${match} AND s.revoked_at IS NULL AND s.expires_at > now()
   AND s.last_used_at > now() - make_interval(mins => $2)
 GROUP BY s.id, u.id`;
const SESSIONS_SQL = sessionSql('s.token_hash = ANY($1::text[])');
const SESSION_BY_ID_SQL = sessionSql('s.id = $1::uuid');
/** Session queries running at once; lookups arriving beyond that gather into the next one. */
const LOOKUPS_IN_FLIGHT = 1;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Turns a bearer secret into a principal, or null when it is unknown, expired, revoked or inactive. */
@Injectable()
export class CredentialsService {
  /**
   * Requests that arrive together share one session query. A lookup goes at once (at the end of its tick)
   * while fewer than LOOKUPS_IN_FLIGHT are running; otherwise it waits for one to finish, and the lookups
   * arriving meanwhile join it: one query for many requests under load, no added wait when quiet.
   * Nothing is cached: every request reads the session as it is now, so a revoked session or a leaver's
   * is refused from the next request, whichever api process it reaches.
   */
  private readonly sessions = new DataLoader<string, SessionRow | null>((hashes) => this.lookUp(hashes), {
    cache: false,
    maxBatchSize: 100,
    batchScheduleFn: (dispatch) => (this.lookUpsInFlight < LOOKUPS_IN_FLIGHT ? process.nextTick(dispatch) : this.lookUpsWaiting.push(dispatch)),
  });
  private lookUpsInFlight = 0;
  private readonly lookUpsWaiting: (() => void)[] = [];

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The session, its person and their services, from one indexed query shared with the requests arriving
   * at the same moment. A session unused for SESSION_IDLE_MINUTES is over. When the request `countsAsUse`,
   * `last_used_at` moves to now, at most once per SESSION_USE_GRANULARITY_SECONDS.
   */
  async userForToken(token: string, countsAsUse = true): Promise<UserPrincipal | null> {
    return this.principalOf(await this.sessions.load(hashSecret(token, this.config.TOKEN_PEPPER)), countsAsUse);
  }

  /**
   * The same check for a session named by its id, for a credential bound to a session rather than
   * holding its token (the queue dashboard's cookie): refused as soon as the session or its person is.
   */
  async userForSession(sessionId: string, countsAsUse: boolean): Promise<UserPrincipal | null> {
    if (!UUID.test(sessionId)) return null;
    const rows: SessionRow[] = await this.dataSource.query(SESSION_BY_ID_SQL, [sessionId, this.config.SESSION_IDLE_MINUTES, SESSION_USE_GRANULARITY_SECONDS]);
    return this.principalOf(rows[0] ?? null, countsAsUse);
  }

  private async principalOf(row: SessionRow | null, countsAsUse: boolean): Promise<UserPrincipal | null> {
    if (!row) return null;
    if (countsAsUse && row.use_is_stale) {
      await this.dataSource.query(`UPDATE auth_sessions SET last_used_at = now() WHERE id = $1 AND last_used_at < now()`, [row.session_id]);
    }
    return { kind: 'user', userId: row.user_id, sessionId: row.session_id, email: row.email, name: row.name, role: row.role, serviceIds: row.service_ids ?? [] };
  }

  private async lookUp(hashes: readonly string[]): Promise<(SessionRow | null)[]> {
    this.lookUpsInFlight++;
    try {
      const rows = await preparedQuery<SessionRow>(this.dataSource, SESSIONS_SQL, [[...new Set(hashes)], this.config.SESSION_IDLE_MINUTES, SESSION_USE_GRANULARITY_SECONDS]);
      const byHash = new Map(rows.map((r) => [r.token_hash, r]));
      return hashes.map((h) => byHash.get(h) ?? null);
    } finally {
      this.lookUpsInFlight--;
      this.lookUpsWaiting.shift()?.();
    }
  }

  /**
   * The key's last use is recorded at most once per SESSION_USE_GRANULARITY_SECONDS, as a session's: every
   * engagement batch wrote the same row before, so a vendor's parallel batches queued on its lock.
   */
  async integrationForKey(key: string): Promise<IntegrationPrincipal | null> {
    const rows: { id: string; service_id: string; name: string; use_is_stale: boolean }[] = await this.dataSource.query(
      `SELECT id, service_id, name, coalesce(last_used_at < now() - make_interval(secs => $2), true) AS use_is_stale
         FROM integration_keys WHERE key_hash = $1 AND revoked_at IS NULL`,
      [hashSecret(key, this.config.TOKEN_PEPPER), SESSION_USE_GRANULARITY_SECONDS],
    );
    const found = rows[0];
    if (!found) return null;
    if (found.use_is_stale) {
      await this.dataSource.query(`UPDATE integration_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now())`, [found.id]);
    }
    return { kind: 'integration', keyId: found.id, serviceId: found.service_id, name: found.name };
  }
}
