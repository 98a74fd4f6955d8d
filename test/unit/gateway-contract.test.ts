/**
 * The same bureau scenarios against both gateway implementations: the mock
 * transport the app embeds, and the HTTP gateway talking to a local bureau
 * simulator over real HTTP. Re-sending is switched off here so that both show
 * the bureau's own behaviour; the HTTP gateway's retries have their own tests.
 */
import { createHttpGateway } from '../../src/gateway/http/http-gateway'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import type { FaultPlan } from '../../src/gateway/mock/fault-plan'
import { SEED_RESIDENTS } from '../../src/gateway/mock/seed-residents'
import { createBureauClient, type BureauClient } from '../../src/services/bureau-client'
import { OPERATIONS, type Operation } from '../../src/services/ports'
import { startBureauSimulator } from '../support/bureau-simulator'
import { nodeRequester } from '../support/node-http-requester'

interface Bureau {
  client: BureauClient
  gateway: MockGateway
  close(): Promise<void>
}

const QUICK_TIMEOUTS = Object.fromEntries(OPERATIONS.map((operation) => [operation, 300])) as Record<Operation, number>

const bureaus: Array<[string, (faults?: FaultPlan) => Promise<Bureau>]> = [
  [
    'mock gateway',
    async (faults) => {
      const gateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026, faults })
      return { client: createBureauClient(gateway), gateway, close: () => Promise.resolve() }
    },
  ],
  [
    'HTTP gateway + bureau simulator',
    async (faults) => {
      const simulator = await startBureauSimulator({ faults })
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
]

const seed = (name: string) => {
  const resident = SEED_RESIDENTS.find((candidate) => candidate.name === name)
  if (!resident) throw new Error(name)
  return resident
}

async function tokenOf(client: BureauClient, name: string): Promise<string> {
  const verified = await client.verifyIdentity({ name, idNumber: seed(name).idNumber, faceTicket: 'face-ok' })
  if (!verified.ok) throw new Error(`verify ${name}: ${JSON.stringify(verified.error)}`)
  return verified.value.token
}

const orderFor = (token: string, key = 'idem-1') => ({
  token,
  recordId: 'R-LXH-1',
  benefitYear: 2026,
  category: 'working-age' as const,
  amountFen: 40000,
  backYears: 0,
  idempotencyKey: key,
})

describe.each(bureaus)('bureau contract: %s', (_name, start) => {
  let bureau: Bureau | undefined
  const open = async (faults?: FaultPlan) => {
    bureau = await start(faults)
    return bureau
  }
  afterEach(async () => {
    await bureau?.close()
    bureau = undefined
  })

  test('a resident pays: order, query SUCCESS only after the money moved, receipt, record', async () => {
    const { client, gateway } = await open()
    const token = await tokenOf(client, '林晓华')
    const enrolment = await client.getEnrolment(token)
    expect(enrolment.ok && enrolment.value.registered && enrolment.value.records[0]?.status).toBe('payable')
    const order = await client.createOrder(orderFor(token))
    if (!order.ok) throw new Error('no order')
    const before = await client.queryOrder(order.value.orderId)
    expect(before.ok && before.value.status).toBe('NOTPAY')
    gateway.settlePayment(order.value.payParams!.package)
    const after = await client.queryOrder(order.value.orderId)
    if (!after.ok || !after.value.receiptNo) throw new Error('not paid')
    expect(after.value.status).toBe('SUCCESS')
    const receipt = await client.getReceipt(token, after.value.receiptNo)
    expect(receipt.ok && receipt.value.status).toBe('issued')
    const records = await client.listRecords(token)
    expect(records.ok && records.value.records.map((record) => record.receiptNo)).toEqual([after.value.receiptNo])
  })

  test('the same idempotency key twice is one order', async () => {
    const { client } = await open()
    const token = await tokenOf(client, '林晓华')
    const first = await client.createOrder(orderFor(token))
    const second = await client.createOrder(orderFor(token))
    expect(first.ok && second.ok && first.value.orderId === second.value.orderId).toBe(true)
  })

  test('a lost answer after the order was made: asking again with the same key finds that order', async () => {
    const { client, gateway } = await open({ createOrder: [{ kind: 'lost' }] })
    const token = await tokenOf(client, '林晓华')
    expect(await client.createOrder(orderFor(token))).toEqual({ ok: false, error: { kind: 'timeout' } })
    const again = await client.createOrder(orderFor(token))
    if (!again.ok) throw new Error('no order')
    gateway.settlePayment(again.value.payParams!.package)
    expect(gateway.paidOrders()).toEqual([{ orderId: again.value.orderId, recordId: 'R-LXH-1', amountFen: 40000 }])
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
    const { client } = await open({ getEnrolment: [fault] })
    const token = await tokenOf(client, '林晓华')
    const result = await client.getEnrolment(token)
    expect(result.ok ? 'ok' : result.error).toEqual(expect.objectContaining(expected))
  })

  test('maintenance says until when; already paid names the receipt', async () => {
    const { client } = await open({ queryOrder: [{ kind: 'business', code: 'MAINTENANCE' }] })
    const maintenance = await client.queryOrder('OD-any')
    expect(maintenance.ok ? 'ok' : maintenance.error).toEqual(expect.objectContaining({ code: 'MAINTENANCE', until: '00:05' }))
    const token = await tokenOf(client, '黄建国')
    const paid = await client.createOrder({ ...orderFor(token), recordId: 'R-HJG-1' })
    expect(paid.ok ? 'ok' : paid.error).toEqual(expect.objectContaining({ code: 'ALREADY_PAID', receiptNo: 'FJ2026000001' }))
  })

  test('a lagging bureau reports NOTPAY for a paid order, then SUCCESS', async () => {
    const { client, gateway } = await open({ queryOrder: [{ kind: 'notpay' }, { kind: 'notpay' }] })
    const token = await tokenOf(client, '林晓华')
    const order = await client.createOrder(orderFor(token))
    if (!order.ok) throw new Error('no order')
    gateway.settlePayment(order.value.payParams!.package)
    const answers = []
    for (let query = 0; query < 3; query += 1) {
      const answer = await client.queryOrder(order.value.orderId)
      answers.push(answer.ok ? answer.value.status : 'error')
    }
    expect(answers).toEqual(['NOTPAY', 'NOTPAY', 'SUCCESS'])
  })

  test('an unpaid order that expired answers CLOSED and cannot be paid any more', async () => {
    const { client, gateway } = await open({ queryOrder: [{ kind: 'closed' }] })
    const token = await tokenOf(client, '林晓华')
    const order = await client.createOrder(orderFor(token))
    if (!order.ok) throw new Error('no order')
    const answer = await client.queryOrder(order.value.orderId)
    expect(answer.ok && answer.value.status).toBe('CLOSED')
    gateway.settlePayment(order.value.payParams!.package)
    expect(gateway.paidOrders()).toEqual([])
  })
})
