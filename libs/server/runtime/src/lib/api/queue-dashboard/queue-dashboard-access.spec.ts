import { countsAsUse } from './queue-dashboard-access';

describe('what counts as an admin using their session on the dashboard', () => {
  it('counts opening the page and every change', () => {
    expect(countsAsUse({ method: 'GET', path: '/' })).toBe(true);
    expect(countsAsUse({ method: 'PUT', path: '/api/queues/mail/42/retry' })).toBe(true);
  });

  it('does not count the board’s own polls or its files, so an open tab does not keep an idle session alive', () => {
    expect(countsAsUse({ method: 'GET', path: '/api/queues' })).toBe(false);
    expect(countsAsUse({ method: 'GET', path: '/static/js/main.js' })).toBe(false);
  });
});
