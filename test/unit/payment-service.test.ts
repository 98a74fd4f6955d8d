import { classifyEnrolment, createPaymentService } from '../../src/services/payment-service'
import { createBureauClient } from '../../src/services/bureau-client'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { regionRulesFor } from '../../src/config/regions'
import { loadRules } from '../../src/root/load-rules'
import { createRules } from '../../src/services/rules'
import { enrolmentRecord } from '../support/enrolment-record'
import type {
  Clock,
  FaceCheckPort,
  GatewayTransport,
  Operation,
  PaymentPort,
  TransportResponse,
} from '../../src/services/ports'
import { seed } from '../support/seed'
import { simulatedFace } from '../support/simulated-face'

const TODAY = '2025-11-20'

/** A clock whose sleep resolves at once and remembers how long it was asked to wait. */
function fakeClock(today = TODAY) {
  const sleeps: number[] = []
  const clock: Clock = {
    today: () => today,
    sleep: (ms) => {
      sleeps.push(ms)
      return Promise.resolve()
    },
  }
  return { clock, sleeps }
}

/** The cashier: the resident pays and the money moves in the mock ledger. */
const payingCashier = (gateway: MockGateway): PaymentPort => ({
  requestPayment(params) {
    gateway.settlePayment(params.package)
    return Promise.resolve('completed')
  },
})

/** Counts the operations sent through a transport. */
function counting(transport: GatewayTransport) {
  const calls: Operation[] = []
  const counted: GatewayTransport = {
    send(operation, body) {
      calls.push(operation)
      return transport.send(operation, body)
    },
  }
  return { transport: counted, calls }
}

function setUp(options: { today?: string; face?: FaceCheckPort } = {}) {
  const today = options.today ?? TODAY
  const gateway = createMockGateway({ latencyMs: 0, today: () => today, benefitYear: 2026 })
  const { transport, calls } = counting(gateway)
  const { clock, sleeps } = fakeClock(today)
  const service = createPaymentService({
    client: createBureauClient(transport),
    payment: payingCashier(gateway),
    face: options.face ?? simulatedFace(gateway),
    clock,
    loadRules: () => loadRules(clock.today),
  })
  return { gateway, service, calls, sleeps }
}

async function verifiedToken(service: ReturnType<typeof setUp>['service'], name: string): Promise<string> {
  const result = await service.verify(name, seed(name).idNumber)
  if (!result.ok) throw new Error(`verification of ${name} failed: ${JSON.stringify(result.error)}`)
  return result.value.token
}

const record = enrolmentRecord

describe('classifyEnrolment', () => {
  test('one payable record is payable', () => {
    const only = record({})
    expect(classifyEnrolment([only])).toEqual({ kind: 'payable', record: only })
  })

  test('two payable records (two regions) ask the resident to choose', () => {
    const gulou = record({ recordId: 'R-1' })
    const siming = record({ recordId: 'R-2', adcode: '350203', regionName: '福建省厦门市思明区' })
    expect(classifyEnrolment([gulou, siming])).toEqual({ kind: 'choose-region', records: [gulou, siming] })
  })

  test('a paid record is already paid', () => {
    const paid = record({ status: 'paid', receiptNo: 'FJ2026000001' })
    expect(classifyEnrolment([paid])).toEqual({ kind: 'already-paid', record: paid })
  })

  test('paid in one region: another payable region is not offered, so nobody pays twice for a year', () => {
    const paid = record({ recordId: 'R-1', status: 'paid', receiptNo: 'FJ2026000001' })
    const other = record({ recordId: 'R-2', adcode: '350203' })
    expect(classifyEnrolment([other, paid])).toEqual({ kind: 'already-paid', record: paid })
  })

  test('a record the government pays in full is fully subsidised', () => {
    const full = record({ status: 'fully-subsidised', subsidyGroup: 'extreme-poverty' })
    expect(classifyEnrolment([full])).toEqual({ kind: 'fully-subsidised', record: full })
  })

  test('a payable record wins over a fully subsidised one', () => {
    const full = record({ recordId: 'R-1', status: 'fully-subsidised' })
    const payable = record({ recordId: 'R-2' })
    expect(classifyEnrolment([full, payable])).toEqual({ kind: 'payable', record: payable })
  })

  test('no records is not registered', () => {
    expect(classifyEnrolment([])).toEqual({ kind: 'not-registered' })
  })
})

describe('payment service: verify in two phases', () => {
  test('the bureau starts it with name and ID, the face check gets the verifyId only, the bureau confirms', async () => {
    const faceCalls: string[] = []
    const { gateway, service, calls } = setUp({
      face: {
        simulated: true,
        verify: (verifyId) => {
          faceCalls.push(verifyId)
          return gateway.completeFaceCheck(verifyId)
        },
      },
    })
    const stages: string[] = []
    const result = await service.verify('陈玉珍', seed('陈玉珍').idNumber, (stage) => stages.push(stage))
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        maskedName: '**珍',
        maskedIdNumber: '350***********2247',
        birthDate: '1952-06-15',
      }),
    })
    expect(calls).toEqual(['startFaceVerification', 'verifyIdentity'])
    expect(stages).toEqual(['starting', 'face', 'confirming'])
    expect(faceCalls).toEqual([expect.stringMatching(/^fv_/)])
    expect(faceCalls.join()).not.toContain(seed('陈玉珍').idNumber)
  })

  test('a cancelled face check is not confirmed: no session is asked for', async () => {
    const { gateway, service, calls } = setUp()
    gateway.injectFaceFault('cancelled')
    expect(await service.verify('陈玉珍', seed('陈玉珍').idNumber)).toEqual({
      ok: false,
      error: { kind: 'face', reason: 'cancelled' },
    })
    expect(calls).toEqual(['startFaceVerification'])
  })

  test.each([
    ['failed', 'FACE_FAILED'],
    ['expired', 'FACE_EXPIRED'],
    ['reused', 'FACE_INVALID'],
  ] as const)(
    'a face check %s on the bureau side is refused %s, and the next try starts afresh',
    async (fault, code) => {
      const { gateway, service } = setUp()
      gateway.injectFaceFault(fault)
      const refused = await service.verify('陈玉珍', seed('陈玉珍').idNumber)
      expect(refused).toEqual({ ok: false, error: expect.objectContaining({ kind: 'business', code }) })
      expect((await service.verify('陈玉珍', seed('陈玉珍').idNumber)).ok).toBe(true)
    },
  )
})

describe('payment service: loadEnrolment with the seeded residents', () => {
  test.each([
    ['林晓华', { kind: 'payable', record: expect.objectContaining({ recordId: 'R-LXH-1' }) }],
    [
      '黄建国',
      {
        kind: 'already-paid',
        record: expect.objectContaining({ recordId: 'R-HJG-1', receiptNo: 'FJ2026000001' }),
      },
    ],
    ['郑秀英', { kind: 'fully-subsidised', record: expect.objectContaining({ recordId: 'R-ZXY-1' }) }],
    [
      '吴海燕',
      {
        kind: 'choose-region',
        records: [
          expect.objectContaining({ recordId: 'R-WHY-1' }),
          expect.objectContaining({ recordId: 'R-WHY-2' }),
        ],
      },
    ],
    ['周文静', { kind: 'not-registered' }],
  ])('%s: %o', async (name, outcome) => {
    const { service } = setUp()
    const token = await verifiedToken(service, name)
    expect(await service.loadEnrolment(token)).toEqual({ ok: true, value: outcome })
  })

  test('after paying in one of two regions, the other region is no longer payable', async () => {
    const { service, gateway } = setUp()
    const token = await verifiedToken(service, '吴海燕')
    const first = await service.loadEnrolment(token)
    if (!first.ok || first.value.kind !== 'choose-region') throw new Error('expected a choice of regions')
    const [gulou] = first.value.records
    if (!gulou) throw new Error('no record')
    const quote = service.quoteFor(gulou)
    if (!quote.ok) throw new Error('no quote')
    const order = await service.createOrder(token, gulou, quote.value, 'idem-why')
    if (!order.ok) throw new Error('no order')
    await service.requestPayment(order.value.payParams!)
    const answer = await service.queryOrder(token, order.value.orderId)
    expect(answer.ok && answer.value.status).toBe('SUCCESS')

    const again = await service.loadEnrolment(token)
    expect(again).toEqual({
      ok: true,
      value: { kind: 'already-paid', record: expect.objectContaining({ recordId: 'R-WHY-1' }) },
    })
    expect(gateway.paidOrders()).toHaveLength(1)
  })

  test('the rules load once, beside step 2: quoting before them is a programming error, after them it works', async () => {
    const loads: string[] = []
    const { clock } = fakeClock()
    const gateway = createMockGateway({ latencyMs: 0, today: () => TODAY, benefitYear: 2026 })
    const service = createPaymentService({
      client: createBureauClient(gateway),
      payment: payingCashier(gateway),
      face: simulatedFace(gateway),
      clock,
      loadRules: () => {
        loads.push('rules')
        return loadRules(clock.today)
      },
    })
    expect(() => service.quoteFor(record({}))).toThrow('contribution rules used before rulesReady()')
    const token = await verifiedToken(service, '林晓华')
    await service.loadEnrolment(token)
    expect(service.quoteFor(record({})).ok).toBe(true)
    await service.loadEnrolment(token)
    await service.rulesReady()
    expect(loads).toEqual(['rules'])
  })

  test('a gateway error is returned, not thrown', async () => {
    const { service, gateway } = setUp()
    const token = await verifiedToken(service, '林晓华')
    gateway.injectFault('getEnrolment', { kind: 'http', status: 502 })
    expect(await service.loadEnrolment(token)).toEqual({ ok: false, error: { kind: 'http', status: 502 } })
  })
})

describe('payment service: createOrder at the evening peak', () => {
  const busy: TransportResponse = {
    kind: 'body',
    body: { ok: false, error: { code: 'SYSTEM_BUSY', message: '系统繁忙' } },
  }
  const created: TransportResponse = {
    kind: 'body',
    body: {
      ok: true,
      data: {
        orderId: 'OD1',
        amountFen: 40000,
        payParams: { timeStamp: '1', nonceStr: 'n', package: 'prepay_id=OD1', signType: 'RSA', paySign: 's' },
      },
    },
  }

  /** createOrder answers are scripted; every request body is kept. */
  function scripted(answers: TransportResponse[]) {
    const queue = [...answers]
    const bodies: Array<Record<string, unknown>> = []
    const transport: GatewayTransport = {
      send(_operation, body) {
        bodies.push(body)
        return Promise.resolve(queue.shift() ?? busy)
      },
    }
    const { clock, sleeps } = fakeClock()
    const service = createPaymentService({
      client: createBureauClient(transport),
      payment: { requestPayment: () => Promise.resolve('completed') },
      // No verification here: a face check that is never asked for.
      face: { simulated: true, verify: () => Promise.resolve({ finished: false, reason: 'cancelled' }) },
      clock,
      loadRules: () => loadRules(clock.today),
      busyResendDelayMs: 1000,
      // Deterministic jitter: every fraction is 0, so each wait is its lower bound.
      random: (length) => new Uint8Array(length),
    })
    const quote = createRules(regionRulesFor, clock.today).quoteFor(record({}))
    if (!quote.ok) throw new Error('no quote')
    const create = () => service.createOrder('tk', record({}), quote.value, 'idem-peak')
    return { create, bodies, sleeps }
  }

  // Finding "a busy bureau is hammered": one automatic re-send at most (it was two, 3 requests a tap).
  test('系统繁忙 is re-sent once after a short jittered wait, with the same key and body', async () => {
    const { create, bodies, sleeps } = scripted([busy, created])
    expect(await create()).toEqual(expect.objectContaining({ ok: true }))
    expect(sleeps).toEqual([500])
    expect(bodies).toHaveLength(2)
    expect(new Set(bodies.map((body) => JSON.stringify(body))).size).toBe(1)
    expect(bodies[0]).toEqual(expect.objectContaining({ idempotencyKey: 'idem-peak', amountFen: 40000 }))
  })

  test('still busy after the one re-send: the resident is told, nothing is re-sent further', async () => {
    const { create, bodies } = scripted([busy, busy, busy, created])
    const result = await create()
    expect(result.ok ? 'created' : result.error).toEqual(
      expect.objectContaining({ kind: 'business', code: 'SYSTEM_BUSY' }),
    )
    expect(bodies).toHaveLength(2)
  })

  test('other refusals are not re-sent', async () => {
    const locked: TransportResponse = {
      kind: 'body',
      body: { ok: false, error: { code: 'TRADE_LOCKED', message: '交易被锁定' } },
    }
    const { create, bodies, sleeps } = scripted([locked, created])
    const result = await create()
    expect(result.ok).toBe(false)
    expect(bodies).toHaveLength(1)
    expect(sleeps).toEqual([])
  })
})
