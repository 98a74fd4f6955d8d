import { createBureauClient } from '../../src/services/bureau-client'
import { createMockGateway } from '../../src/gateway/mock/mock-gateway'
import type { Category } from '../../src/domain/region-rules'
import { memoryStorage } from '../support/memory-storage'
import { seed } from '../support/seed'
import { linOrder, tokenOf, verifiedIdentityOf } from '../support/verified-order'

function setUp(today = '2025-11-20') {
  const gateway = createMockGateway({ latencyMs: 0, today: () => today, benefitYear: 2026 })
  const client = createBureauClient(gateway)

  // One session per resident: an idempotency key is bound to the session that first used it.
  const sessions = new Map<string, Promise<string>>()
  const tokenFor = (name: string): Promise<string> => {
    const token = sessions.get(name) ?? tokenOf(client, name, gateway)
    sessions.set(name, token)
    return token
  }

  /** Orders the seeded resident's first record (or the one named). */
  async function order(
    name: string,
    overrides: {
      recordId?: string
      amountFen?: number
      category?: Category
      idempotencyKey?: string
      backYears?: number
      tierId?: string
    } = {},
  ) {
    const resident = seed(name)
    const first = resident.records?.[0]
    if (!first) throw new Error(`${name} has no record`)
    return client.createOrder({
      token: await tokenFor(name),
      recordId: overrides.recordId ?? first.recordId,
      benefitYear: 2026,
      category: overrides.category ?? first.category,
      amountFen: overrides.amountFen ?? 40000,
      backYears: overrides.backYears ?? 0,
      ...(overrides.tierId && { tierId: overrides.tierId }),
      idempotencyKey: overrides.idempotencyKey ?? `idem-${name}`,
    })
  }

  return { gateway, client, tokenFor, order }
}

const businessCode = (result: { ok: boolean; error?: unknown }) =>
  !result.ok && typeof result.error === 'object' && result.error && 'code' in result.error
    ? result.error.code
    : undefined

describe('mock gateway: createOrder', () => {
  test('the same idempotency key twice returns the same order', async () => {
    const { client, tokenFor } = setUp()
    const token = await tokenFor('林晓华')
    const input = linOrder(token, 'idem-once')
    const first = await client.createOrder(input)
    const second = await client.createOrder(input)
    expect(first.ok && second.ok).toBe(true)
    expect(first.ok && first.value.orderId).toBe(second.ok && second.value.orderId)
    // Another key for the same bill while the first order is open: refused, naming the open order.
    const third = await client.createOrder({ ...input, idempotencyKey: 'idem-other' })
    expect(third).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'TRADE_LOCKED',
        orderId: first.ok ? first.value.orderId : 'none',
      }),
    })
  })

  test('the order carries the quoted amount and WeChat pay parameters for it', async () => {
    const { gateway, order } = setUp()
    const result = await order('林晓华')
    if (!result.ok) throw new Error('no order')
    expect(result.value.amountFen).toBe(40000)
    expect(result.value.payParams!.package).toBe(`prepay_id=${result.value.orderId}`)
    expect(gateway.amountFor(result.value.payParams!.package)).toBe(40000)
    expect(gateway.amountFor('prepay_id=OD-nothing')).toBeUndefined()
  })

  test('an amount other than the quote is AMOUNT_MISMATCH', async () => {
    const { order } = setUp()
    expect(businessCode(await order('林晓华', { amountFen: 38000 }))).toBe('AMOUNT_MISMATCH')
  })

  test('a fully subsidised resident (特困, 郑秀英) is NOT_PAYABLE', async () => {
    const { order } = setUp()
    expect(businessCode(await order('郑秀英', { amountFen: 0 }))).toBe('NOT_PAYABLE')
  })

  test('a resident who already paid this year (黄建国) is ALREADY_PAID', async () => {
    const { order } = setUp()
    expect(businessCode(await order('黄建国'))).toBe('ALREADY_PAID')
  })

  test('a record of another resident, or the wrong category, is NOT_PAYABLE', async () => {
    const { order } = setUp()
    expect(businessCode(await order('林晓华', { recordId: 'R-CYZ-1' }))).toBe('NOT_PAYABLE')
    expect(businessCode(await order('林晓华', { category: 'elderly' }))).toBe('NOT_PAYABLE')
  })

  test('before the window opens nothing can be ordered', async () => {
    const { order } = setUp('2025-08-01')
    expect(businessCode(await order('林晓华'))).toBe('NOT_PAYABLE')
  })

  test('without a valid token the session has expired', async () => {
    const { client } = setUp()
    const result = await client.createOrder(linOrder('tk_forged', 'idem-x'))
    expect(businessCode(result)).toBe('SESSION_EXPIRED')
  })
})

describe('mock gateway: settlePayment and the ledger', () => {
  test('settling moves the order to SUCCESS with a receipt number, once', async () => {
    const { gateway, client, order, tokenFor } = setUp()
    const created = await order('林晓华')
    if (!created.ok) throw new Error('no order')
    const token = await tokenFor('林晓华')
    const { orderId, payParams } = created.value
    expect(await client.queryOrder(token, orderId)).toEqual({
      ok: true,
      value: { orderId, status: 'NOTPAY', amountFen: 40000 },
    })
    expect(gateway.paidOrders()).toEqual([])

    await gateway.settlePayment(payParams!.package)
    await gateway.settlePayment(payParams!.package)
    const queried = await client.queryOrder(token, orderId)
    expect(queried).toEqual({
      ok: true,
      value: {
        orderId,
        status: 'SUCCESS',
        amountFen: 40000,
        receiptNo: expect.stringMatching(/^FJ2026\d{12}$/),
      },
    })
    expect(gateway.paidOrders()).toEqual([
      {
        orderId,
        recordId: 'R-LXH-1',
        benefitYear: 2026,
        amountFen: 40000,
        accountFen: 0,
        sessionToken: token,
        receiptNo: queried.ok ? queried.value.receiptNo : '',
      },
    ])
  })

  test('a paid record is then reported as paid, and cannot be ordered again', async () => {
    const { gateway, client, order, tokenFor } = setUp()
    const created = await order('林晓华')
    if (!created.ok) throw new Error('no order')
    await gateway.settlePayment(created.value.payParams!.package)
    const enrolment = await client.getEnrolment(await tokenFor('林晓华'))
    expect(enrolment.ok && enrolment.value).toEqual({
      registered: true,
      records: [
        expect.objectContaining({ recordId: 'R-LXH-1', status: 'paid', receiptNo: expect.any(String) }),
      ],
    })
    expect(businessCode(await order('林晓华', { idempotencyKey: 'idem-second-bill' }))).toBe('ALREADY_PAID')
  })

  test('settling an unknown package changes nothing', async () => {
    const { gateway } = setUp()
    await gateway.settlePayment('prepay_id=OD-nothing')
    expect(gateway.paidOrders()).toEqual([])
  })

  test("an unknown order is NOT_FOUND (as another resident's order is); no token is SESSION_EXPIRED", async () => {
    const { client, tokenFor } = setUp()
    expect(businessCode(await client.queryOrder(await tokenFor('林晓华'), 'OD-nothing'))).toBe('NOT_FOUND')
    expect(businessCode(await client.queryOrder('', 'OD-nothing'))).toBe('SESSION_EXPIRED')
  })
})

describe('mock gateway: receipts and records', () => {
  async function paidReceipt(name: string, amountFen = 40000) {
    const context = setUp()
    const created = await context.order(name, { amountFen })
    if (!created.ok) throw new Error('no order')
    await context.gateway.settlePayment(created.value.payParams!.package)
    const queried = await context.client.queryOrder(await context.tokenFor(name), created.value.orderId)
    const receiptNo = queried.ok ? queried.value.receiptNo : undefined
    if (!receiptNo) throw new Error('no receipt number')
    return { ...context, receiptNo, token: await context.tokenFor(name) }
  }

  test("王小明's receipt is pending once, then issued with masked data only", async () => {
    // Xiamen's own 2026 standard: 450 元 (src/config/regions/350200.ts).
    const { client, receiptNo, token } = await paidReceipt('王小明', 45000)
    expect(await client.getReceipt(token, receiptNo)).toEqual({
      ok: true,
      value: { status: 'pending', receiptNo },
    })
    const issued = await client.getReceipt(token, receiptNo)
    expect(issued).toEqual({
      ok: true,
      value: {
        status: 'issued',
        receipt: expect.objectContaining({
          receiptNo,
          issuer: '福建省厦门市思明区医疗保障局',
          maskedInsuredName: '**明',
          maskedInsuredIdNumber: '350***********3455',
          amountFen: 45000,
          benefitYear: 2026,
          coverageStart: '2026-01-01',
          paidAt: '2025-11-20 10:00',
          verificationCode: expect.stringMatching(/^[0-9A-Z]{6}$/),
        }),
      },
    })
    const json = JSON.stringify(issued)
    expect(json).not.toContain(seed('王小明').idNumber)
    expect(json).not.toContain('王小明')
  })

  test('a resident without lag gets the receipt issued at once', async () => {
    const { client, receiptNo, token } = await paidReceipt('林晓华')
    const result = await client.getReceipt(token, receiptNo)
    expect(result.ok && result.value.status).toBe('issued')
  })

  test('another resident cannot open the receipt', async () => {
    const { client, receiptNo, tokenFor } = await paidReceipt('林晓华')
    expect(businessCode(await client.getReceipt(await tokenFor('陈玉珍'), receiptNo))).toBe('NOT_FOUND')
  })

  test('the seeded payment of 黄建国 is in his records', async () => {
    const { client, tokenFor } = setUp()
    const records = await client.listRecords(await tokenFor('黄建国'))
    expect(records).toEqual({
      ok: true,
      value: {
        records: [
          {
            receiptNo: 'FJ2026000001',
            benefitYear: 2026,
            amountFen: 40000,
            paidAt: '2025-10-08 09:12',
            coverageStart: '2026-01-01',
            regionName: '福建省福州市鼓楼区',
            maskedInsuredName: '**国',
          },
        ],
      },
    })
  })

  test("a new payment shows in the payer's records and nobody else's", async () => {
    const { client, tokenFor, receiptNo, token } = await paidReceipt('林晓华')
    const mine = await client.listRecords(token)
    expect(mine.ok && mine.value.records.map((entry) => entry.receiptNo)).toEqual([receiptNo])
    const theirs = await client.listRecords(await tokenFor('陈玉珍'))
    expect(theirs.ok && theirs.value.records).toEqual([])
  })
})

describe('mock gateway: one payment a person a year', () => {
  test('after paying in one region, the second region is refused as ALREADY_PAID', async () => {
    const { gateway, order } = setUp()
    const first = await order('吴海燕', { recordId: 'R-WHY-1', idempotencyKey: 'idem-gulou' })
    if (!first.ok) throw new Error('first order failed')
    await gateway.settlePayment(first.value.payParams!.package)
    const second = await order('吴海燕', { recordId: 'R-WHY-2', idempotencyKey: 'idem-siming' })
    expect(businessCode(second)).toBe('ALREADY_PAID')
  })
})

describe('mock gateway: faults that need the bureau to act', () => {
  test('lost: the order is made, the answer is a timeout, and the same key finds it', async () => {
    const { gateway, order } = setUp()
    gateway.injectFault('createOrder', { kind: 'lost' })
    expect(await order('林晓华', { idempotencyKey: 'idem-lost' })).toEqual({
      ok: false,
      error: { kind: 'timeout' },
    })
    const again = await order('林晓华', { idempotencyKey: 'idem-lost' })
    expect(again.ok).toBe(true)
    expect(gateway.amountFor(again.ok ? again.value.payParams!.package : '')).toBe(40000)
  })

  test('notpay: a paid order is reported NOTPAY while the fault lasts', async () => {
    const { gateway, client, order, tokenFor } = setUp()
    const created = await order('林晓华')
    if (!created.ok) throw new Error('no order')
    await gateway.settlePayment(created.value.payParams!.package)
    gateway.injectFault('queryOrder', { kind: 'notpay' })
    const token = await tokenFor('林晓华')
    const first = await client.queryOrder(token, created.value.orderId)
    const second = await client.queryOrder(token, created.value.orderId)
    expect([first.ok && first.value.status, second.ok && second.value.status]).toEqual(['NOTPAY', 'SUCCESS'])
  })
})

describe('mock gateway: a ledger that survives a reload', () => {
  test('orders, payments and tokens come back; no name or ID number is stored', async () => {
    const storage = memoryStorage()
    const first = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026, storage })
    const client = createBureauClient(first)
    const lin = seed('林晓华')
    const token = await tokenOf(client, lin.name, first)
    const created = await client.createOrder(linOrder(token, 'idem-reload'))
    if (!created.ok) throw new Error('no order')
    await first.settlePayment(created.value.payParams!.package)
    const saved = [...storage.items.values()].join('')
    expect(saved).not.toContain(lin.idNumber)
    expect(saved).not.toContain(lin.name)

    const reloaded = createMockGateway({
      latencyMs: 0,
      today: () => '2025-11-20',
      benefitYear: 2026,
      storage,
    })
    const after = createBureauClient(reloaded)
    const answer = await after.queryOrder(token, created.value.orderId)
    expect(answer.ok && answer.value.status).toBe('SUCCESS')
    const enrolment = await after.getEnrolment(token)
    expect(enrolment.ok && enrolment.value.registered && enrolment.value.records[0]?.status).toBe('paid')
    expect(reloaded.paidOrders()).toHaveLength(1)
  })

  test('the resident reference survives a reload; a ledger saved before references is read, and gives one at the next verification', async () => {
    const storage = memoryStorage()
    const options = { latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026, storage }
    const first = createMockGateway(options)
    const lin = await verifiedIdentityOf(createBureauClient(first), '林晓华', first)
    const reloaded = createMockGateway(options)
    const again = await verifiedIdentityOf(createBureauClient(reloaded), '林晓华', reloaded)
    expect(again.residentRef).toBe(lin.residentRef)

    // Version 3 of the saved ledger had no references: its sessions stay, and the next verification issues one.
    const [key, text] =
      [...storage.items.entries()].find(([, value]) => value.includes('"residentRefs"')) ?? []
    if (!key || !text) throw new Error('no saved ledger')
    const older = JSON.parse(text) as Record<string, unknown>
    delete older.residentRefs
    storage.setItem(key, JSON.stringify({ ...older, version: 3 }))
    const fromOlder = createMockGateway(options)
    const client = createBureauClient(fromOlder)
    expect((await client.getEnrolment(lin.token)).ok).toBe(true)
    const issued = await verifiedIdentityOf(client, '林晓华', fromOlder)
    expect(issued.residentRef).toMatch(/^rr_/)
    expect(issued.residentRef).not.toBe(lin.residentRef)
  })
})

describe('mock gateway: personas for the contribution rules', () => {
  /** The persona's record as the bureau reports it, and the bill the service would quote from it. */
  async function recordOf(name: string) {
    const { client, tokenFor } = setUp()
    const enrolment = await client.getEnrolment(await tokenFor(name))
    if (!enrolment.ok || !enrolment.value.registered) throw new Error(`${name} is not enrolled`)
    const [record] = enrolment.value.records
    if (!record) throw new Error(`${name} has no record`)
    return record
  }

  test.each([
    ['孙立新', { breakYears: 3 }],
    ['赵秀兰', { breakYears: 5 }],
    ['许文博', { continuousYears: 6, bureauDate: '2026-02-10' }],
    ['陈思远', { inSchool: true, category: 'child-student' }],
    ['林小满', { category: 'newborn', birthDate: '2026-04-20', bureauDate: '2026-05-20' }],
    ['林小雨', { category: 'newborn', birthDate: '2026-01-20', bureauDate: '2026-05-20' }],
  ])('%s is reported with what the rules need: %o', async (name, fields) => {
    expect(await recordOf(name)).toEqual(
      expect.objectContaining({ ...fields, status: 'payable', benefitYear: 2026 }),
    )
  })

  test('a lapsed resident orders the quoted amount with back-years; the same amount without them is refused', async () => {
    const { order } = setUp()
    expect(await order('孙立新', { amountFen: 120000, backYears: 2 })).toEqual({
      ok: true,
      value: expect.objectContaining({ amountFen: 120000 }),
    })
    const mismatch = await order('孙立新', { amountFen: 120000, backYears: 0, idempotencyKey: 'idem-other' })
    expect(mismatch).toEqual({
      ok: false,
      error: { kind: 'business', code: 'AMOUNT_MISMATCH', message: expect.any(String) },
    })
  })

  test('back-years that would not shorten the wait are refused', async () => {
    const { order } = setUp()
    // A 5-year break waits at least 6 months: only 1 back-year shortens it.
    const result = await order('赵秀兰', { amountFen: 120000, backYears: 2 })
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_PAYABLE' }) })
  })

  test("the receipt dates cover from the persona's own bureau date (extended period: the payment date)", async () => {
    const { gateway, client, tokenFor, order } = setUp()
    const created = await order('许文博')
    if (!created.ok) throw new Error('no order')
    await gateway.settlePayment(created.value.payParams!.package)
    const status = await client.queryOrder(await tokenFor('许文博'), created.value.orderId)
    const receiptNo = status.ok ? status.value.receiptNo : undefined
    if (!receiptNo) throw new Error('no receipt')
    const receipt = await client.getReceipt(await tokenFor('许文博'), receiptNo)
    expect(receipt.ok && receipt.value.status === 'issued' && receipt.value.receipt).toEqual(
      expect.objectContaining({ coverageStart: '2026-02-10', paidAt: '2026-02-10 10:00' }),
    )
  })
})

describe('mock gateway: issue 15 personas (payment history, tiers, age bands, closed days)', () => {
  async function recordOf(name: string) {
    const { client, tokenFor } = setUp()
    const enrolment = await client.getEnrolment(await tokenFor(name))
    if (!enrolment.ok || !enrolment.value.registered) throw new Error(`${name} is not enrolled`)
    const [record] = enrolment.value.records
    if (!record) throw new Error(`${name} has no record`)
    return record
  }

  test('the record carries the years paid and their days, and the break the bureau counts from them', async () => {
    expect(await recordOf('钱永强')).toEqual(
      expect.objectContaining({
        history: [
          { benefitYear: 2019, paidOn: '2018-12-10' },
          { benefitYear: 2020, paidOn: '2019-12-05' },
        ],
        breakYears: 5,
        bureauDate: '2026-06-01',
      }),
    )
    expect((await recordOf('韩雪梅')).history?.at(-1)).toEqual({ benefitYear: 2025, paidOn: '2025-11-06' })
  })

  test('the age on 1 January goes only with a standard set by age band, and never the birth date', async () => {
    const shanghai = await recordOf('沈美华')
    expect(shanghai.ageOnFirstDay).toBe(71)
    expect(JSON.stringify(shanghai)).not.toMatch(/1954|19540618/)
    // 杭州's bands are for 大学生: a working-age resident there is sent no age.
    expect((await recordOf('方慧敏')).ageOnFirstDay).toBeUndefined()
    expect((await recordOf('何雨桐')).ageOnFirstDay).toBe(19)
  })

  test('createOrder requotes with the tier sent: 二档 is 700 元, and 800 元 with it is refused', async () => {
    const { order } = setUp()
    expect(await order('方慧敏', { amountFen: 80000, tierId: 'tier-2', idempotencyKey: 'idem-a' })).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'AMOUNT_MISMATCH' }),
    })
    expect(await order('方慧敏', { amountFen: 70000, tierId: 'tier-2', idempotencyKey: 'idem-b' })).toEqual({
      ok: true,
      value: expect.objectContaining({ amountFen: 70000 }),
    })
  })

  test('on a day the region takes no money the bureau makes no order', async () => {
    const { order } = setUp()
    expect(businessCode(await order('高志明', { amountFen: 79500 }))).toBe('NOT_PAYABLE')
  })

  test('a repairable late bill is ordered with its repair, and refused without it', async () => {
    const { order } = setUp()
    expect(businessCode(await order('钱永强', { amountFen: 40000, idempotencyKey: 'idem-bare' }))).toBe(
      'NOT_PAYABLE',
    )
    expect(await order('钱永强', { amountFen: 80000, backYears: 1, idempotencyKey: 'idem-repair' })).toEqual({
      ok: true,
      value: expect.objectContaining({ amountFen: 80000 }),
    })
  })
})
