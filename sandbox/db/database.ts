/**
 * The sandbox bureau's PostgreSQL, behind one small interface: embedded
 * PGlite (WASM Postgres, a data directory on disk or in memory) by default,
 * a real PostgreSQL server through `pg` when DATABASE_URL is set.
 *
 * Every unit of work runs in one SERIALIZABLE transaction. A real server runs
 * transactions side by side and may refuse one for a concurrent one
 * (SQLSTATE 40001 serialization_failure, 40P01 deadlock_detected): it is run
 * again, from the start, after a short jittered wait. PGlite is one backend:
 * it runs one transaction at a time, so it never refuses one.
 */
import { randomInt } from 'node:crypto'
import { PGlite } from './pglite'
import pg from 'pg'

export interface SqlClient {
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>
  /** Several statements, no parameters (migrations). */
  exec(text: string): Promise<void>
}

export interface SqlDatabase extends SqlClient {
  readonly kind: 'pglite' | 'postgres'
  /** Runs `work` in one serializable transaction: committed if it returns, rolled back if it throws; run again on a serialization failure. */
  transaction<T>(work: (client: SqlClient) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** The SQLSTATE of a database error, if it is one (pg and PGlite both carry `code`). */
export const sqlStateOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined
}

/** The constraint a database error names, if any. */
export const constraintOf = (error: unknown): string | undefined => {
  const constraint = (error as { constraint?: unknown } | null)?.constraint
  return typeof constraint === 'string' ? constraint : undefined
}

const RETRYABLE = new Set(['40001', '40P01'])
const MAX_ATTEMPTS = 10

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** A jittered wait before attempt n+1: up to 2^n ms × 5, capped at 200 ms. */
const backoffMs = (attempt: number) => randomInt(1, Math.min(200, 5 * 2 ** attempt) + 1)

/**
 * Runs `attempt` until it is not refused for a concurrent transaction
 * (40001, 40P01), at most `maxAttempts` times, waiting a little more each time.
 */
export async function retrySerializable<T>(
  attempt: () => Promise<T>,
  maxAttempts = MAX_ATTEMPTS,
  wait = pause,
): Promise<T> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await attempt()
    } catch (error) {
      if (!RETRYABLE.has(sqlStateOf(error) ?? '') || tries >= maxAttempts) throw error
      await wait(backoffMs(tries))
    }
  }
}

export interface PgliteOptions {
  /** A directory on disk; absent: in memory. */
  dataDir?: string
  /** Precompiled WASM modules (tests start many databases). */
  wasm?: { pgliteWasmModule: WebAssembly.Module; initdbWasmModule: WebAssembly.Module }
  /** A tarball from `dumpDataDir` to start from (tests: a migrated template). */
  loadDataDir?: Blob
}

export async function openPglite(options: PgliteOptions = {}): Promise<SqlDatabase & { pglite: PGlite }> {
  const db = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.wasm ?? {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  })
  await db.waitReady
  return wrapPglite(db, true)
}

/**
 * A PGlite the caller opened. `owned`: close() closes it; otherwise the
 * caller keeps it open (tests share one database between sandboxes).
 */
export function wrapPglite(db: PGlite, owned = false): SqlDatabase & { pglite: PGlite } {
  const clientOf = (runner: Pick<PGlite, 'query' | 'exec'>): SqlClient => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await runner.query<Row>(text, [...params])).rows
    },
    async exec(text: string) {
      await runner.exec(text)
    },
  })
  return {
    kind: 'pglite',
    pglite: db,
    ...clientOf(db),
    // PGlite runs a transaction to its end before any other query: nothing runs beside it.
    transaction: (work) =>
      db.transaction(async (tx) => {
        await tx.exec('SET TRANSACTION ISOLATION LEVEL SERIALIZABLE')
        return work(clientOf(tx))
      }),
    close: async () => {
      if (owned && !db.closed) await db.close()
    },
  }
}

export interface PostgresOptions {
  connectionString: string
  /** Connections in the pool (default 10). */
  poolSize?: number
}

export function openPostgres(options: PostgresOptions): SqlDatabase & { pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.poolSize ?? 10,
    application_name: 'yibao-sandbox-bureau',
    // A request never waits long for a connection or a statement: the app's own timeouts are 5–15 s.
    connectionTimeoutMillis: 5_000,
    statement_timeout: 5_000,
  })
  // An idle client's error (the server restarted) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined)
  const clientOf = (runner: pg.Pool | pg.PoolClient): SqlClient => ({
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await runner.query(text, [...params])).rows as Row[]
    },
    async exec(text: string) {
      await runner.query(text)
    },
  })

  async function attempt<T>(work: (client: SqlClient) => Promise<T>): Promise<T> {
    const client = await pool.connect()
    let broken = false
    try {
      await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE')
      const result = await work(clientOf(client))
      await client.query('COMMIT')
      return result
    } catch (error) {
      try {
        await client.query('ROLLBACK')
      } catch {
        broken = true
      }
      throw error
    } finally {
      client.release(broken)
    }
  }

  return {
    kind: 'postgres',
    pool,
    ...clientOf(pool),
    transaction: (work) => retrySerializable(() => attempt(work)),
    close: () => pool.end(),
  }
}
