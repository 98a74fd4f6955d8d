/**
 * The bureau's rules module (src/gateway/bureau) through the in-app mock's
 * `send`, for what only the mock shows: the injected random source, the ledger
 * persisted as one blob, the memory ledger's own constraints, the simulated
 * cashier's 支付失败. The contract scenarios themselves run against both
 * gateways in gateway-contract.test.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { createMemoryLedger, LedgerConflict, type Order } from '../../src/gateway/bureau'
import { createMockCashier } from '../../src/gateway/mock/mock-cashier'
import { createMockGateway, type MockGatewayOptions } from '../../src/gateway/mock/mock-gateway'
import { createBureauClient } from '../../src/services/bureau-client'
import { memoryStorage } from '../support/memory-storage'
import { seed } from '../support/seed'
import { seededRandomBytes } from '../support/seeded-random'
import { linOrder, tokenOf } from '../support/verified-order'
import { ledgerOrder } from '../support/ledger-order'

const bureau = (options: Partial<MockGatewayOptions> = {}) => {
  const gateway = createMockGateway({
    latencyMs: 0,
    today: () => '2025-11-20',
    benefitYear: 2026,
    ...options,
  })
  return { gateway, client: createBureauClient(gateway) }
}

const codeOf = (result: { ok: true } | { ok: false; error: { kind: string; code?: string } }) =>
  result.ok ? 'ok' : (result.error.code ?? result.error.kind)

describe('finding "queryOrder needs no token and order numbers are sequential": numbers, codes and tokens come from the injected random source', () => {
  /** A session, a share, an order and its receipt: every random thing the bureau makes. */
  async function everythingRandom(random: MockGatewayOptions['randomBytes']) {
    const { gateway, client } = bureau({ randomBytes: random })
    const token = await tokenOf(client, '林晓华', gateway)
    const share = await client.createShareToken(token)
    const order = await client.createOrder(linOrder(token))
    if (!share.ok || !order.ok) throw new Error('no share or order')
    await gateway.settlePayment(order.value.payParams!.package)
    const paid = await client.queryOrder(token, order.value.orderId)
    const receiptNo = paid.ok ? (paid.value.receiptNo ?? '') : ''
    const receipt = await client.getReceipt(token, receiptNo)
    const code = receipt.ok && receipt.value.status === 'issued' ? receipt.value.receipt.verificationCode : ''
    return [token, share.value.shareToken, order.value.orderId, receiptNo, code]
  }

  test('the same seed gives the same numbers and tokens, another seed others: nothing comes from a counter', async () => {
    const first = await everythingRandom(seededRandomBytes(7))
    expect(await everythingRandom(seededRandomBytes(7))).toEqual(first)
    const other = await everythingRandom(seededRandomBytes(8))
    first.forEach((value, index) => expect(other[index]).not.toBe(value))
    expect(first).toEqual([
      expect.stringMatching(/^tk_[A-Za-z0-9_-]{24}$/),
      expect.stringMatching(/^sh_[A-Za-z0-9_-]{24}$/),
      expect.stringMatching(/^OD2026\d{16}$/),
      expect.stringMatching(/^FJ2026\d{12}$/),
      expect.stringMatching(/^[0-9A-Z]{6}$/),
    ])
  })

  test("every draw goes through the source; an asynchronous source (WeChat's) works as well", async () => {
    let draws = 0
    const counting = seededRandomBytes(1)
    await everythingRandom(async (length) => {
      draws += 1
      return counting(length)
    })
    expect(draws).toBeGreaterThanOrEqual(5)
  })

  test('no Math.random anywhere in src/gateway', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        return statSync(path).isDirectory() ? files(path) : [path]
      })
    const offenders = files(join(__dirname, '../../src/gateway')).filter((path) =>
      readFileSync(path, 'utf8').includes('Math.random'),
    )
    expect(offenders).toEqual([])
  })
})

describe('finding "the same link redeems again and again, stays valid 7 days after payment, cannot be revoked": shares live in the persisted ledger', () => {
  test('a reload finds the shares and their revocation; the ledger holds no name or ID number', async () => {
    const storage = memoryStorage()
    const before = bureau({ storage })
    const liu = seed('刘建平')
    const token = await tokenOf(before.client, liu.name, before.gateway)
    const [kept, revoked] = await Promise.all([
      before.client.createShareToken(token),
      before.client.createShareToken(token),
    ])
    if (!kept.ok || !revoked.ok) throw new Error('no shares')
    await before.client.revokeShareToken(token, revoked.value.shareToken)

    const after = bureau({ storage }).client
    expect(codeOf(await after.redeemShareToken(kept.value.shareToken))).toBe('ok')
    expect(codeOf(await after.redeemShareToken(revoked.value.shareToken))).toBe('SHARE_REVOKED')
    const listed = await after.listShareTokens(token)
    expect(listed.ok && listed.value.shares.map((share) => share.shareToken)).toEqual([kept.value.shareToken])

    const ledger = [...storage.items.values()].join('')
    for (const personal of [liu.name, liu.idNumber, liu.idNumber.slice(6, 14)])
      expect(ledger).not.toContain(personal)
  })

  test('a ledger from an older build is dropped, not misread', async () => {
    const storage = memoryStorage()
    storage.setItem('yibao-mock-bureau', JSON.stringify({ sequence: 3, tokens: [['tk_old', 0]], orders: [] }))
    const { client } = bureau({ storage })
    expect(codeOf(await client.getEnrolment('tk_old'))).toBe('SESSION_EXPIRED')
  })
})

describe('finding "two phones → two orders, both paid": the ledger refuses it by itself', () => {
  test('two phones asking at the same moment make one order; the other is told which', async () => {
    const { client, gateway } = bureau()
    const [phoneA, phoneB] = await Promise.all([
      tokenOf(client, '林晓华', gateway),
      tokenOf(client, '林晓华', gateway),
    ])
    const answers = await Promise.all([
      client.createOrder(linOrder(phoneA, 'idem-a')),
      client.createOrder(linOrder(phoneB, 'idem-b')),
    ])
    expect(answers.map(codeOf).sort()).toEqual(['TRADE_LOCKED', 'ok'])
    const made = answers.find((answer) => answer.ok)
    const locked = answers.find((answer) => !answer.ok)
    expect(locked).toEqual({
      ok: false,
      error: expect.objectContaining({ orderId: made?.ok ? made.value.orderId : 'none' }),
    })
  })

  const order = (orderId: string, overrides: Partial<Order> = {}): Order =>
    ledgerOrder({ orderId, idempotencyKey: `key-${orderId}`, sessionToken: 'tk_a', ...overrides })

  test('the memory ledger refuses a second open order for a bill, a reused key and a second receipt for a year, and keeps nothing of a refused unit', async () => {
    const ledger = createMemoryLedger()
    await ledger.transaction((tx) => tx.putOrder(order('OD1')))
    const refused = (work: Parameters<typeof ledger.transaction>[0]) =>
      ledger.transaction(work).then(
        () => 'kept',
        (error: unknown) => error,
      )
    expect(await refused((tx) => tx.putOrder(order('OD2')))).toEqual(new LedgerConflict('open-order'))
    expect(
      await refused((tx) => tx.putOrder(order('OD3', { idempotencyKey: 'key-OD1', status: 'CLOSED' }))),
    ).toEqual(new LedgerConflict('idempotency-key'))
    const receipt = {
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
    await ledger.transaction((tx) => tx.putReceipt({ ...receipt, receiptNo: 'FJ1' }))
    // The first write of this unit is undone with it.
    expect(
      await refused(async (tx) => {
        await tx.putOrder(order('OD4', { recordId: 'R-CYZ-1', insured: 'seed:1' }))
        await tx.putReceipt({ ...receipt, receiptNo: 'FJ2' })
      }),
    ).toEqual(new LedgerConflict('paid-year'))
    expect(ledger.peek().orders.map((kept) => kept.orderId)).toEqual(['OD1'])
    // A closed order frees the bill.
    await ledger.transaction((tx) => tx.putOrder(order('OD1', { status: 'CLOSED' })))
    expect(await refused((tx) => tx.putOrder(order('OD2')))).toBe('kept')
  })
})

describe("PAYERROR: the simulated cashier's 支付失败", () => {
  test('fail() closes the sheet as failed and the bureau marks the order PAYERROR; nothing is charged', async () => {
    const { gateway, client } = bureau()
    const token = await tokenOf(client, '林晓华', gateway)
    const order = await client.createOrder(linOrder(token))
    if (!order.ok) throw new Error('no order')
    const cashier = createMockCashier(() => Promise.resolve(gateway))
    const callback = cashier.requestPayment(order.value.payParams!)
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(cashier.current()).toEqual(expect.objectContaining({ amountFen: 40000 }))
    cashier.fail()
    expect(await callback).toBe('failed')
    const answer = await client.queryOrder(token, order.value.orderId)
    expect(answer.ok && answer.value.status).toBe('PAYERROR')
    expect(gateway.paidOrders()).toEqual([])
  })
})
