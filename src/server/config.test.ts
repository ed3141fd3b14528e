import { describe, expect, it } from 'vitest';
import { configFrom, DEFAULT_LIMITS } from './config';

describe('the server settings', () => {
  it('default to loopback, port 4321, ./workshops and the default limits', () => {
    expect(configFrom([], {})).toEqual({
      host: '127.0.0.1',
      port: 4321,
      dataDir: './workshops',
      limits: DEFAULT_LIMITS,
      build: true,
      tempData: false,
    });
  });

  it('take flags before the environment', () => {
    const env = { HOST: '0.0.0.0', PORT: '8080', WORKSHOP_DATA: '/srv/rooms' };
    expect(configFrom([], env)).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      dataDir: '/srv/rooms',
    });
    expect(configFrom(['--port', '9000', '--data', 'here', '--no-build'], env)).toMatchObject({
      host: '0.0.0.0',
      port: 9000,
      dataDir: 'here',
      build: false,
    });
  });

  it('read each rate limit from the environment', () => {
    const limits = configFrom([], {
      WORKSHOP_LIMIT_ADDRESS_BURST: '100000',
      WORKSHOP_LIMIT_TOKEN_PER_SECOND: '50',
    }).limits;
    expect(limits.address).toEqual({ burst: 100000, perSecond: DEFAULT_LIMITS.address.perSecond });
    expect(limits.token.perSecond).toBe(50);
  });

  it('refuse a port or a limit that is not a number', () => {
    expect(() => configFrom(['--port', 'eighty'], {})).toThrow(/port/);
    expect(() => configFrom([], { WORKSHOP_LIMIT_FAILURE_BURST: '-1' })).toThrow(/FAILURE_BURST/);
  });
});
