/**
 * `npm run bench:bureau`: many phones ordering the same bills at once, against
 * the sandbox bureau over HTTP. For each of `records` load-test residents
 * (sandbox/people.ts) two sessions (two phones) each send createOrder
 * `perRecord / 2` times with their own idempotency key, all requests at once
 * (default 50 records × 4 = 200 concurrent). The bureau must make exactly one
 * order per record: every answer is that order or TRADE_LOCKED naming it, a
 * third session afterwards is told TRADE_LOCKED naming it too, and (in
 * process) the database holds one order per record. Prints orders/s and the
 * p50/p95/max latency of the createOrder requests.
 *
 * Without BUREAU_URL it starts a sandbox in process on a fresh in-memory
 * PGlite. With BUREAU_URL=http://127.0.0.1:10087 it loads a running one,
 * which must have been started with BUREAU_LOAD_RESIDENTS ≥ records (a 429
 * is waited out as its Retry-After says). Exits non-zero if any check fails.
 * Options: BUREAU_LOAD_RECORDS (50), BUREAU_LOAD_PER_RECORD (4, even).
 */
import { loadResident } from '../sandbox/people'

export interface LoadOptions {
  url: string
  records: number
  /** createOrder requests per record, half from each of its two sessions (even, ≥ 2). */
  perRecord: number
}

export interface LoadResult {
  requests: number
  records: number
  /** Distinct orders the answers name. */
  orders: number
  /** Per record, the order every answer named (or undefined where the answers disagreed or none did). */
  orderOf: Map<string, string | undefined>
  /** Answers other than the order or TRADE_LOCKED naming it. */
  unexpected: string[]
  /** 429s waited out and sent again. */
  rateLimited: number
  wallMs: number
  ordersPerSecond: number
  requestsPerSecond: number
  latencyMs: { p50: number; p95: number; max: number }
}

interface Envelope {
  ok: boolean
  data?: Record<string, unknown>
  error?: { code?: string; orderId?: string }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** POST with the bureau's envelope; a 429 or 503 is waited out (Retry-After) and sent again, at most 20 times. */
async function post(
  url: string,
  body: Record<string, unknown>,
  counts: { rateLimited: number },
): Promise<Envelope> {
  for (let attempt = 0; ; attempt += 1) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    if ((response.status === 429 || response.status === 503) && attempt < 20) {
      counts.rateLimited += 1
      await response.arrayBuffer()
      await pause(Number(response.headers.get('retry-after') ?? '1') * 1000)
      continue
    }
    if (response.status !== 200) throw new Error(`${url}: HTTP ${response.status}`)
    return (await response.json()) as Envelope
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0

export async function runBureauLoad(options: LoadOptions): Promise<LoadResult> {
  const { url, records, perRecord } = options
  if (perRecord < 2 || perRecord % 2 !== 0) throw new Error('perRecord is even and at least 2')
  const counts = { rateLimited: 0 }

  const verify = async (index: number): Promise<string> => {
    const person = loadResident(index)
    // The two-phase verification, the sandbox's simulated face check passing in between.
    const started = await post(
      `${url}/startFaceVerification`,
      { name: person.name, idNumber: person.idNumber },
      counts,
    )
    const verifyId = started.data?.verifyId
    if (!started.ok || typeof verifyId !== 'string')
      throw new Error(`load resident ${index + 1} could not start verification: ${started.error?.code}`)
    await post(`${url}/face/complete`, { verifyId }, counts)
    const answer = await post(`${url}/verifyIdentity`, { verifyId }, counts)
    if (!answer.ok || typeof answer.data?.token !== 'string')
      throw new Error(`load resident ${index + 1} did not verify: ${answer.error?.code}`)
    return answer.data.token
  }
  const bill = (index: number, token: string, idempotencyKey: string) => ({
    token,
    recordId: `R-LOAD-${index + 1}`,
    benefitYear: 2026,
    category: 'working-age',
    amountFen: 40000,
    backYears: 0,
    idempotencyKey,
  })

  // Two phones per resident, verified first (not timed).
  const phones = await Promise.all(
    Array.from({ length: records }, async (_, index) => [await verify(index), await verify(index)] as const),
  )
  const run = `${Date.now().toString(36)}`

  const latencies: number[] = []
  const answers = new Map<string, Envelope[]>()
  const started = performance.now()
  await Promise.all(
    phones.flatMap(([phoneA, phoneB], index) =>
      Array.from({ length: perRecord }, async (_, n) => {
        const phone = n % 2 === 0 ? 'a' : 'b'
        const sent = performance.now()
        const answer = await post(
          `${url}/createOrder`,
          bill(index, phone === 'a' ? phoneA : phoneB, `load-${run}-${index}-${phone}`),
          counts,
        )
        latencies.push(performance.now() - sent)
        const recordId = `R-LOAD-${index + 1}`
        answers.set(recordId, [...(answers.get(recordId) ?? []), answer])
      }),
    ),
  )
  const wallMs = performance.now() - started

  const orderOf = new Map<string, string | undefined>()
  const unexpected: string[] = []
  for (const [recordId, list] of answers) {
    const named = new Set<string>()
    for (const answer of list) {
      if (answer.ok && typeof answer.data?.orderId === 'string') named.add(answer.data.orderId)
      else if (answer.error?.code === 'TRADE_LOCKED' && answer.error.orderId) named.add(answer.error.orderId)
      else unexpected.push(`${recordId}: ${answer.error?.code ?? 'no order'}`)
    }
    orderOf.set(recordId, named.size === 1 ? [...named][0] : undefined)
    if (named.size !== 1) unexpected.push(`${recordId}: ${named.size} orders named`)
  }

  // A third phone, afterwards: the one open order is still the one named (nothing else was left open).
  await Promise.all(
    Array.from({ length: records }, async (_, index) => {
      const recordId = `R-LOAD-${index + 1}`
      const answer = await post(
        `${url}/createOrder`,
        bill(index, await verify(index), `load-${run}-${index}-c`),
        counts,
      )
      if (
        answer.ok ||
        answer.error?.code !== 'TRADE_LOCKED' ||
        answer.error.orderId !== orderOf.get(recordId)
      ) {
        unexpected.push(
          `${recordId}: a third phone was answered ${answer.ok ? 'a new order' : answer.error?.code}`,
        )
      }
    }),
  )

  latencies.sort((a, b) => a - b)
  const orders = new Set([...orderOf.values()].filter((orderId): orderId is string => orderId !== undefined))
    .size
  return {
    requests: records * perRecord,
    records,
    orders,
    orderOf,
    unexpected,
    rateLimited: counts.rateLimited,
    wallMs,
    ordersPerSecond: orders / (wallMs / 1000),
    requestsPerSecond: (records * perRecord) / (wallMs / 1000),
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: latencies[latencies.length - 1] ?? 0,
    },
  }
}

const round = (value: number) => Math.round(value * 10) / 10

/** The figures, one line each, for `npm run bench` or this script. */
export function describeLoad(result: LoadResult): string[] {
  return [
    `bureau load: ${result.requests} concurrent createOrder for ${result.records} records (two phones each, repeated keys)`,
    `  orders made: ${result.orders} (one per record: ${result.orders === result.records && result.unexpected.length === 0 ? 'OK' : 'FAILED'})`,
    `  ${round(result.ordersPerSecond)} orders/s, ${round(result.requestsPerSecond)} requests/s over ${round(result.wallMs)} ms`,
    `  latency p50 ${round(result.latencyMs.p50)} ms, p95 ${round(result.latencyMs.p95)} ms, max ${round(result.latencyMs.max)} ms`,
    ...(result.rateLimited > 0 ? [`  429/503 waited out: ${result.rateLimited}`] : []),
    ...result.unexpected.slice(0, 10).map((line) => `  unexpected: ${line}`),
  ]
}

async function main(): Promise<void> {
  const records = Number(process.env.BUREAU_LOAD_RECORDS ?? 50)
  const perRecord = Number(process.env.BUREAU_LOAD_PER_RECORD ?? 4)
  let url = process.env.BUREAU_URL
  let stop: (() => Promise<void>) | undefined
  let countOpenOrders: (() => Promise<Array<{ record_id: string; n: number }>>) | undefined
  let databaseBytes: (() => Promise<number>) | undefined
  if (!url) {
    const { startSandbox } = await import('../sandbox/server')
    const unlimited = { burst: Number.POSITIVE_INFINITY, perSecond: Number.POSITIVE_INFINITY }
    const sandbox = await startSandbox({
      port: 0,
      database: { kind: 'pglite' },
      loadResidents: records,
      logging: 'off',
      rateLimits: { perSession: unlimited, perAddress: unlimited, addressCeiling: unlimited },
    })
    console.log(`sandbox bureau in process (in-memory PGlite), ready in ${sandbox.startMs} ms`)
    url = sandbox.url
    stop = sandbox.close
    countOpenOrders = () =>
      sandbox.database.query<{ record_id: string; n: number }>(
        "SELECT record_id, count(*)::int AS n FROM orders WHERE record_id LIKE 'R-LOAD-%' GROUP BY record_id",
      )
    databaseBytes = async () =>
      (
        await sandbox.database.query<{ bytes: number }>(
          'SELECT pg_database_size(current_database())::int AS bytes',
        )
      )[0]?.bytes ?? 0
  }
  try {
    const result = await runBureauLoad({ url, records, perRecord })
    describeLoad(result).forEach((line) => console.log(line))
    let ok = result.orders === records && result.unexpected.length === 0
    if (countOpenOrders) {
      const rows = await countOpenOrders()
      const oneEach = rows.length === records && rows.every((row) => row.n === 1)
      console.log(
        `  database: ${rows.length} records with orders, ${oneEach ? 'one order each: OK' : 'NOT one order each: FAILED'}`,
      )
      ok &&= oneEach
      console.log(`  database size: ${((await databaseBytes!()) / 1024 / 1024).toFixed(1)} MB`)
    }
    process.exitCode = ok ? 0 : 1
  } finally {
    await stop?.()
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
}
