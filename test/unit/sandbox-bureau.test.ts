/**
 * The sandbox bureau (sandbox/): its database's own constraints, migrations,
 * the HTTP face (health, security headers, CORS, body and rate limits, logs
 * without personal data, the simulated cashier, a fault plan given as text),
 * graceful shutdown, a restart on the same data directory, the `pg` path
 * (PostgreSQL's wire protocol, served here by PGlite's socket server) and the
 * load script at a small scale. The bureau contract's scenarios run against
 * it in gateway-contract.test.ts.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { LedgerConflict } from '../../src/gateway/bureau'
import { ledgerOrder } from '../support/ledger-order'
import { SEED_RESIDENTS } from '../../src/gateway/mock/seed-residents'
import { optionsFromEnv } from '../../sandbox/config'
import { retrySerializable } from '../../sandbox/db/database'
import { DEFAULT_RATE_LIMITS } from '../../sandbox/rate-limit'
import { migrate, readMigrations } from '../../sandbox/db/migrate'
import { createSqlLedger, truncateLedger } from '../../sandbox/sql-ledger'
import { runBureauLoad } from '../../scripts/bureau-load'
import {
  closeSharedDatabase,
  sharedDatabase,
  startTestSandbox,
  type TestSandbox,
} from '../support/sandbox-bureau'
import { idOf } from '../support/seed'

jest.setTimeout(120_000)
beforeAll(() => sharedDatabase(), 120_000)
afterAll(closeSharedDatabase)

let sandbox: TestSandbox | undefined
const open = async (options: Parameters<typeof startTestSandbox>[0] = {}) =>
  (sandbox = await startTestSandbox(options))
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})

const directorySize = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce(
    (total, entry) =>
      total +
      (entry.isDirectory() ? directorySize(join(dir, entry.name)) : statSync(join(dir, entry.name)).size),
    0,
  )

type Answer = { ok: boolean; data?: Record<string, unknown>; error?: Record<string, unknown> }

/**
 * The two-phase verification over HTTP, as the H5 sandbox build does it: start (name and ID),
 * the simulated face check (POST /face/complete with the verifyId), confirm: the session token.
 */
async function verify(bureau: TestSandbox, name: string, idNumber = idOf(name)): Promise<string> {
  const started = await bureau.post('/startFaceVerification', { name, idNumber })
  const verifyId = (started.body as Answer).data?.verifyId
  if (typeof verifyId !== 'string') throw new Error(`start ${name}: ${JSON.stringify(started.body)}`)
  await bureau.post('/face/complete', { verifyId })
  const answer = await bureau.post('/verifyIdentity', { verifyId })
  const token = (answer.body as Answer).data?.token
  if (typeof token !== 'string') throw new Error(`verify ${name}: ${JSON.stringify(answer.body)}`)
  return token
}

const linBill = (token: string, idempotencyKey = 'idem-1') => ({
  token,
  recordId: 'R-LXH-1',
  benefitYear: 2026,
  category: 'working-age',
  amountFen: 40000,
  backYears: 0,
  idempotencyKey,
})

async function createOrder(bureau: TestSandbox, body: Record<string, unknown>): Promise<Answer> {
  return (await bureau.post('/createOrder', body)).body as Answer
}

const orderRow = ledgerOrder

describe('the database keeps the contract by itself', () => {
  beforeEach(async () => {
    const db = await sharedDatabase()
    await truncateLedger(db)
    await db.query(
      "INSERT INTO sessions (token, person, scope) VALUES ('tk_session', 'seed:0', 'resident'), ('tk_other', 'seed:0', 'resident')",
    )
  })

  test('a second open (NOTPAY) order for one record and year is refused, though the rules are bypassed', async () => {
    const db = await sharedDatabase()
    const ledger = createSqlLedger(db)
    await ledger.transaction((tx) => tx.putOrder(orderRow({})))
    const second = orderRow({
      orderId: 'OD20260000000000000002',
      idempotencyKey: 'key-2',
      sessionToken: 'tk_other',
    })
    await expect(ledger.transaction((tx) => tx.putOrder(second))).rejects.toEqual(
      new LedgerConflict('open-order'),
    )
    // Plain SQL too: the partial unique index, not the ledger code, refuses it.
    await expect(
      db.query(
        `INSERT INTO orders (order_id, idempotency_key, session_token, request, insured, payer, record_id, benefit_year, amount_fen, coverage_start, status)
         VALUES ('OD3', 'key-3', 'tk_other', '[]', 'seed:0', 'seed:0', 'R-LXH-1', 2026, 40000, '2026-01-01', 'NOTPAY')`,
      ),
    ).rejects.toMatchObject({ code: '23505', constraint: 'orders_one_open_per_record_year' })
    // Closed orders are not open: any number of them, and another year is another bill.
    await ledger.transaction((tx) => tx.putOrder({ ...second, status: 'CLOSED' }))
    await ledger.transaction((tx) =>
      tx.putOrder(orderRow({ orderId: 'OD4', idempotencyKey: 'key-4', benefitYear: 2027 })),
    )
    expect(await db.query("SELECT count(*)::int AS n FROM orders WHERE status = 'NOTPAY'")).toEqual([
      { n: 2 },
    ])
  })

  test('a reused idempotency key is refused, whichever session, though the rules are bypassed', async () => {
    const db = await sharedDatabase()
    const ledger = createSqlLedger(db)
    await ledger.transaction((tx) => tx.putOrder(orderRow({ status: 'CLOSED' })))
    const reused = orderRow({
      orderId: 'OD20260000000000000002',
      sessionToken: 'tk_other',
      recordId: 'R-CYZ-1',
    })
    await expect(ledger.transaction((tx) => tx.putOrder(reused))).rejects.toEqual(
      new LedgerConflict('idempotency-key'),
    )
    await expect(
      db.query(
        `INSERT INTO orders (order_id, idempotency_key, session_token, request, insured, payer, record_id, benefit_year, amount_fen, coverage_start, status)
         VALUES ('OD3', 'key-1', 'tk_session', '[]', 'seed:0', 'seed:0', 'R-OTHER', 2026, 40000, '2026-01-01', 'CLOSED')`,
      ),
    ).rejects.toMatchObject({ code: '23505', constraint: 'orders_one_per_idempotency_key' })
    // The refused unit of work left nothing behind.
    expect(await db.query('SELECT order_id FROM orders')).toEqual([{ order_id: 'OD20260000000000000001' }])
  })

  test('a second receipt for one person and year is refused; rows name people by reference, never by ID number', async () => {
    const db = await sharedDatabase()
    const ledger = createSqlLedger(db)
    const receipt = {
      receiptNo: 'FJ2026000000000001',
      verificationCode: 'ABC123',
      insured: 'seed:0',
      payer: 'seed:0',
      recordId: 'R-LXH-1',
      benefitYear: 2026,
      amountFen: 40000,
      coverageStart: '2026-01-01',
      paidAt: '2025-11-20 10:00',
      lagQueriesLeft: 0,
    }
    await ledger.transaction((tx) => tx.putReceipt(receipt))
    await expect(
      ledger.transaction((tx) =>
        tx.putReceipt({ ...receipt, receiptNo: 'FJ2026000000000002', recordId: 'R-LXH-2' }),
      ),
    ).rejects.toEqual(new LedgerConflict('paid-year'))
    await expect(
      ledger.transaction((tx) => tx.putSession({ token: 'tk_x', person: idOf('林晓华'), scope: 'resident' })),
    ).rejects.toMatchObject({
      code: '23514',
    })
    await expect(
      ledger.transaction((tx) =>
        tx.putOrder(orderRow({ orderId: 'OD9', idempotencyKey: 'k9', amountFen: -1 })),
      ),
    ).rejects.toMatchObject({
      code: '23514',
    })
  })

  test('the rows read back are the rows written (optional fields left out, dates as YYYY-MM-DD, fen as integers)', async () => {
    const ledger = createSqlLedger(await sharedDatabase())
    const share = { shareToken: 'sh_1', resident: 'seed:0', issuedOn: '2025-11-20', expiresOn: '2025-11-27' }
    const order = orderRow({ accountFen: 10000, viaShare: 'sh_1' })
    const book = {
      payer: 'seed:1',
      members: [
        {
          memberToken: 'mb_1',
          person: 'seed:0',
          relation: 'child' as const,
          binding: { status: 'rejected' as const, reason: '不符' },
        },
        {
          memberToken: 'mb_2',
          person: 'guest:abcdefghijklmnopqrstuvwx',
          relation: 'spouse' as const,
          binding: { status: 'pending' as const },
          photo: { ticket: 'hr_1', sizeBytes: 800_000, contentType: 'image/jpeg', receivedOn: '2025-11-20' },
        },
      ],
    }
    await ledger.transaction(async (tx) => {
      await tx.putShare(share)
      await tx.putOrder(order)
      await tx.putShare({ ...share, orderId: order.orderId })
      await tx.putFamilyBook(book)
      await tx.putFamilyBook({ payer: 'seed:2', members: [] })
    })
    await ledger.transaction(async (tx) => {
      expect(await tx.getOrder(order.orderId)).toEqual(order)
      expect(await tx.findOpenOrder('R-LXH-1', 2026)).toEqual(order)
      expect(await tx.findOrderByKey('key-1')).toEqual(order)
      expect(await tx.getShare('sh_1')).toEqual({ ...share, orderId: order.orderId })
      expect(await tx.getFamilyBook('seed:1')).toEqual(book)
      expect(await tx.getFamilyBook('seed:2')).toEqual({ payer: 'seed:2', members: [] })
      expect(await tx.getFamilyBook('seed:3')).toBeUndefined()
      expect(await tx.getSession('tk_session')).toEqual({
        token: 'tk_session',
        person: 'seed:0',
        scope: 'resident',
      })
    })
  })

  test('serialization failures are run again; other errors are not', async () => {
    const refusal = Object.assign(new Error('could not serialize access'), { code: '40001' })
    let calls = 0
    const noWait = () => Promise.resolve()
    await expect(
      retrySerializable(async () => (++calls < 3 ? Promise.reject(refusal) : 'done'), 10, noWait),
    ).resolves.toBe('done')
    expect(calls).toBe(3)
    calls = 0
    await expect(retrySerializable(() => (++calls, Promise.reject(refusal)), 4, noWait)).rejects.toBe(refusal)
    expect(calls).toBe(4)
    calls = 0
    const unique = Object.assign(new Error('duplicate key'), { code: '23505' })
    await expect(retrySerializable(() => (++calls, Promise.reject(unique)), 4, noWait)).rejects.toBe(unique)
    expect(calls).toBe(1)
  })
})

describe('migrations', () => {
  test('are numbered files applied once, in order, recorded with their checksums; an edited one stops the start', async () => {
    const db = await sharedDatabase()
    const migrations = readMigrations()
    expect(migrations.map((migration) => migration.name)).toEqual([
      '001_ledger',
      '002_contract_constraints',
      '003_binding_photo',
      '004_face_verifications',
      '005_bill_lines',
      '006_resident_refs',
      '007_refunds',
    ])
    expect(await db.query('SELECT version, name, checksum FROM schema_migrations ORDER BY version')).toEqual(
      migrations.map(({ version, name, checksum }) => ({ version, name, checksum })),
    )
    expect(await migrate(db, migrations)).toEqual({
      applied: [1, 2, 3, 4, 5, 6, 7],
      pending: [],
      latest: '007_refunds',
    })
    const edited = migrations.map((migration) =>
      migration.version === 1 ? { ...migration, checksum: 'changed' } : migration,
    )
    await expect(migrate(db, edited)).rejects.toThrow('001_ledger was changed after it was applied')
  })

  test('a skipped or repeated number stops the start: migrations apply in one order everywhere', () => {
    const dir = mkdtempSync(join(tmpdir(), 'migrations-'))
    try {
      writeFileSync(join(dir, '001_first.sql'), 'SELECT 1;')
      writeFileSync(join(dir, '003_third.sql'), 'SELECT 3;')
      expect(() => readMigrations(dir)).toThrow('003_third: expected number 2')
      writeFileSync(join(dir, '002_second.sql'), 'SELECT 2;')
      expect(readMigrations(dir).map((migration) => migration.version)).toEqual([1, 2, 3])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('HTTP', () => {
  test('GET /health: the database is reachable and every migration applied; 503 when it is not', async () => {
    const shared = await sharedDatabase()
    await truncateLedger(shared)
    let broken = false
    const database = {
      ...shared,
      query: <Row>(text: string, params?: readonly unknown[]) =>
        broken
          ? Promise.reject(Object.assign(new Error('connection refused'), { code: '08006' }))
          : shared.query<Row>(text, params),
    }
    const bureau = await open({ database: { kind: 'database', database, borrowed: true } })
    const health = await fetch(`${bureau.url}/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({
      status: 'ok',
      database: 'reachable',
      engine: 'pglite',
      migrations: { applied: 7, pending: 0, latest: '007_refunds' },
    })
    broken = true
    const down = await fetch(`${bureau.url}/health`)
    expect(down.status).toBe(503)
    expect(await down.json()).toEqual({ status: 'unavailable', database: 'unreachable', engine: 'pglite' })
    expect(bureau.logLines.some((line) => JSON.parse(line).msg === 'health check failed')).toBe(true)
  })

  test('security headers on every answer, errors included', async () => {
    const bureau = await open()
    const answers = [
      await bureau.post('/getEnrolment', { token: 'tk_nobody' }),
      await bureau.post('/nothing', {}),
      await bureau.post('/queryOrder', 'x'.repeat(20_000)),
    ]
    expect(answers.map((answer) => answer.status)).toEqual([200, 404, 413])
    for (const { headers } of answers) {
      expect(headers.get('content-type')).toMatch(/^application\/json/)
      expect(headers.get('x-content-type-options')).toBe('nosniff')
      expect(headers.get('x-frame-options')).toBe('DENY')
      expect(headers.get('referrer-policy')).toBe('no-referrer')
      expect(headers.get('content-security-policy')).toBe(
        "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
      )
      expect(headers.get('cache-control')).toBe('no-store')
      expect(headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
      expect(headers.get('x-powered-by')).toBeNull()
    }
  })

  test('POST /<operation> only, JSON only: 404, 405, 415, 400', async () => {
    const bureau = await open()
    expect((await fetch(`${bureau.url}/createOrder`)).status).toBe(405)
    expect((await bureau.post('/dropTables', {})).status).toBe(404)
    expect(
      (await bureau.post('/getEnrolment', '{"token":"x"}', { 'content-type': 'text/plain' })).status,
    ).toBe(415)
    expect((await bureau.post('/getEnrolment', '{"token":')).status).toBe(400)
    expect((await bureau.post('/getEnrolment', '[1]')).status).toBe(400)
    // An operation the contract has is answered in the envelope, refusals included.
    expect(await bureau.post('/getEnrolment', { token: 'tk_nobody' })).toMatchObject({
      status: 200,
      body: { ok: false, error: { code: 'SESSION_EXPIRED', message: '认证已过期' } },
    })
  })

  test('CORS: the H5 origin only; any other origin is refused before anything runs', async () => {
    const bureau = await open({ corsOrigins: ['http://127.0.0.1:10086'] })
    const h5 = await bureau.post(
      '/getEnrolment',
      { token: 'tk_nobody' },
      { origin: 'http://127.0.0.1:10086' },
    )
    expect(h5.status).toBe(200)
    expect(h5.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:10086')
    expect(h5.headers.get('access-control-expose-headers')).toBe('Retry-After,X-Request-Id')

    const preflight = await fetch(`${bureau.url}/createOrder`, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://127.0.0.1:10086',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST')

    const before = bureau.logLines.length
    const foreign = await bureau.post(
      '/startFaceVerification',
      { name: '林晓华', idNumber: idOf('林晓华') },
      { origin: 'http://evil.example' },
    )
    expect(foreign.status).toBe(403)
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull()
    const foreignPreflight = await fetch(`${bureau.url}/createOrder`, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:8080', 'access-control-request-method': 'POST' },
    })
    expect(foreignPreflight.status).toBe(403)
    expect(foreignPreflight.headers.get('access-control-allow-origin')).toBeNull()
    // Refused before the bureau: no session was opened.
    expect(await bureau.database.query('SELECT count(*)::int AS n FROM sessions')).toEqual([{ n: 0 }])
    expect(bureau.logLines.slice(before).map((line) => JSON.parse(line).refused)).toEqual([
      'origin',
      'origin',
    ])
  })

  test('a body over 16 KB is refused 413 unread; one under it is read', async () => {
    const bureau = await open()
    const padding = (bytes: number) => ({ token: 'tk_nobody', padding: 'x'.repeat(bytes) })
    expect((await bureau.post('/getEnrolment', padding(16 * 1024))).status).toBe(413)
    expect((await bureau.post('/getEnrolment', padding(15 * 1024))).status).toBe(200)
  })

  test('rate limits: per session token, per address without one; 429 with Retry-After, and other sessions go on', async () => {
    // Slow refills (one request in 10 s), so that a busy machine's pauses refill nothing.
    const bureau = await open({
      rateLimits: {
        perSession: { burst: 3, perSecond: 0.1 },
        // Each verification is three token-less requests: start, the simulated face check, confirm.
        perAddress: { burst: 6, perSecond: 0.1 },
        addressCeiling: { burst: 1000, perSecond: 100 },
      },
    })
    const lin = await verify(bureau, '林晓华')
    const chen = await verify(bureau, '陈玉珍')
    const statuses = []
    for (let n = 0; n < 4; n += 1) statuses.push((await bureau.post('/getEnrolment', { token: lin })).status)
    expect(statuses).toEqual([200, 200, 200, 429])
    const limited = await bureau.post('/getEnrolment', { token: lin })
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(8)
    expect(Number(limited.headers.get('retry-after'))).toBeLessThanOrEqual(10)
    expect(limited.body).toEqual({
      ok: false,
      error: { code: 'SYSTEM_BUSY', message: '请求过于频繁，请稍后再试' },
    })
    expect((await bureau.post('/getEnrolment', { token: chen })).status).toBe(200)
    // Two verifications used this address's six token-less requests.
    const third = await bureau.post('/startFaceVerification', { name: '刘建平', idNumber: idOf('刘建平') })
    expect(third.status).toBe(429)
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect(Number(third.headers.get('retry-after'))).toBeLessThanOrEqual(10)
    expect(bureau.logLines.map((line) => JSON.parse(line).refused).filter(Boolean)).toEqual([
      'rate-session',
      'rate-session',
      'rate-address',
    ])
  })

  test('the default limits let a whole payment through', async () => {
    const bureau = await open()
    const token = await verify(bureau, '林晓华')
    for (let n = 0; n < 25; n += 1) expect((await bureau.post('/getEnrolment', { token })).status).toBe(200)
  })

  test('the simulated cashier: sandbox-marked pay parameters; open shows the amount, cancel changes nothing, fail is PAYERROR, pay settles', async () => {
    const bureau = await open()
    const token = await verify(bureau, '林晓华')
    const order = await createOrder(bureau, linBill(token))
    const payParams = order.data?.payParams as Record<string, string>
    expect(payParams).toEqual({
      timeStamp: expect.any(String),
      nonceStr: expect.any(String),
      package: `prepay_id=${order.data?.orderId}`,
      signType: 'RSA',
      paySign: expect.stringMatching(/^SANDBOX-[A-Za-z0-9_-]{32}$/),
    })
    const cashier = (action: string, prepayPackage = payParams.package) =>
      bureau.post(`/cashier/${action}`, { package: prepayPackage })
    expect((await cashier('open')).body).toEqual({
      ok: true,
      data: { orderId: order.data?.orderId, amountFen: 40000, status: 'NOTPAY' },
    })
    expect((await cashier('cancel')).body).toMatchObject({ ok: true, data: { outcome: 'cancelled' } })
    expect((await cashier('open')).body).toMatchObject({ data: { status: 'NOTPAY' } })
    expect((await cashier('pay', 'prepay_id=OD2026000000000000000')).body).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    })
    expect((await cashier('pay', 'anything')).body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await cashier('pay')).body).toMatchObject({ ok: true, data: { outcome: 'paid' } })
    expect((await cashier('pay')).body).toMatchObject({ ok: true, data: { outcome: 'not-open' } })
    const query = await bureau.post('/queryOrder', { token, orderId: order.data?.orderId })
    expect(query.body).toMatchObject({
      ok: true,
      data: { status: 'SUCCESS', amountFen: 40000, receiptNo: expect.stringMatching(/^FJ2026\d{12}$/) },
    })
    expect(await bureau.paidOrders()).toHaveLength(1)

    const chen = await verify(bureau, '陈玉珍')
    const chenOrder = await createOrder(bureau, {
      ...linBill(chen, 'idem-chen'),
      recordId: 'R-CYZ-1',
      category: 'elderly',
    })
    const chenPackage = (chenOrder.data?.payParams as { package: string }).package
    expect((await cashier('fail', chenPackage)).body).toMatchObject({ ok: true, data: { outcome: 'failed' } })
    expect(
      (await bureau.post('/queryOrder', { token: chen, orderId: chenOrder.data?.orderId })).body,
    ).toMatchObject({ data: { status: 'PAYERROR' } })
  })

  test("POST /bindingPhoto: a child's 户口簿 photo (size and type only) gives a single-use ticket for the binding", async () => {
    const bureau = await open()
    const payer = await verify(bureau, '林国栋')
    const added = (
      await bureau.post('/addFamilyMember', {
        token: payer,
        name: '王小明',
        idNumber: idOf('王小明'),
        relation: 'maternal-grandchild',
      })
    ).body as Answer
    const memberToken = added.data?.memberToken
    expect(added.data?.bindingEvidence).toBe('household-register')
    const photo = (size: number, contentType = 'image/jpeg') =>
      bureau.post('/bindingPhoto', { token: payer, memberToken, sizeBytes: size, contentType })
    expect((await photo(800_000, 'application/pdf')).body).toMatchObject({
      ok: false,
      error: { code: 'NOT_PAYABLE' },
    })
    const ticket = ((await photo(800_000)).body as Answer).data?.ticket
    expect(ticket).toMatch(/^hr_/)
    const bind = () =>
      bureau.post('/bindFamilyMember', { token: payer, memberToken, evidence: 'household-register', ticket })
    expect((await bind()).body).toEqual({ ok: true, data: { binding: { status: 'pending' } } })
    expect((await bind()).body).toMatchObject({ ok: false, error: { code: 'NOT_PAYABLE' } })
    expect(
      await bureau.database.query(
        'SELECT count(*)::int AS n FROM family_members WHERE photo_ticket IS NOT NULL',
      ),
    ).toEqual([{ n: 0 }])
  })

  test("a fault plan given as text at start (BUREAU_FAULTS, the mock's mockFault format) is played once per fault, in order", async () => {
    const { faults } = optionsFromEnv({
      BUREAU_FAULTS: 'createOrder:SYSTEM_BUSY,getEnrolment:http503*2,queryOrder:notpay,nonsense:timeout',
    })
    const bureau = await open({ faults })
    const token = await verify(bureau, '林晓华')
    const statuses = []
    for (let n = 0; n < 3; n += 1) statuses.push((await bureau.post('/getEnrolment', { token })).status)
    expect(statuses).toEqual([503, 503, 200])
    expect(await createOrder(bureau, linBill(token))).toEqual({
      ok: false,
      error: { code: 'SYSTEM_BUSY', message: '模拟故障' },
    })
    const order = await createOrder(bureau, linBill(token))
    await bureau.settlePayment((order.data?.payParams as { package: string }).package)
    const query = async () =>
      ((await bureau.post('/queryOrder', { token, orderId: order.data?.orderId })).body as Answer).data
        ?.status
    expect([await query(), await query()]).toEqual(['NOTPAY', 'SUCCESS'])
    const faultsLogged = bureau.logLines.map((line) => JSON.parse(line).fault).filter(Boolean)
    expect(faultsLogged).toEqual(['http503', 'http503', 'SYSTEM_BUSY', 'notpay'])
  })

  test('logs: one JSON line per request with its id, operation, status and duration; never a name, ID number, token or order number', async () => {
    const bureau = await open({
      rateLimits: { ...DEFAULT_RATE_LIMITS, perAddress: { burst: 200, perSecond: 10 } },
    })
    const secrets = new Set<string>()
    for (const person of SEED_RESIDENTS) {
      const started = (await bureau.post('/startFaceVerification', person)).body as Answer
      const verifyId = String(started.data?.verifyId)
      secrets.add(verifyId)
      await bureau.post('/face/complete', { verifyId })
      const answer = await bureau.post('/verifyIdentity', { verifyId })
      const token = (answer.body as Answer).data?.token
      if (typeof token === 'string') secrets.add(token)
    }
    const payer = await verify(bureau, '林国栋')
    secrets.add(payer)
    const family = (await bureau.post('/listFamilyMembers', { token: payer })).body as Answer
    const members = family.data?.members as Array<{ memberToken: string }>
    members.forEach((member) => secrets.add(member.memberToken))
    await bureau.post('/addFamilyMember', {
      token: payer,
      name: '王小明',
      idNumber: idOf('王小明'),
      relation: 'child',
    })
    await bureau.post('/addFamilyMember', {
      token: payer,
      name: '张三丰',
      idNumber: '350102199001011237',
      relation: 'sibling',
    })
    const lin = await verify(bureau, '林晓华')
    const order = await createOrder(bureau, linBill(lin, 'idem-secret-key'))
    const orderId = String(order.data?.orderId)
    await bureau.settlePayment(`prepay_id=${orderId}`)
    const paid = (await bureau.post('/queryOrder', { token: lin, orderId })).body as Answer
    await bureau.post('/getReceipt', { token: lin, receiptNo: paid.data?.receiptNo })
    const share = (await bureau.post('/createShareToken', { token: payer })).body as Answer
    await bureau.post('/redeemShareToken', { shareToken: share.data?.shareToken })
    await bureau.post(
      '/startFaceVerification',
      { name: '林晓华', idNumber: idOf('林晓华') },
      { origin: 'http://evil.example' },
    )
    // Whatever a client puts in headers or the path stays out of the log too.
    await bureau.post('/getEnrolment', { token: lin }, { 'x-request-id': idOf('林晓华') })
    await bureau.post(`/${idOf('陈玉珍')}`, {})
    ;[lin, orderId, 'idem-secret-key', String(paid.data?.receiptNo), String(share.data?.shareToken)].forEach(
      (secret) => secrets.add(secret),
    )

    const requestLines = bureau.logLines
      .map((line) => JSON.parse(line))
      .filter((entry) => entry.msg === 'request')
    expect(requestLines.length).toBeGreaterThanOrEqual(SEED_RESIDENTS.length + 12)
    for (const entry of requestLines) {
      expect(entry).toEqual(
        expect.objectContaining({
          level: 'info',
          requestId: expect.any(String),
          method: 'POST',
          status: expect.any(Number),
          durationMs: expect.any(Number),
        }),
      )
    }
    expect(requestLines.filter((entry) => entry.operation === 'verifyIdentity').length).toBe(
      SEED_RESIDENTS.length + 2,
    )
    const everything = bureau.logLines.join('\n')
    for (const person of SEED_RESIDENTS) {
      expect(everything).not.toContain(person.idNumber)
      expect(everything).not.toContain(person.idNumber.slice(0, 14))
      expect(everything).not.toContain(person.name)
    }
    for (const text of ['张三丰', '350102199001011237', ...secrets]) expect(everything).not.toContain(text)
  })
})

describe('lifecycle', () => {
  let dataDir: string | undefined
  afterEach(() => {
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
    dataDir = undefined
  })

  test('restart on the same data directory: nothing is lost; the order is paid and queried after it; shutdown lets a request in flight finish', async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sandbox-bureau-'))
    const first = await open({ database: { kind: 'pglite', dataDir }, latencyMs: 200 })
    const token = await verify(first, '林晓华')
    const order = await createOrder(first, linBill(token, 'idem-before-restart'))
    const orderId = order.data?.orderId
    expect(orderId).toMatch(/^OD2026\d{16}$/)

    // Shut down while a request is in flight: it is answered; nothing new is accepted; the database is closed.
    const inFlight = first.post('/getEnrolment', { token })
    while (first.inflight() === 0) await new Promise((resolve) => setTimeout(resolve, 2))
    await first.close()
    expect((await inFlight).status).toBe(200)
    await expect(fetch(`${first.url}/health`)).rejects.toThrow()
    expect((first.database as { pglite?: { closed: boolean } }).pglite?.closed).toBe(true)
    const stopped = first.logLines.map((line) => JSON.parse(line).msg)
    expect(stopped[stopped.length - 1]).toBe('stopped')

    const second = await open({ database: { kind: 'pglite', dataDir } })
    // The same session, the same order; the same key still finds it.
    expect((await second.post('/queryOrder', { token, orderId })).body).toEqual({
      ok: true,
      data: { orderId, status: 'NOTPAY', amountFen: 40000 },
    })
    expect((await createOrder(second, linBill(token, 'idem-before-restart'))).data?.orderId).toBe(orderId)
    await second.settlePayment(`prepay_id=${orderId}`)
    const paid = (await second.post('/queryOrder', { token, orderId })).body as Answer
    expect(paid.data).toMatchObject({ orderId, status: 'SUCCESS', amountFen: 40000 })
    const receipt = (await second.post('/getReceipt', { token, receiptNo: paid.data?.receiptNo }))
      .body as Answer
    expect(receipt.data).toMatchObject({
      status: 'issued',
      receipt: expect.objectContaining({ receiptNo: paid.data?.receiptNo, amountFen: 40000 }),
    })
    // Migrations ran once; the seeded payment was written once.
    expect(await second.database.query('SELECT count(*)::int AS n FROM schema_migrations')).toEqual([
      { n: readMigrations().length },
    ])
    expect(
      await second.database.query(
        "SELECT count(*)::int AS n FROM receipts WHERE receipt_no = 'FJ2026000001'",
      ),
    ).toEqual([{ n: 1 }])
    const [size] = await second.database.query<{ bytes: number }>(
      'SELECT pg_database_size(current_database())::int AS bytes',
    )
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
    console.log(
      `sandbox on a data directory: started in ${first.startMs} ms (initdb), again in ${second.startMs} ms; ` +
        `database ${mb(size?.bytes ?? 0)}, data directory ${mb(directorySize(dataDir))}`,
    )
  })

  test("DATABASE_URL: the same bureau over the pg client and PostgreSQL's wire protocol", async () => {
    const shared = await sharedDatabase()
    await truncateLedger(shared)
    const socket = new PGLiteSocketServer({ db: shared.pglite, host: '127.0.0.1', port: 0 })
    await socket.start()
    try {
      // PGlite is one backend: one connection, so that transactions do not interleave on it.
      const options = optionsFromEnv({
        DATABASE_URL: `postgres://postgres@${socket.getServerConn()}/postgres`,
        BUREAU_PG_POOL: '1',
      })
      const bureau = await open({ database: options.database })
      expect(await (await fetch(`${bureau.url}/health`)).json()).toMatchObject({
        status: 'ok',
        engine: 'postgres',
      })
      const token = await verify(bureau, '林晓华')
      const order = await createOrder(bureau, linBill(token))
      const other = await verify(bureau, '林晓华')
      expect(await createOrder(bureau, linBill(other, 'idem-other'))).toMatchObject({
        ok: false,
        error: { code: 'TRADE_LOCKED', orderId: order.data?.orderId },
      })
      await bureau.settlePayment(`prepay_id=${order.data?.orderId}`)
      expect((await bureau.post('/queryOrder', { token, orderId: order.data?.orderId })).body).toMatchObject({
        data: { status: 'SUCCESS' },
      })
      // The constraint's name comes through pg's error as it does through PGlite's.
      const ledger = createSqlLedger(bureau.database)
      const row = await ledger.transaction((tx) => tx.getOrder(String(order.data?.orderId)))
      await expect(
        ledger.transaction((tx) =>
          tx.putOrder({
            ...row!,
            orderId: 'OD-second',
            status: 'CLOSED',
            receiptNo: undefined,
            paidAt: undefined,
          }),
        ),
      ).rejects.toEqual(new LedgerConflict('idempotency-key'))
    } finally {
      await sandbox?.close()
      sandbox = undefined
      await socket.stop()
    }
  })
})

test('load, small: 40 concurrent createOrder for 10 records from two phones each, repeated keys → exactly one order per record', async () => {
  const unlimited = { burst: Number.POSITIVE_INFINITY, perSecond: Number.POSITIVE_INFINITY }
  const bureau = await open({
    loadResidents: 10,
    rateLimits: { perSession: unlimited, perAddress: unlimited, addressCeiling: unlimited },
  })
  const result = await runBureauLoad({ url: bureau.url, records: 10, perRecord: 4 })
  expect(result.unexpected).toEqual([])
  expect(result).toMatchObject({ requests: 40, records: 10, orders: 10 })
  const rows = await bureau.database.query<{ record_id: string; n: number }>(
    'SELECT record_id, count(*)::int AS n FROM orders GROUP BY record_id ORDER BY record_id',
  )
  expect(rows).toHaveLength(10)
  expect(rows.every((row) => row.n === 1)).toBe(true)
})
