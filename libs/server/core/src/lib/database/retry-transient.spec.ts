import { Logger } from '@nestjs/common';
import { retryTransient } from './retry-transient';

const pgError = (code: string) => Object.assign(new Error(`pg ${code}`), { code, severity: 'ERROR' });

describe('retryTransient', () => {
  it('runs a deadlocked statement again, says so in the log, and answers its result', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const run = jest.fn().mockRejectedValueOnce(pgError('40P01')).mockRejectedValueOnce(pgError('40001')).mockResolvedValueOnce('stored');
    await expect(retryTransient('ingest', run)).resolves.toBe('stored');
    expect(run).toHaveBeenCalledTimes(3);
    expect(warn.mock.calls.map(([m]) => m)).toEqual(['ingest: Postgres 40P01 on attempt 1 of 3; running it again', 'ingest: Postgres 40001 on attempt 2 of 3; running it again']);
    warn.mockRestore();
  });

  it('throws the last transient error after the attempts, and any other error at once', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const deadlocked = jest.fn().mockRejectedValue(pgError('40P01'));
    await expect(retryTransient('ingest', deadlocked, 2)).rejects.toMatchObject({ code: '40P01' });
    expect(deadlocked).toHaveBeenCalledTimes(2);
    const invalid = jest.fn().mockRejectedValue(pgError('22P02'));
    await expect(retryTransient('ingest', invalid)).rejects.toMatchObject({ code: '22P02' });
    expect(invalid).toHaveBeenCalledTimes(1);
  });
});
