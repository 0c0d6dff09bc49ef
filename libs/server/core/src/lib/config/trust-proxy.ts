import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * What Express's 'trust proxy' is given: `false` (the socket's address is the client), a number of
 * proxy hops in front of the api, or the proxies' addresses. Never `true`: that trusts every
 * `X-Forwarded-For` entry, and the left-most one is whatever the client wrote.
 */
export type TrustProxy = false | number | readonly string[];

/** The subnet names Express (proxy-addr) knows. */
const NAMED_SUBNETS = new Set(['loopback', 'linklocal', 'uniquelocal']);
const MAX_HOPS = 10;

const REFUSE_TRUE =
  'must not be true: that trusts any X-Forwarded-For a client writes (a forged address would pass the sign-in limit and enter the audit log); ' +
  'set the number of proxies in front of the api (e.g. 1) or their addresses (e.g. 10.0.0.0/8,172.16.0.1), or false without a proxy';

/** Parses TRUST_PROXY; returns a problem (for the config error) or the value. */
export function parseTrustProxy(raw: string): { value: TrustProxy } | { problem: string } {
  const text = raw.trim().toLowerCase();
  if (text === 'false' || text === 'no' || text === '0') return { value: false };
  if (text === 'true' || text === 'yes') return { problem: REFUSE_TRUE };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    return hops <= MAX_HOPS ? { value: hops } : { problem: `must be at most ${MAX_HOPS} proxy hops` };
  }
  const entries = text.split(',').map((e) => e.trim());
  const bad = entries.find((e) => !isProxyEntry(e));
  if (bad !== undefined) {
    return { problem: `must be false, a number of proxy hops, or a comma-separated list of proxy addresses or CIDR ranges ("${bad.slice(0, 60)}" is neither)` };
  }
  return { value: Object.freeze([...new Set(entries)]) };
}

/** An IP address, a CIDR range with a prefix length that fits it, or a named subnet. */
function isProxyEntry(entry: string): boolean {
  if (NAMED_SUBNETS.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  if (rest.length > 0 || !address) return false;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

export const trustProxySchema = z.string().transform((raw, ctx): TrustProxy => {
  const parsed = parseTrustProxy(raw);
  if ('problem' in parsed) {
    ctx.addIssue({ code: 'custom', message: parsed.problem });
    return z.NEVER;
  }
  return parsed.value;
});
