import express from 'express';
import { ConfigError, loadConfig } from './load-config';
import { parseTrustProxy } from './trust-proxy';

describe('TRUST_PROXY', () => {
  it('defaults to false: the socket address is the client', () => {
    expect(loadConfig({}).TRUST_PROXY).toBe(false);
    for (const off of ['false', 'FALSE', 'no', '0']) expect(loadConfig({ TRUST_PROXY: off }).TRUST_PROXY).toBe(false);
  });

  it('takes a hop count', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).TRUST_PROXY).toBe(1);
    expect(loadConfig({ TRUST_PROXY: ' 2 ' }).TRUST_PROXY).toBe(2);
    expect(() => loadConfig({ TRUST_PROXY: '11' })).toThrow(new ConfigError('TRUST_PROXY', 'must be at most 10 proxy hops'));
  });

  it('takes a comma-separated list of proxy addresses, CIDR ranges and named subnets', () => {
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 172.16.0.1' }).TRUST_PROXY).toEqual(['10.0.0.0/8', '172.16.0.1']);
    expect(loadConfig({ TRUST_PROXY: 'loopback,fd00::/8,2001:db8::1' }).TRUST_PROXY).toEqual(['loopback', 'fd00::/8', '2001:db8::1']);
  });

  it.each(['true', 'TRUE', 'yes'])('refuses %s in one line that says why and what to set instead', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/^Configuration error: TRUST_PROXY must not be true: that trusts any X-Forwarded-For a client writes.*set the number of proxies.*e\.g\. 1.*10\.0\.0\.0\/8/);
  });

  it.each(['10.0.0.0/33', '10.0.0.256', '10.0.0.0/8/1', 'proxy.internal', '10.0.0.1,', '::1/129', '10.0.0.0/x', '-1', '1.5'])('refuses %s, naming the bad entry', (value) => {
    expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(/^Configuration error: TRUST_PROXY must be/);
  });

  it('quotes the entry that is wrong', () => {
    expect(parseTrustProxy('10.0.0.0/8,gateway')).toEqual({ problem: expect.stringContaining('"gateway" is neither') });
  });

  it.each(['false', '1', '3', '10.0.0.0/8,172.16.0.1', 'loopback,uniquelocal', '::1,fe80::/10'])('gives Express a value it compiles (%s)', (value) => {
    const parsed = loadConfig({ TRUST_PROXY: value }).TRUST_PROXY;
    const app = express();
    expect(() => app.set('trust proxy', parsed)).not.toThrow();
    expect(typeof app.get('trust proxy fn')).toBe('function');
  });
});
