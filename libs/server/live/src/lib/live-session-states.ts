import type { DataSource } from 'typeorm';

/** Why a session can no longer stream. */
export type SessionEnd = 'revoked' | 'expired';

export interface SessionState {
  expiresAt: Date;
  /** Null while the session may still stream. */
  ended: SessionEnd | null;
}

/**
 * The state of each named session, as the auth guard would judge it (one query): revoked, or its
 * person deactivated, is `revoked`; past its expiry, or unused for `idleMinutes`, is `expired`. A session not found is absent.
 */
export async function readSessionStates(dataSource: DataSource, sessionIds: readonly string[], idleMinutes: number | null = null): Promise<Map<string, SessionState>> {
  const states = new Map<string, SessionState>();
  if (!sessionIds.length) return states;
  const rows: { id: string; expires_at: Date; revoked: boolean; expired: boolean }[] = await dataSource.query(
    `SELECT s.id, s.expires_at, (s.revoked_at IS NOT NULL OR NOT u.active) AS revoked, (s.expires_at <= now() OR ($2::int IS NOT NULL AND s.last_used_at <= now() - make_interval(mins => $2::int))) AS expired
       FROM auth_sessions s
       JOIN users u ON u.id = s.user_id
      WHERE s.id = ANY($1::uuid[])`,
    [[...sessionIds], idleMinutes],
  );
  for (const row of rows) {
    states.set(row.id, { expiresAt: new Date(row.expires_at), ended: row.revoked ? 'revoked' : row.expired ? 'expired' : null });
  }
  return states;
}
