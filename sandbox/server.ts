/**
 * Starts the sandbox bureau: opens the database (PGlite or PostgreSQL),
 * applies the migrations, writes the seeded payments, and serves the app on
 * an address. `close()` shuts it down gracefully: it stops accepting, lets
 * requests in flight finish (up to a deadline), then closes the database.
 * Tests start it in-process on port 0 with a PGlite of their own.
 */
import { randomBytes as nodeRandomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'
import { createAdaptorServer } from '@hono/node-server'
import { createBureau, type Bureau, type BureauLedger } from '../src/gateway/bureau'
import type { FaultPlan } from '../src/gateway/mock/fault-plan'
import { MOCK_FAMILY_AID } from '../src/gateway/mock/mock-family-aid'
import { createApp } from './app'
import { openPglite, openPostgres, wrapPglite, type SqlDatabase } from './db/database'
import { migrate, migrationState, readMigrations } from './db/migrate'
import { withFaults, type FaultingBureau } from './faults'
import { createLog, errorFields, silentLog, type LineSink, type Log } from './log'
import { createSandboxRegistry } from './people'
import { createRateLimiter, DEFAULT_RATE_LIMITS, type RateLimits } from './rate-limit'
import { createSqlLedger } from './sql-ledger'
import type { PGlite } from './db/pglite'

export type DatabaseChoice =
  | { kind: 'pglite'; dataDir?: string }
  /** A PGlite the caller opened and keeps (tests): the sandbox does not close it. */
  | { kind: 'pglite-instance'; pglite: PGlite }
  | { kind: 'postgres'; connectionString: string; poolSize?: number }
  /** Any SqlDatabase (tests); closed with the sandbox unless `borrowed`. */
  | { kind: 'database'; database: SqlDatabase; borrowed?: boolean }

export interface SandboxOptions {
  host?: string
  /** 0: any free port. */
  port?: number
  database?: DatabaseChoice
  corsOrigins?: readonly string[]
  faults?: FaultPlan
  today?: () => string
  /** The bureau's time, ms since the epoch (face verifications expire by it; default Date.now). */
  now?: () => number
  benefitYear?: number
  latencyMs?: number
  loadResidents?: number
  rateLimits?: RateLimits
  bodyLimitBytes?: number
  /** `json`: lines to stdout; `off`; or a sink for the lines (tests). */
  logging?: 'json' | 'off' | LineSink
  /** How long close() lets requests in flight finish (default 10 s). */
  shutdownGraceMs?: number
  /** A hung request (fault plan `timeout`, `lost`) is let go after this long (default 120 s). */
  maxHangMs?: number
}

export interface Sandbox {
  url: string
  port: number
  bureau: Bureau
  faulting: FaultingBureau
  ledger: BureauLedger
  database: SqlDatabase
  log: Log
  /** Milliseconds from the call to startSandbox to listening with the database migrated. */
  startMs: number
  /** Requests being answered now. */
  inflight(): number
  close(): Promise<void>
}

const nodeRandom = (length: number) => new Uint8Array(nodeRandomBytes(length))

async function openDatabase(choice: DatabaseChoice): Promise<SqlDatabase> {
  switch (choice.kind) {
    case 'pglite':
      return openPglite({ dataDir: choice.dataDir })
    case 'pglite-instance':
      return wrapPglite(choice.pglite, false)
    case 'postgres':
      return openPostgres({ connectionString: choice.connectionString, poolSize: choice.poolSize })
    case 'database':
      return choice.borrowed ? { ...choice.database, close: () => Promise.resolve() } : choice.database
  }
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const started = performance.now()
  const log: Log =
    options.logging === 'off'
      ? silentLog
      : typeof options.logging === 'function'
        ? createLog(options.logging)
        : createLog()
  const database = await openDatabase(options.database ?? { kind: 'pglite' })
  let server: Server | undefined
  try {
    const migrations = readMigrations()
    await migrate(database, migrations)
    const ledger = createSqlLedger(database)
    const { registry, seeds } = createSandboxRegistry(nodeRandom, options.loadResidents ?? 0)
    const now = options.now ?? Date.now
    // Time a simulated face check lets pass (face:expired): the bureau's clock runs that much ahead.
    let skewMs = 0
    const bureau = createBureau({
      ledger,
      registry,
      seeds,
      randomBytes: nodeRandom,
      today: options.today ?? (() => '2025-11-20'),
      now: () => now() + skewMs,
      benefitYear: options.benefitYear ?? 2026,
      familyAid: MOCK_FAMILY_AID,
    })
    // The first unit of work writes the seeded payments (once: they are kept): do it now, not in a request.
    await bureau.paidOrders()
    const faulting = withFaults(bureau, options.faults)

    let closing = false
    const inflight = { count: 0 }
    const hanging = new Set<() => void>()
    const maxHangMs = options.maxHangMs ?? 120_000

    const app = createApp({
      bureau,
      faulting,
      ledger,
      log,
      limiter: createRateLimiter(options.rateLimits ?? DEFAULT_RATE_LIMITS),
      corsOrigins: options.corsOrigins ?? ['http://127.0.0.1:10086'],
      bodyLimitBytes: options.bodyLimitBytes ?? 16 * 1024,
      latencyMs: options.latencyMs ?? 0,
      closing: () => closing,
      inflight,
      passTime: (ms) => {
        skewMs += ms
      },
      health: async () => {
        try {
          const state = await migrationState(database, migrations)
          return {
            ok: state.pending.length === 0,
            fields: {
              database: 'reachable',
              engine: database.kind,
              migrations: {
                applied: state.applied.length,
                pending: state.pending.length,
                latest: state.latest,
              },
            },
          }
        } catch (error) {
          log('error', 'health check failed', errorFields(error))
          return { ok: false, fields: { database: 'unreachable', engine: database.kind } }
        }
      },
      hang: (bindings) =>
        new Promise<void>((resolve) => {
          const release = () => {
            if (!hanging.delete(release)) return
            clearTimeout(timer)
            bindings.incoming.socket?.destroy()
            resolve()
          }
          const timer = setTimeout(release, maxHangMs)
          hanging.add(release)
          bindings.outgoing.once('close', release)
        }),
    })

    server = createAdaptorServer({ fetch: app.fetch }) as Server
    // Keep-alive sockets idle past this are closed; a request's headers must arrive within 10 s.
    server.keepAliveTimeout = 5_000
    server.headersTimeout = 10_000
    server.requestTimeout = 30_000
    const listening = server
    await new Promise<void>((resolve, reject) => {
      listening.once('error', reject)
      listening.listen(options.port ?? 10087, options.host ?? '127.0.0.1', () => resolve())
    })
    const { port, address } = listening.address() as AddressInfo
    const url = `http://${address.includes(':') ? `[${address}]` : address}:${port}`
    const startMs = Math.round(performance.now() - started)

    let closed: Promise<void> | undefined
    const close = () =>
      (closed ??= (async () => {
        closing = true
        // Stop accepting. Connections idle between requests are closed now and as each busy one
        // sends its answer; requests the fault plan left hanging are let go. After the grace
        // period whatever is left is cut.
        const stopped = new Promise<void>((resolve) => listening.close(() => resolve()))
        hanging.forEach((release) => release())
        listening.closeIdleConnections()
        const sweep = setInterval(() => listening.closeIdleConnections(), 25)
        let grace: NodeJS.Timeout | undefined
        await Promise.race([
          stopped,
          new Promise<void>((resolve) => (grace = setTimeout(resolve, options.shutdownGraceMs ?? 10_000))),
        ])
        clearInterval(sweep)
        clearTimeout(grace)
        listening.closeAllConnections()
        await stopped
        await database.close()
        log('info', 'stopped', {})
      })())

    log('info', 'listening', { url, engine: database.kind, migrations: migrations.length, startMs })
    return {
      url,
      port,
      bureau,
      faulting,
      ledger,
      database,
      log,
      startMs,
      inflight: () => inflight.count,
      close,
    }
  } catch (error) {
    server?.close()
    await database.close()
    throw error
  }
}
