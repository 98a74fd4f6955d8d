/**
 * The sandbox bureau's settings, from the environment (`npm run bureau`):
 *
 * BUREAU_HOST          address to listen on (default 127.0.0.1)
 * BUREAU_PORT          port (default 10087; the H5 dev server is 10086)
 * DATABASE_URL         a PostgreSQL server (postgres://…); unset: embedded PGlite
 * BUREAU_DATA_DIR      PGlite's data directory (default sandbox/.data; `memory` for none)
 * BUREAU_PG_POOL       connections to the PostgreSQL server (default 10)
 * BUREAU_CORS_ORIGIN   browser origins allowed, comma-separated (default http://127.0.0.1:10086)
 * BUREAU_FAULTS        a fault plan, as the mock's `mockFault` flag (createOrder:SYSTEM_BUSY*2,queryOrder:notpay)
 * BUREAU_TODAY         the bureau's date (default 2025-11-20, inside Fujian's 2026 window)
 * BUREAU_LATENCY_MS    added to every operation (default 0)
 * BUREAU_LOAD_RESIDENTS synthetic residents for load tests, load:<n> (default 0)
 * BUREAU_RATE_SESSION  burst:perSecond per session token (default 30:2; `off`)
 * BUREAU_RATE_ADDRESS  burst:perSecond per client address without a token (default 60:5)
 * BUREAU_RATE_CEILING  burst:perSecond per client address, every request (default 300:50)
 * BUREAU_BODY_LIMIT    request body limit in bytes (default 16384)
 * BUREAU_LOG           `json` (default) or `off`
 */
import { join } from 'node:path'
import { parseFaultPlan } from '../src/gateway/mock/fault-plan'
import { DEFAULT_RATE_LIMITS, parseRate } from './rate-limit'
import type { SandboxOptions } from './server'

export const DEFAULT_PORT = 10087
export const DEFAULT_CORS_ORIGIN = 'http://127.0.0.1:10086'
export const DEFAULT_TODAY = '2025-11-20'
export const DEFAULT_DATA_DIR = join(__dirname, '.data')

/** Autumn collects for the next year; January and February are the extended period (as src/config/env.ts). */
export function benefitYearCollectedOn(date: string): number {
  const year = Number(date.slice(0, 4))
  return Number(date.slice(5, 7)) >= 9 ? year + 1 : year
}

function integer(name: string, text: string | undefined, fallback: number, min = 0): number {
  if (text === undefined || text === '') return fallback
  const value = Number(text)
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer ≥ ${min}`)
  return value
}

export function optionsFromEnv(
  env: Readonly<Record<string, string | undefined>> = process.env,
): SandboxOptions {
  const today = env.BUREAU_TODAY || DEFAULT_TODAY
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error('BUREAU_TODAY is YYYY-MM-DD')
  const dataDir = env.BUREAU_DATA_DIR || DEFAULT_DATA_DIR
  return {
    host: env.BUREAU_HOST || '127.0.0.1',
    port: integer('BUREAU_PORT', env.BUREAU_PORT, DEFAULT_PORT),
    database: env.DATABASE_URL
      ? {
          kind: 'postgres',
          connectionString: env.DATABASE_URL,
          poolSize: integer('BUREAU_PG_POOL', env.BUREAU_PG_POOL, 10, 1),
        }
      : { kind: 'pglite', dataDir: dataDir === 'memory' ? undefined : dataDir },
    corsOrigins: (env.BUREAU_CORS_ORIGIN || DEFAULT_CORS_ORIGIN)
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    faults: parseFaultPlan(env.BUREAU_FAULTS ?? ''),
    today: () => today,
    benefitYear: benefitYearCollectedOn(today),
    latencyMs: integer('BUREAU_LATENCY_MS', env.BUREAU_LATENCY_MS, 0),
    loadResidents: integer('BUREAU_LOAD_RESIDENTS', env.BUREAU_LOAD_RESIDENTS, 0),
    rateLimits: {
      perSession: parseRate(env.BUREAU_RATE_SESSION, DEFAULT_RATE_LIMITS.perSession),
      perAddress: parseRate(env.BUREAU_RATE_ADDRESS, DEFAULT_RATE_LIMITS.perAddress),
      addressCeiling: parseRate(env.BUREAU_RATE_CEILING, DEFAULT_RATE_LIMITS.addressCeiling),
    },
    bodyLimitBytes: integer('BUREAU_BODY_LIMIT', env.BUREAU_BODY_LIMIT, 16 * 1024, 1),
    logging: env.BUREAU_LOG === 'off' ? 'off' : 'json',
  }
}
