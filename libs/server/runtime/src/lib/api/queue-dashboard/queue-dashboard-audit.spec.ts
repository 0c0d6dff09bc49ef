import { dashboardAuditTarget } from './queue-dashboard-audit';

describe('auditing the queue dashboard', () => {
  it('names a retried job by its queue and id', () => {
    expect(
      dashboardAuditTarget('put', '/api/queues/:queueName/:jobId/retry', {
        queueName: 'mail',
        jobId: '42',
      }),
    ).toEqual({
      action: 'queues.retry',
      entityType: 'queue',
      entityId: 'mail',
      detail: { jobId: '42' },
    });
  });

  it('names a clean or a retry of a whole state by the state', () => {
    expect(
      dashboardAuditTarget('put', '/api/queues/:queueName/clean/:queueStatus', {
        queueName: 'tickets',
        queueStatus: 'failed',
      }),
    ).toMatchObject({
      action: 'queues.clean',
      entityId: 'tickets',
      detail: { status: 'failed' },
    });
    expect(
      dashboardAuditTarget('put', '/api/queues/:queueName/retry/:queueStatus', {
        queueName: 'tickets',
        queueStatus: 'failed',
      }),
    ).toMatchObject({ action: 'queues.retry', detail: { status: 'failed' } });
  });

  it('records a change to every queue without naming one', () => {
    expect(dashboardAuditTarget('put', '/api/queues/pause', {})).toEqual({
      action: 'queues.pause_all',
      entityType: 'queue',
      detail: {},
    });
  });

  it('records a change it has no name for under its method, with the route', () => {
    expect(
      dashboardAuditTarget('post', '/api/queues/:queueName/something-new', {
        queueName: 'mail',
      }),
    ).toEqual({
      action: 'queues.post',
      entityType: 'queue',
      entityId: 'mail',
      detail: { route: '/api/queues/:queueName/something-new' },
    });
  });

  it('keeps only route parameters: an added job’s data or a body never reach the row', () => {
    const target = dashboardAuditTarget('post', '/api/queues/:queueName/add', {
      queueName: 'mail',
      data: 'patient@example.org',
    });
    expect(JSON.stringify(target)).not.toContain('patient@example.org');
  });

  it('records no read', () => {
    expect(dashboardAuditTarget('get', '/api/queues', {})).toBeNull();
  });
});
