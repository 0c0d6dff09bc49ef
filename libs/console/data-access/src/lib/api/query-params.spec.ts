import { queryParams } from './query-params';

describe('queryParams', () => {
  it('sends a list as the key repeated, and leaves out empty values and empty lists', () => {
    const params = queryParams(
      {
        status: ['new', 'triaged'],
        kind: '',
        theme: undefined,
        breached: false,
        category: [],
      },
      { limit: 50 },
    );
    expect(params.toString()).toBe(
      'limit=50&status=new&status=triaged&breached=false',
    );
  });
});
