export type DependencyStatus = 'up' | 'down';

export interface HealthView {
  status: 'ok' | 'error';
  db: DependencyStatus;
  redis: DependencyStatus;
  queues: Record<string, { waiting: number; active: number; failed: number; delayed: number } | 'unknown'>;
}
