/**
 * The same bureau scenarios against every implementation: the mock transport
 * the app embeds, the HTTP gateway talking to a local bureau simulator over
 * real HTTP, and the HTTP gateway talking to the sandbox bureau (sandbox/:
 * the same rules over PostgreSQL, here an in-memory PGlite, started
 * in-process). Re-sending is switched off here so that all show the bureau's
 * own behaviour; the HTTP gateway's retries have their own tests.
 */
import { createHttpGateway } from '../../src/gateway/http/http-gateway'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import type { PaidOrder } from '../../src/gateway/bureau'
import type { FaultPlan } from '../../src/gateway/mock/fault-plan'
import { createBureauClient, type BureauClient } from '../../src/services/bureau-client'
import { OPERATIONS, type Operation } from '../../src/services/ports'
import { startBureauSimulator } from '../support/bureau-simulator'
import { nodeRequester } from '../support/node-http-requester'
import { closeSharedDatabase, sharedDatabase, startTestSandbox } from '../support/sandbox-bureau'
import { seed } from '../support/seed'
import { createHash } from 'node:crypto'
import { linOrder, tokenOf, verifiedIdentityOf } from '../support/verified-order'

interface Bureau {
  client: BureauClient
  /** The cashier's side of the bureau, and the money that moved (the sandbox reads it from its database). */
  gateway: Pick<MockGateway, 'settlePayment' | 'failPayment' | 'completeFaceCheck'> & {
    paidOrders(): readonly PaidOrder[] | Promise<readonly PaidOrder[]>
  }
  /** Moves the bureau's date (every bureau reads it at each request). */
  setToday(date: string): void
  close(): Promise<void>
}

type Start = (faults: FaultPlan | undefined, today: () => string) => Promise<Omit<Bureau, 'setToday'>>

const timeouts = (ms: number) =>
  Object.fromEntries(OPERATIONS.map((operation) => [operation, ms])) as Record<Operation, number>
const QUICK_TIMEOUTS = timeouts(300)

const bureaus: Array<[string, Start]> = [
  [
    'mock gateway',
    async (faults, today) => {
      const gateway = createMockGateway({ latencyMs: 0, today, benefitYear: 2026, faults })
      return { client: createBureauClient(gateway), gateway, close: () => Promise.resolve() }
    },
  ],
  [
    'HTTP gateway + bureau simulator',
    async (faults, today) => {
      const simulator = await startBureauSimulator({ faults, today })
      const transport = createHttpGateway({
        baseUrl: simulator.url,
        request: nodeRequester,
        sleep: () => Promise.resolve(),
        retryDelaysMs: [],
        timeoutsMs: QUICK_TIMEOUTS,
      })
      return { client: createBureauClient(transport), gateway: simulator.gateway, close: simulator.close }
    },
  ],
  [
    'HTTP gateway + sandbox bureau (PGlite)',
    async (faults, today) => {
      // The cashier pays over HTTP (POST /cashier/pay), as the H5 sandbox build does.
      const sandbox = await startTestSandbox({ faults, today })
      const transport = createHttpGateway({
        baseUrl: sandbox.url,
        request: nodeRequester,
        sleep: () => Promise.resolve(),
        retryDelaysMs: [],
        // Each operation is a database transaction: on a busy machine one may take longer than 300 ms.
        timeoutsMs: timeouts(2_000),
      })
      return { client: createBureauClient(transport), gateway: sandbox, close: sandbox.close }
    },
  ],
]

// The sandbox's database starts once for the file (seconds, on a busy machine); each sandbox empties it.
beforeAll(() => sharedDatabase(), 120_000)
afterAll(closeSharedDatabase)

describe.each(bureaus)('bureau contract: %s', (_name, start) => {
  let bureau: Bureau | undefined
  const open = async (faults?: FaultPlan) => {
    let today = '2025-11-20'
    const started = await start(faults, () => today)
    bureau = { ...started, setToday: (date) => (today = date) }
    return bureau
  }
  afterEach(async () => {
    await bureau?.close()
    bureau = undefined
  })

  test('a resident pays: order, query SUCCESS only after the money moved, receipt, record', async () => {
    const { client, gateway } = await open()
    const token = await tokenOf(client, '林晓华', gateway)
    const enrolment = await client.getEnrolment(token)
    expect(enrolment.ok && enrolment.value.registered && enrolment.value.records[0]?.status).toBe('payable')
    const order = await client.createOrder(linOrder(token))
    if (!order.ok) throw new Error('no order')
    const before = await client.queryOrder(token, order.value.orderId)
    expect(before.ok && before.value.status).toBe('NOTPAY')
    await gateway.settlePayment(order.value.payParams!.package)
    const after = await client.queryOrder(token, order.value.orderId)
    if (!after.ok || !after.value.receiptNo) throw new Error('not paid')
    expect(after.value.status).toBe('SUCCESS')
    const receipt = await client.getReceipt(token, after.value.receiptNo)
    expect(receipt.ok && receipt.value.status).toBe('issued')
    const records = await client.listRecords(token)
    expect(records.ok && records.value.records.map((record) => record.receiptNo)).toEqual([
      after.value.receiptNo,
    ])
  })

  test('face verification in two phases: a session only for a passed check, each verifyId once', async () => {
    // The face service plays: not the same person, then cancelled, then passes.
    const { client, gateway } = await open({ face: ['failed', 'cancelled'] })
    const lin = seed('林晓华')
    const attempt = async () => {
      const started = await client.startFaceVerification({ name: lin.name, idNumber: lin.idNumber })
      if (!started.ok) throw new Error(`not started: ${JSON.stringify(started.error)}`)
      const face = await gateway.completeFaceCheck(started.value.verifyId)
      const confirmed = await client.verifyIdentity(started.value.verifyId)
      const again = await client.verifyIdentity(started.value.verifyId)
      return { face, confirmed, again, started: started.value }
    }
    const failed = await attempt()
    expect(failed.face).toEqual({ finished: true })
    expect(failed.confirmed).toEqual({ ok: false, error: expect.objectContaining({ code: 'FACE_FAILED' }) })
    const cancelled = await attempt()
    expect(cancelled.face).toEqual({ finished: false, reason: 'cancelled' })
    expect(cancelled.confirmed).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'FACE_INCOMPLETE' }),
    })
    const passed = await attempt()
    expect(passed.confirmed.ok && passed.confirmed.value.maskedIdNumber).toBe('350***********1234')
    for (const { again } of [failed, cancelled, passed])
      expect(again).toEqual({ ok: false, error: expect.objectContaining({ code: 'FACE_INVALID' }) })
    expect(passed.started.expiresInSeconds).toBeGreaterThan(0)
    expect(JSON.stringify([failed, cancelled, passed])).not.toContain(lin.idNumber)
  })

  test('the same person verifying again: a new session, the same resident reference; another person, another; not derived from the ID', async () => {
    const first = await open()
    const lin = await verifiedIdentityOf(first.client, '林晓华', first.gateway)
    const linAgain = await verifiedIdentityOf(first.client, '林晓华', first.gateway)
    const chen = await verifiedIdentityOf(first.client, '陈玉珍', first.gateway)
    expect(linAgain.token).not.toBe(lin.token)
    expect(linAgain.residentRef).toBe(lin.residentRef)
    expect(chen.residentRef).not.toBe(lin.residentRef)
    await first.close()
    // Another bureau, the same ID number: another reference, so it is no function of the ID number.
    const second = await open()
    const linElsewhere = await verifiedIdentityOf(second.client, '林晓华', second.gateway)
    expect(linElsewhere.residentRef).not.toBe(lin.residentRef)
    const idNumber = seed('林晓华').idNumber
    for (const ref of [lin.residentRef, linElsewhere.residentRef]) {
      expect(ref).toMatch(/^rr_[A-Za-z0-9_-]{24}$/)
      for (const digest of ['hex', 'base64url'] as const)
        expect(ref).not.toContain(createHash('sha256').update(idNumber).digest(digest).slice(0, 8))
    }
  })

  test('a name that does not match the ID starts no face verification', async () => {
    const { client } = await open()
    const started = await client.startFaceVerification({ name: '林小华', idNumber: seed('林晓华').idNumber })
    expect(started).toEqual({ ok: false, error: expect.objectContaining({ code: 'IDENTITY_MISMATCH' }) })
  })

  test('the same idempotency key twice is one order', async () => {
    const { client, gateway } = await open()
    const token = await tokenOf(client, '林晓华', gateway)
    const first = await client.createOrder(linOrder(token))
    const second = await client.createOrder(linOrder(token))
    expect(first.ok && second.ok && first.value.orderId === second.value.orderId).toBe(true)
  })

  test('a lost answer after the order was made: asking again with the same key finds that order', async () => {
    const { client, gateway } = await open({ createOrder: [{ kind: 'lost' }] })
    const token = await tokenOf(client, '林晓华', gateway)
    expect(await client.createOrder(linOrder(token))).toEqual({ ok: false, error: { kind: 'timeout' } })
    const again = await client.createOrder(linOrder(token))
    if (!again.ok) throw new Error('no order')
    await gateway.settlePayment(again.value.payParams!.package)
    expect(await gateway.paidOrders()).toEqual([
      expect.objectContaining({
        orderId: again.value.orderId,
        recordId: 'R-LXH-1',
        benefitYear: 2026,
        amountFen: 40000,
        sessionToken: token,
      }),
    ])
  })

  test.each([
    ['malformed', { kind: 'malformed' } as const, { kind: 'schema', operation: 'getEnrolment' }],
    ['timeout', { kind: 'timeout' } as const, { kind: 'timeout' }],
    ['http 503', { kind: 'http', status: 503 } as const, { kind: 'http', status: 503 }],
    [
      '系统繁忙',
      { kind: 'business', code: 'SYSTEM_BUSY' } as const,
      { kind: 'business', code: 'SYSTEM_BUSY', message: '模拟故障' },
    ],
  ])('fault %s becomes a typed error', async (_label, fault, expected) => {
    const { client, gateway } = await open({ getEnrolment: [fault] })
    const token = await tokenOf(client, '林晓华', gateway)
    const result = await client.getEnrolment(token)
    expect(result.ok ? 'ok' : result.error).toEqual(expect.objectContaining(expected))
  })

  test('maintenance says until when; already paid names the receipt', async () => {
    const { client, gateway } = await open({ queryOrder: [{ kind: 'business', code: 'MAINTENANCE' }] })
    const maintenance = await client.queryOrder('tk_any', 'OD-any')
    expect(maintenance.ok ? 'ok' : maintenance.error).toEqual(
      expect.objectContaining({ code: 'MAINTENANCE', until: '00:05' }),
    )
    const token = await tokenOf(client, '黄建国', gateway)
    const paid = await client.createOrder({ ...linOrder(token), recordId: 'R-HJG-1' })
    expect(paid.ok ? 'ok' : paid.error).toEqual(
      expect.objectContaining({ code: 'ALREADY_PAID', receiptNo: 'FJ2026000001' }),
    )
  })

  test('a lagging bureau reports NOTPAY for a paid order, then SUCCESS', async () => {
    const { client, gateway } = await open({ queryOrder: [{ kind: 'notpay' }, { kind: 'notpay' }] })
    const token = await tokenOf(client, '林晓华', gateway)
    const order = await client.createOrder(linOrder(token))
    if (!order.ok) throw new Error('no order')
    await gateway.settlePayment(order.value.payParams!.package)
    const answers = []
    for (let query = 0; query < 3; query += 1) {
      const answer = await client.queryOrder(token, order.value.orderId)
      answers.push(answer.ok ? answer.value.status : 'error')
    }
    expect(answers).toEqual(['NOTPAY', 'NOTPAY', 'SUCCESS'])
  })

  test('an unpaid order that expired answers CLOSED and cannot be paid any more', async () => {
    const { client, gateway } = await open({ queryOrder: [{ kind: 'closed' }] })
    const token = await tokenOf(client, '林晓华', gateway)
    const order = await client.createOrder(linOrder(token))
    if (!order.ok) throw new Error('no order')
    const answer = await client.queryOrder(token, order.value.orderId)
    expect(answer.ok && answer.value.status).toBe('CLOSED')
    await gateway.settlePayment(order.value.payParams!.package)
    expect(await gateway.paidOrders()).toEqual([])
  })

  // The bureau contract (docs/architecture.md, Gateway), one scenario per finding it answers.

  test('finding "two phones → two orders, both paid": one open order per bill, named to the second phone; paid once', async () => {
    const { client, gateway } = await open()
    const phoneA = await tokenOf(client, '林晓华', gateway)
    const phoneB = await tokenOf(client, '林晓华', gateway)
    const first = await client.createOrder(linOrder(phoneA, 'idem-phone-a'))
    if (!first.ok) throw new Error('no order')
    const { orderId } = first.value
    expect(await client.createOrder(linOrder(phoneB, 'idem-phone-b'))).toEqual({
      ok: false,
      error: expect.objectContaining({ kind: 'business', code: 'TRADE_LOCKED', orderId }),
    })
    // The second phone may follow the open order: it is the insured resident's.
    expect(await client.queryOrder(phoneB, orderId)).toEqual({
      ok: true,
      value: { orderId, status: 'NOTPAY', amountFen: 40000 },
    })

    await gateway.settlePayment(first.value.payParams!.package)
    await gateway.settlePayment(first.value.payParams!.package)
    const paid = await client.queryOrder(phoneB, orderId)
    const receiptNo = paid.ok ? paid.value.receiptNo : undefined
    expect(receiptNo).toEqual(expect.any(String))
    expect(await client.createOrder(linOrder(phoneB, 'idem-phone-b2'))).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'ALREADY_PAID', receiptNo }),
    })
    expect(await gateway.paidOrders()).toHaveLength(1)
  })

  test('finding "two phones → two orders, both paid": two regions of one person, both cashiers pay, the bureau takes one', async () => {
    const { client, gateway } = await open()
    const token = await tokenOf(client, '吴海燕', gateway)
    const bill = (recordId: string, key: string, amountFen: number) => ({
      ...linOrder(token, key),
      recordId,
      amountFen,
    })
    const gulou = await client.createOrder(bill('R-WHY-1', 'idem-gulou', 40000))
    // Xiamen's own 2026 standard (src/config/regions/350200.ts): 450 元.
    const siming = await client.createOrder(bill('R-WHY-2', 'idem-siming', 45000))
    if (!gulou.ok || !siming.ok) throw new Error('no orders')
    await gateway.settlePayment(gulou.value.payParams!.package)
    await gateway.settlePayment(siming.value.payParams!.package)
    expect(await gateway.paidOrders()).toEqual([expect.objectContaining({ orderId: gulou.value.orderId })])
    const closed = await client.queryOrder(token, siming.value.orderId)
    expect(closed.ok && closed.value.status).toBe('CLOSED')
  })

  test('the receipt itemises the bill: 孙立新 pays 2026 with 补缴 2 年, 800.00 元 beside the 400.00 standard', async () => {
    const { client, gateway } = await open()
    const token = await tokenOf(client, '孙立新', gateway)
    const order = await client.createOrder({
      ...linOrder(token, 'idem-back-years'),
      recordId: 'R-SLX-1',
      backYears: 2,
      amountFen: 120000,
    })
    if (!order.ok) throw new Error(`no order: ${JSON.stringify(order.error)}`)
    await gateway.settlePayment(order.value.payParams!.package)
    const paid = await client.queryOrder(token, order.value.orderId)
    if (!paid.ok || !paid.value.receiptNo) throw new Error('not paid')
    const receipt = await client.getReceipt(token, paid.value.receiptNo)
    if (!receipt.ok || receipt.value.status !== 'issued') throw new Error('no receipt')
    expect(receipt.value.receipt).toMatchObject({ amountFen: 120000, benefitYear: 2026 })
    expect(receipt.value.receipt.lines).toEqual([
      expect.objectContaining({ kind: 'standard', amountFen: 40000 }),
      { kind: 'back-years', label: '补缴 2 年（按2026年度标准）', amountFen: 80000 },
    ])
  })

  test('the session that made an open order may replace it with a changed bill (back-years); another session may not', async () => {
    const { client, gateway } = await open()
    const token = await tokenOf(client, '孙立新', gateway)
    const bill = (session: string, key: string, backYears: number, amountFen: number) => ({
      ...linOrder(session, key),
      recordId: 'R-SLX-1',
      backYears,
      amountFen,
    })
    const first = await client.createOrder(bill(token, 'idem-two-years', 2, 120000))
    if (!first.ok) throw new Error('no order')
    const other = await tokenOf(client, '孙立新', gateway)
    expect(await client.createOrder(bill(other, 'idem-other-phone', 1, 80000))).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'TRADE_LOCKED', orderId: first.value.orderId }),
    })
    const changed = await client.createOrder(bill(token, 'idem-one-year', 1, 80000))
    if (!changed.ok) throw new Error('no replacement')
    const replaced = await client.queryOrder(token, first.value.orderId)
    expect(replaced.ok && replaced.value.status).toBe('CLOSED')
    await gateway.settlePayment(first.value.payParams!.package)
    await gateway.settlePayment(changed.value.payParams!.package)
    expect(await gateway.paidOrders()).toEqual([
      expect.objectContaining({ orderId: changed.value.orderId, amountFen: 80000 }),
    ])
  })

  test('finding "the mock returns the order for a key whatever the token or body": a key is bound to its session and body', async () => {
    const { client, gateway } = await open()
    const token = await tokenOf(client, '林晓华', gateway)
    const first = await client.createOrder(linOrder(token, 'idem-bound'))
    if (!first.ok) throw new Error('no order')
    const conflict = expect.objectContaining({
      kind: 'business',
      code: 'IDEMPOTENCY_CONFLICT',
      message: expect.stringMatching(/[\u4e00-\u9fff]/),
    })
    // Another session of the same resident, and another resident with a bill of her own.
    const otherSession = await tokenOf(client, '林晓华', gateway)
    expect(await client.createOrder(linOrder(otherSession, 'idem-bound'))).toEqual({
      ok: false,
      error: conflict,
    })
    const chen = await tokenOf(client, '陈玉珍', gateway)
    const chenBill = { ...linOrder(chen, 'idem-bound'), recordId: 'R-CYZ-1', category: 'elderly' as const }
    expect(await client.createOrder(chenBill)).toEqual({ ok: false, error: conflict })
    // The same session with another body.
    expect(await client.createOrder({ ...linOrder(token, 'idem-bound'), amountFen: 38000 })).toEqual({
      ok: false,
      error: conflict,
    })
    expect(await client.createOrder({ ...linOrder(token, 'idem-bound'), backYears: 1 })).toEqual({
      ok: false,
      error: conflict,
    })
    // The same session and body: the same order.
    const again = await client.createOrder(linOrder(token, 'idem-bound'))
    expect(again.ok && again.value.orderId).toBe(first.value.orderId)
  })

  test('finding "queryOrder needs no token and order numbers are sequential": reads need the payer or the insured; numbers are random', async () => {
    const { client, gateway } = await open()
    const lin = await tokenOf(client, '林晓华', gateway)
    const order = await client.createOrder(linOrder(lin))
    if (!order.ok) throw new Error('no order')
    await gateway.settlePayment(order.value.payParams!.package)
    const paid = await client.queryOrder(lin, order.value.orderId)
    const receiptNo = paid.ok ? paid.value.receiptNo : undefined
    if (!receiptNo) throw new Error('not paid')

    const stranger = await tokenOf(client, '陈玉珍', gateway)
    const notFound = expect.objectContaining({ kind: 'business', code: 'NOT_FOUND' })
    expect(await client.queryOrder(stranger, order.value.orderId)).toEqual({ ok: false, error: notFound })
    expect(await client.queryOrder(stranger, 'OD2026000000000000001')).toEqual({ ok: false, error: notFound })
    expect(await client.getReceipt(stranger, receiptNo)).toEqual({ ok: false, error: notFound })
    const theirs = await client.listRecords(stranger)
    expect(theirs.ok && theirs.value.records).toEqual([])
    const expired = expect.objectContaining({ code: 'SESSION_EXPIRED' })
    expect(await client.queryOrder('', order.value.orderId)).toEqual({ ok: false, error: expired })
    expect(await client.getReceipt('', receiptNo)).toEqual({ ok: false, error: expired })
    expect(await client.listRecords('')).toEqual({ ok: false, error: expired })

    // A payer and the relative they paid for may both read the order.
    const payer = await tokenOf(client, '林国栋', gateway)
    const members = await client.listFamilyMembers(payer)
    const wife = members.ok ? members.value.members[0] : undefined
    const forWife = await client.createOrder({
      ...linOrder(payer, 'idem-wife'),
      recordId: 'R-CYZ-1',
      category: 'elderly',
      memberToken: wife?.memberToken,
    })
    if (!forWife.ok) throw new Error(`no order for the wife: ${JSON.stringify(forWife.error)}`)
    expect((await client.queryOrder(payer, forWife.value.orderId)).ok).toBe(true)
    expect((await client.queryOrder(stranger, forWife.value.orderId)).ok).toBe(true)
    expect(await client.queryOrder(lin, forWife.value.orderId)).toEqual({ ok: false, error: notFound })

    // Numbers carry a readable prefix, then random digits: neighbours are not guessable from each other.
    expect(order.value.orderId).toMatch(/^OD2026\d{16}$/)
    expect(receiptNo).toMatch(/^FJ2026\d{12}$/)
    expect(forWife.value.orderId.slice(0, -3)).not.toBe(order.value.orderId.slice(0, -3))
    expect(lin).not.toBe(stranger)
  })

  test('PAYERROR: the cashier fails, the query says PAYERROR once, then CLOSED, and a new order may be made', async () => {
    const { client, gateway } = await open()
    const token = await tokenOf(client, '林晓华', gateway)
    const failed = await client.createOrder(linOrder(token, 'idem-fails'))
    if (!failed.ok) throw new Error('no order')
    await gateway.failPayment(failed.value.payParams!.package)
    const statuses = []
    for (let query = 0; query < 2; query += 1) {
      const answer = await client.queryOrder(token, failed.value.orderId)
      statuses.push(answer.ok ? answer.value.status : 'error')
    }
    expect(statuses).toEqual(['PAYERROR', 'CLOSED'])
    await gateway.settlePayment(failed.value.payParams!.package)
    expect(await gateway.paidOrders()).toEqual([])
    const fresh = await client.createOrder(linOrder(token, 'idem-after-failure'))
    if (!fresh.ok) throw new Error('no new order')
    expect(fresh.value.orderId).not.toBe(failed.value.orderId)
  })

  test('finding "a redeemed link is the resident\'s whole session (listed relatives, read the balance, minted a new link, paid a relative\'s bill from the personal account)": a share session is scoped', async () => {
    const { client, gateway } = await open()
    const resident = await tokenOf(client, '林国栋', gateway)
    const members = await client.listFamilyMembers(resident)
    const wife = members.ok ? members.value.members[0] : undefined
    if (!wife) throw new Error('no relatives')
    const share = await client.createShareToken(resident)
    if (!share.ok) throw new Error('no share')
    const redeemed = await client.redeemShareToken(share.value.shareToken)
    if (!redeemed.ok) throw new Error('not redeemed')
    const relative = redeemed.value.token
    const denied = {
      ok: false,
      error: expect.objectContaining({
        kind: 'business',
        code: 'SCOPE_DENIED',
        message: '此链接仅可为该居民缴费',
      }),
    }

    expect(await client.listFamilyMembers(relative)).toEqual(denied)
    expect(
      await client.addFamilyMember({
        token: relative,
        name: '林晓华',
        idNumber: '350102199003071234',
        relation: 'child',
      }),
    ).toEqual(denied)
    expect(await client.removeFamilyMember(relative, wife.memberToken)).toEqual(denied)
    expect(
      await client.bindFamilyMember({
        token: relative,
        memberToken: wife.memberToken,
        evidence: 'face',
        ticket: 't',
      }),
    ).toEqual(denied)
    expect(await client.getPersonalAccount(relative)).toEqual(denied)
    expect(await client.createShareToken(relative)).toEqual(denied)
    expect(await client.listShareTokens(relative)).toEqual(denied)
    expect(await client.revokeShareToken(relative, share.value.shareToken)).toEqual(denied)
    expect(await client.listRecords(relative)).toEqual(denied)
    expect(await client.getEnrolment(relative, wife.memberToken)).toEqual(denied)
    const wifeBill = {
      ...linOrder(relative, 'idem-share-wife'),
      recordId: 'R-CYZ-1',
      category: 'elderly' as const,
    }
    expect(
      await client.createOrder({ ...wifeBill, memberToken: wife.memberToken, accountFen: 40000 }),
    ).toEqual(denied)
    expect(await client.createOrder({ ...wifeBill, memberToken: wife.memberToken })).toEqual(denied)
    // The resident's own session still may.
    const account = await client.getPersonalAccount(resident)
    expect(account.ok && account.value.hasAccount && account.value.balanceFen).toBe(60000)
  })

  test("a share session pays its resident's bill once, and reads that order and receipt only", async () => {
    const { client, gateway } = await open()
    const liu = await tokenOf(client, '刘建平', gateway)
    const share = await client.createShareToken(liu)
    if (!share.ok) throw new Error('no share')
    const redeemed = await client.redeemShareToken(share.value.shareToken)
    if (!redeemed.ok) throw new Error('not redeemed')
    const relative = redeemed.value.token
    const enrolment = await client.getEnrolment(relative)
    expect(enrolment.ok && enrolment.value.registered && enrolment.value.records[0]?.status).toBe('payable')

    const bill = (key: string) => ({
      ...linOrder(relative, key),
      recordId: 'R-LJP-1',
      category: 'elderly' as const,
    })
    const order = await client.createOrder(bill('idem-relative'))
    if (!order.ok) throw new Error(`no order: ${JSON.stringify(order.error)}`)
    expect(await client.createOrder(bill('idem-relative-2'))).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'TRADE_LOCKED', orderId: order.value.orderId }),
    })
    await gateway.settlePayment(order.value.payParams!.package)
    const paid = await client.queryOrder(relative, order.value.orderId)
    const receiptNo = paid.ok ? paid.value.receiptNo : undefined
    if (!receiptNo) throw new Error('not paid')
    const receipt = await client.getReceipt(relative, receiptNo)
    expect(receipt.ok && receipt.value.status === 'issued' && receipt.value.receipt.maskedPayerName).toBe(
      '家人代缴',
    )
    // The resident reads it too; the relative reads nothing of anyone else.
    expect((await client.getReceipt(liu, receiptNo)).ok).toBe(true)
    const lin = await tokenOf(client, '林晓华', gateway)
    const other = await client.createOrder(linOrder(lin, 'idem-lin'))
    if (!other.ok) throw new Error('no order')
    expect(await client.queryOrder(relative, other.value.orderId)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_FOUND' }),
    })
    expect(await client.createOrder(bill('idem-relative-3'))).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'ALREADY_PAID', receiptNo }),
    })
  })

  test('finding "the same link redeems again and again, stays valid 7 days after payment, cannot be revoked": a share ends on payment, revocation or its last day', async () => {
    const { client, gateway, setToday } = await open()
    const liu = await tokenOf(client, '刘建平', gateway)
    const [kept, revoked] = await Promise.all([client.createShareToken(liu), client.createShareToken(liu)])
    if (!kept.ok || !revoked.ok) throw new Error('no shares')
    const listed = await client.listShareTokens(liu)
    expect(listed.ok && listed.value.shares.map((share) => share.shareToken).sort()).toEqual(
      [kept.value.shareToken, revoked.value.shareToken].sort(),
    )

    // Only the resident revokes, and a revoked link opens nothing.
    const lin = await tokenOf(client, '林晓华', gateway)
    expect(await client.revokeShareToken(lin, revoked.value.shareToken)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'NOT_FOUND' }),
    })
    expect(await client.revokeShareToken(liu, revoked.value.shareToken)).toEqual({
      ok: true,
      value: { revoked: true },
    })
    expect(await client.redeemShareToken(revoked.value.shareToken)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'SHARE_REVOKED' }),
    })
    const left = await client.listShareTokens(liu)
    expect(left.ok && left.value.shares).toEqual([
      { shareToken: kept.value.shareToken, expiresOn: '2025-11-27' },
    ])

    // Redeemed twice before payment; one relative pays; then the link is spent.
    const [first, second] = await Promise.all([
      client.redeemShareToken(kept.value.shareToken),
      client.redeemShareToken(kept.value.shareToken),
    ])
    if (!first.ok || !second.ok) throw new Error('not redeemed')
    const order = await client.createOrder({
      ...linOrder(first.value.token, 'idem-kept'),
      recordId: 'R-LJP-1',
      category: 'elderly',
    })
    if (!order.ok) throw new Error('no order')
    await gateway.settlePayment(order.value.payParams!.package)
    const paid = await client.queryOrder(first.value.token, order.value.orderId)
    const receiptNo = paid.ok ? paid.value.receiptNo : undefined
    expect(await client.redeemShareToken(kept.value.shareToken)).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'ALREADY_PAID',
        message: expect.stringContaining('已缴费'),
        receiptNo,
      }),
    })
    const none = await client.listShareTokens(liu)
    expect(none.ok && none.value.shares).toEqual([])
    expect(
      await client.createOrder({
        ...linOrder(second.value.token, 'idem-second'),
        recordId: 'R-LJP-1',
        category: 'elderly',
      }),
    ).toEqual({ ok: false, error: expect.objectContaining({ code: 'ALREADY_PAID', receiptNo }) })

    // An unknown token; and after the last day, a link and the sessions it opened.
    expect(await client.redeemShareToken('sh_notatokenatall12345')).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'SHARE_INVALID' }),
    })
    const linShare = await client.createShareToken(lin)
    if (!linShare.ok) throw new Error('no share')
    const linRelative = await client.redeemShareToken(linShare.value.shareToken)
    if (!linRelative.ok) throw new Error('not redeemed')
    setToday('2025-11-28')
    const expired = { ok: false, error: expect.objectContaining({ code: 'SHARE_EXPIRED' }) }
    expect(await client.redeemShareToken(linShare.value.shareToken)).toEqual(expired)
    expect(await client.getEnrolment(linRelative.value.token)).toEqual(expired)
  })

  test('revoking a share closes the order its relative left open, and the relative may still read it', async () => {
    const { client, gateway } = await open()
    const lin = await tokenOf(client, '林晓华', gateway)
    const share = await client.createShareToken(lin)
    if (!share.ok) throw new Error('no share')
    const redeemed = await client.redeemShareToken(share.value.shareToken)
    if (!redeemed.ok) throw new Error('not redeemed')
    const relative = redeemed.value.token
    const order = await client.createOrder(linOrder(relative, 'idem-relative'))
    if (!order.ok) throw new Error('no order')
    await client.revokeShareToken(lin, share.value.shareToken)
    expect(await client.getEnrolment(relative)).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'SHARE_REVOKED' }),
    })
    const closed = await client.queryOrder(relative, order.value.orderId)
    expect(closed.ok && closed.value.status).toBe('CLOSED')
    await gateway.settlePayment(order.value.payParams!.package)
    expect(await gateway.paidOrders()).toEqual([])
    // The resident may order the bill again.
    expect((await client.createOrder(linOrder(lin, 'idem-own'))).ok).toBe(true)
  })

  test('退费申请: the payer or the insured asks once per payment, the key finds it again, anyone else is told NOT_FOUND', async () => {
    const { client, gateway } = await open()
    const payer = await tokenOf(client, '林国栋', gateway)
    const members = await client.listFamilyMembers(payer)
    const wife = members.ok ? members.value.members.find((member) => member.relation === 'spouse') : undefined
    const order = await client.createOrder({
      ...linOrder(payer, 'idem-wife'),
      recordId: 'R-CYZ-1',
      category: 'elderly',
      memberToken: wife?.memberToken,
    })
    if (!order.ok) throw new Error(`no order: ${JSON.stringify(order.error)}`)
    await gateway.settlePayment(order.value.payParams!.package)
    const paid = await client.queryOrder(payer, order.value.orderId)
    const receiptNo = paid.ok ? paid.value.receiptNo : undefined
    if (!receiptNo) throw new Error('not paid')
    const insured = await tokenOf(client, '陈玉珍', gateway)
    const stranger = await tokenOf(client, '林晓华', gateway)

    type Ask = Partial<Parameters<BureauClient['requestRefund']>[0]>
    const ask = (token: string, overrides: Ask = {}) =>
      client.requestRefund({ token, receiptNo, reason: 'paid-twice', idempotencyKey: 'rk-1', ...overrides })
    const code = async (answer: ReturnType<typeof ask>) => {
      const result = await answer
      return result.ok ? 'ok' : result.error.kind === 'business' ? result.error.code : result.error.kind
    }
    expect(await code(ask(''))).toBe('SESSION_EXPIRED')
    expect(await code(ask(stranger, { idempotencyKey: 'rk-stranger' }))).toBe('NOT_FOUND')
    expect(await code(ask(payer, { receiptNo: 'FJ2026000000000000', idempotencyKey: 'rk-none' }))).toBe(
      'NOT_FOUND',
    )
    expect(await code(ask(payer, { reason: 'other', idempotencyKey: 'rk-other' }))).toBe(
      'REFUND_REASON_INVALID',
    )

    const first = await ask(payer)
    expect(first).toEqual({
      ok: true,
      value: expect.objectContaining({
        receiptNo,
        amountFen: 40000,
        reason: 'paid-twice',
        status: 'submitted',
        submittedOn: '2025-11-20',
      }),
    })
    expect(first.ok && first.value.refundId).toMatch(/^RF2026\d{16}$/)
    // A lost answer: the same key, session and body find the same refund.
    expect(await ask(payer)).toEqual(first)
    expect(await code(ask(payer, { reason: 'wrong-region' }))).toBe('IDEMPOTENCY_CONFLICT')
    expect(await code(ask(insured))).toBe('IDEMPOTENCY_CONFLICT')
    // One refund per payment, whoever asks.
    expect(await code(ask(payer, { idempotencyKey: 'rk-2' }))).toBe('REFUND_EXISTS')
    expect(await code(ask(insured, { reason: 'other', note: '已由单位缴纳', idempotencyKey: 'rk-3' }))).toBe(
      'REFUND_EXISTS',
    )

    // Both see it in their records, with the first day of cover.
    for (const token of [payer, insured]) {
      const records = await client.listRecords(token)
      const record = records.ok
        ? records.value.records.find((entry) => entry.receiptNo === receiptNo)
        : undefined
      expect(record?.coverageStart).toMatch(/^2026-\d{2}-\d{2}$/)
      expect(record?.refund?.refundId).toBe(first.ok ? first.value.refundId : 'none')
    }
  })
})
