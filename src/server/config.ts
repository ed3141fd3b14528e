// The workshop server's settings, from command-line flags, then the environment, then defaults.
import { parseArgs } from 'node:util';
import type { BucketRule } from './rate-limit';

/** The rate limits: every request per address, failed look-ups per address, requests per token. */
export interface RateLimits {
  address: BucketRule;
  failure: BucketRule;
  token: BucketRule;
}

/** Everything the server needs to start. */
export interface ServerConfig {
  host: string;
  port: number;
  dataDir: string;
  limits: RateLimits;
}

/**
 * Default limits. A room behind one corporate address must get a few hundred phones in at once
 * (each joins, loads the plan, polls and submits), so the per-address bucket is large; failed
 * code look-ups and joins (404, 401) get a small one, which is what makes guessing codes
 * impractical: 20 at once, then one every 5 s, against 29^8 possible codes.
 */
export const DEFAULT_LIMITS: RateLimits = {
  address: { burst: 2000, perSecond: 200 },
  failure: { burst: 20, perSecond: 0.2 },
  token: { burst: 60, perSecond: 5 },
};

type Env = Record<string, string | undefined>;

function numberFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a number ≥ 0, got "${value}"`);
  return n;
}

function ruleFrom(env: Env, prefix: string, fallback: BucketRule): BucketRule {
  return {
    burst: numberFrom(env[`${prefix}_BURST`], fallback.burst, `${prefix}_BURST`),
    perSecond: numberFrom(env[`${prefix}_PER_SECOND`], fallback.perSecond, `${prefix}_PER_SECOND`),
  };
}

/** The limits, each overridable: WORKSHOP_LIMIT_{ADDRESS,FAILURE,TOKEN}_{BURST,PER_SECOND}. */
export function limitsFrom(env: Env): RateLimits {
  return {
    address: ruleFrom(env, 'WORKSHOP_LIMIT_ADDRESS', DEFAULT_LIMITS.address),
    failure: ruleFrom(env, 'WORKSHOP_LIMIT_FAILURE', DEFAULT_LIMITS.failure),
    token: ruleFrom(env, 'WORKSHOP_LIMIT_TOKEN', DEFAULT_LIMITS.token),
  };
}

/**
 * The settings from `--host --port --data`, then HOST, PORT, WORKSHOP_DATA; `--no-build` starts
 * on the last build, `--temp-data` in a fresh temporary data directory (end-to-end tests).
 */
export function configFrom(
  argv: string[],
  env: Env,
): ServerConfig & { build: boolean; tempData: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: {
      host: { type: 'string' },
      port: { type: 'string' },
      data: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
      'temp-data': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = numberFrom(values.port ?? env['PORT'], 4321, 'port');
  if (!Number.isInteger(port) || port > 65535) throw new Error(`port must be 0–65535, got ${port}`);
  return {
    host: values.host ?? env['HOST'] ?? '127.0.0.1',
    port,
    dataDir: values.data ?? env['WORKSHOP_DATA'] ?? './workshops',
    limits: limitsFrom(env),
    build: !values['no-build'],
    tempData: values['temp-data'],
  };
}
