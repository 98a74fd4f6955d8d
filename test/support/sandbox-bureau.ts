/**
 * The sandbox bureau (sandbox/) for tests, started in-process on a free port
 * of 127.0.0.1, so `npm test` and CI start nothing of their own. One
 * in-memory PGlite per test file (starting one takes seconds), migrated once
 * and emptied before each sandbox: every sandbox starts on a fresh ledger,
 * with the seeded payments written again. Log lines are kept for the test
 * to read instead of going to stdout.
 */
import { PGlite } from '../../sandbox/db/pglite'
import type { PaidOrder } from '../../src/gateway/bureau'
import { wrapPglite, type SqlDatabase } from '../../sandbox/db/database'
import { startSandbox, type Sandbox, type SandboxOptions } from '../../sandbox/server'
import { truncateLedger } from '../../sandbox/sql-ledger'
import { migrate } from '../../sandbox/db/migrate'
import { createSandboxFace } from '../../src/gateway/http/sandbox-face'
import type { FaceCheckOutcome } from '../../src/services/ports'
import { nodeRequester } from './node-http-requester'

let shared: Promise<SqlDatabase & { pglite: PGlite }> | undefined

/** This file's database: opened and migrated on first use. */
export function sharedDatabase(): Promise<SqlDatabase & { pglite: PGlite }> {
  return (shared ??= (async () => {
    const database = wrapPglite(new PGlite(), false)
    await database.pglite.waitReady
    await migrate(database)
    return database
  })())
}

/** Closes this file's database (afterAll). */
export async function closeSharedDatabase(): Promise<void> {
  const database = await shared
  shared = undefined
  await database?.pglite.close()
}

export interface TestSandbox extends Sandbox {
  /** Every log line written, parsed. */
  logLines: string[]
  /** POST a JSON body (or a raw string) to a path; answers status, headers and the parsed body. */
  post(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: unknown }>
  /** The simulated cashier (POST /cashier/pay | fail). */
  settlePayment(prepayPackage: string): Promise<void>
  failPayment(prepayPackage: string): Promise<void>
  paidOrders(): Promise<PaidOrder[]>
  /** The simulated face check over HTTP (POST /face/complete), as the H5 sandbox build's face adapter sends it. */
  completeFaceCheck(verifyId: string): Promise<FaceCheckOutcome>
}

/** A sandbox on the shared database, emptied first (or on the database given in options). */
export async function startTestSandbox(options: SandboxOptions = {}): Promise<TestSandbox> {
  const logLines: string[] = []
  let database = options.database
  if (!database) {
    const shared = await sharedDatabase()
    await truncateLedger(shared)
    database = { kind: 'database', database: shared, borrowed: true }
  }
  const sandbox = await startSandbox({
    port: 0,
    logging: (line) => logLines.push(line),
    ...options,
    database,
  })

  async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${sandbox.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {
      // Not JSON: the text itself.
    }
    return { status: response.status, headers: response.headers, body: parsed }
  }

  async function cashier(action: 'pay' | 'fail', prepayPackage: string): Promise<void> {
    const answer = await post(`/cashier/${action}`, { package: prepayPackage })
    if (answer.status !== 200) throw new Error(`cashier ${action}: HTTP ${answer.status}`)
  }

  return {
    ...sandbox,
    logLines,
    post,
    settlePayment: (prepayPackage) => cashier('pay', prepayPackage),
    failPayment: (prepayPackage) => cashier('fail', prepayPackage),
    paidOrders: () => sandbox.bureau.paidOrders(),
    completeFaceCheck: (verifyId) =>
      createSandboxFace({ baseUrl: sandbox.url, request: nodeRequester }).verify(verifyId),
  }
}
