import fc from 'fast-check'
import {
  canStartPayment,
  IDLE,
  isInFlight,
  pollDelays,
  POLL_BUDGET_MS,
  transitionPayment,
  type PaymentMachineEvent,
  type PaymentMachineState,
} from '../../src/domain/payment-machine'

const creating: PaymentMachineState = { phase: 'creating' }
const awaiting: PaymentMachineState = { phase: 'awaiting-payment', orderId: 'OD1' }
const confirming = (
  origin: 'cashier' | 'repay' | 'relaunch' | 'cashier-left',
  queries = 0,
): PaymentMachineState => ({
  phase: 'confirming',
  orderId: 'OD1',
  origin,
  queries,
})
const unknown: PaymentMachineState = { phase: 'unknown', orderId: 'OD1' }
const paid: PaymentMachineState = { phase: 'paid', orderId: 'OD1', receiptNo: 'FJ1' }
const failed: PaymentMachineState = { phase: 'failed', reason: 'gateway' }

const ALL_STATES = [
  IDLE,
  creating,
  awaiting,
  confirming('cashier'),
  confirming('repay'),
  confirming('relaunch'),
  unknown,
  paid,
  failed,
]

describe('payment machine: starting', () => {
  test('PAY from rest creates an order', () => {
    expect(transitionPayment(IDLE, { type: 'PAY' })).toEqual(creating)
  })

  test('PAY with an order still open queries it first instead of creating another', () => {
    expect(transitionPayment(IDLE, { type: 'PAY', openOrderId: 'OD1' })).toEqual(confirming('repay'))
  })

  test('PAY again after a failure that moved no money is allowed', () => {
    expect(transitionPayment(failed, { type: 'PAY' })).toEqual(creating)
  })

  test.each([creating, awaiting, confirming('cashier'), unknown, paid])(
    'PAY is ignored while %o',
    (state) => {
      expect(transitionPayment(state, { type: 'PAY' })).toBe(state)
    },
  )

  test('guards: canStartPayment only at rest or after a failure; isInFlight while money may move', () => {
    expect(ALL_STATES.filter(canStartPayment)).toEqual([IDLE, failed])
    expect(ALL_STATES.filter(isInFlight)).toEqual([
      creating,
      awaiting,
      confirming('cashier'),
      confirming('repay'),
      confirming('relaunch'),
      unknown,
    ])
  })
})

describe('payment machine: order and cashier', () => {
  test('a created order opens the cashier; a refused one fails at the gateway', () => {
    expect(transitionPayment(creating, { type: 'ORDER_CREATED', orderId: 'OD1' })).toEqual(awaiting)
    expect(transitionPayment(creating, { type: 'ORDER_REFUSED' })).toEqual(failed)
  })

  test('the cashier completing only moves to confirming: never straight to paid', () => {
    expect(transitionPayment(awaiting, { type: 'CASHIER_COMPLETED' })).toEqual(confirming('cashier'))
  })

  test('a failed cashier is confirmed too: the money may have moved', () => {
    expect(transitionPayment(awaiting, { type: 'CASHIER_FAILED' })).toEqual(confirming('cashier'))
  })

  test('a cancelled cashier returns to rest', () => {
    expect(transitionPayment(awaiting, { type: 'CASHIER_CANCELLED' })).toEqual(IDLE)
  })
})

describe('payment machine: the order query decides', () => {
  test('SUCCESS with a receipt number is paid', () => {
    expect(
      transitionPayment(confirming('cashier'), {
        type: 'QUERY_ANSWERED',
        status: 'SUCCESS',
        receiptNo: 'FJ1',
      }),
    ).toEqual(paid)
  })

  test('SUCCESS without a receipt number keeps confirming', () => {
    expect(transitionPayment(confirming('cashier'), { type: 'QUERY_ANSWERED', status: 'SUCCESS' })).toEqual(
      confirming('cashier', 1),
    )
  })

  test('NOTPAY after the cashier keeps polling', () => {
    expect(transitionPayment(confirming('cashier', 2), { type: 'QUERY_ANSWERED', status: 'NOTPAY' })).toEqual(
      confirming('cashier', 3),
    )
  })

  test('NOTPAY before paying an open order opens the cashier with that order', () => {
    expect(transitionPayment(confirming('repay'), { type: 'QUERY_ANSWERED', status: 'NOTPAY' })).toEqual(
      awaiting,
    )
  })

  test('NOTPAY after a relaunch rests: the resident has not paid yet', () => {
    expect(transitionPayment(confirming('relaunch'), { type: 'QUERY_ANSWERED', status: 'NOTPAY' })).toEqual(
      IDLE,
    )
  })

  test('CLOSED and PAYERROR fail without money moved', () => {
    expect(transitionPayment(confirming('cashier'), { type: 'QUERY_ANSWERED', status: 'CLOSED' })).toEqual({
      phase: 'failed',
      reason: 'closed',
    })
    expect(transitionPayment(confirming('repay'), { type: 'QUERY_ANSWERED', status: 'PAYERROR' })).toEqual({
      phase: 'failed',
      reason: 'payment-error',
    })
  })

  test('a failed query counts and keeps confirming; exhausted polling becomes unknown', () => {
    expect(transitionPayment(confirming('cashier'), { type: 'QUERY_FAILED' })).toEqual(
      confirming('cashier', 1),
    )
    expect(transitionPayment(confirming('cashier', 8), { type: 'POLLING_EXHAUSTED' })).toEqual(unknown)
  })

  test('再次查询 from unknown confirms again; relaunch resumes from rest or unknown', () => {
    // 确认中 ran out, so the cashier is closed: asked again as an order whose cashier was left (was 'cashier', which
    // never let a NOTPAY order be paid on: 'What a new user hits', defect 2).
    expect(transitionPayment(unknown, { type: 'CHECK_AGAIN' })).toEqual(confirming('cashier-left'))
    expect(transitionPayment(IDLE, { type: 'RESUME', orderId: 'OD1', moneyMayHaveMoved: false })).toEqual(
      confirming('relaunch'),
    )
    expect(transitionPayment(unknown, { type: 'RESUME', orderId: 'OD1', moneyMayHaveMoved: false })).toEqual(
      confirming('relaunch'),
    )
  })

  test('a relaunch after the cashier was opened and not cancelled polls as after the cashier: NOTPAY means not yet', () => {
    // Was confirming('cashier'): polling the same, but a NOTPAY order could never be paid on ('What a new user hits', defect 2).
    const resumed = transitionPayment(IDLE, { type: 'RESUME', orderId: 'OD1', moneyMayHaveMoved: true })
    expect(resumed).toEqual(confirming('cashier-left'))
    // NOTPAY means not yet: still confirming, polling on; the same order may now be paid on too.
    expect(transitionPayment(resumed, { type: 'QUERY_ANSWERED', status: 'NOTPAY' })).toEqual({
      ...confirming('cashier-left', 1),
      notPaid: true,
    })
  })

  test('RESET is refused while money may be moving', () => {
    for (const state of ALL_STATES) {
      expect(transitionPayment(state, { type: 'RESET' })).toEqual(isInFlight(state) ? state : IDLE)
    }
  })
})

describe('payment machine: properties', () => {
  const events: fc.Arbitrary<PaymentMachineEvent> = fc.oneof(
    fc.constant({ type: 'PAY' } as const),
    fc.constant({ type: 'PAY', openOrderId: 'OD1' } as const),
    fc.constant({ type: 'ORDER_CREATED', orderId: 'OD1' } as const),
    fc.constant({ type: 'ORDER_REFUSED' } as const),
    fc.constant({ type: 'CASHIER_COMPLETED' } as const),
    fc.constant({ type: 'CASHIER_CANCELLED' } as const),
    fc.constant({ type: 'CASHIER_FAILED' } as const),
    fc.constantFrom('NOTPAY', 'SUCCESS', 'CLOSED', 'PAYERROR').map((status) => ({
      type: 'QUERY_ANSWERED' as const,
      status,
      receiptNo: status === 'SUCCESS' ? 'FJ1' : undefined,
    })),
    fc.constant({ type: 'QUERY_FAILED' } as const),
    fc.constant({ type: 'POLLING_EXHAUSTED' } as const),
    fc.constant({ type: 'CHECK_AGAIN' } as const),
    fc.boolean().map((moneyMayHaveMoved) => ({ type: 'RESUME' as const, orderId: 'OD1', moneyMayHaveMoved })),
    fc.constant({ type: 'RESET' } as const),
  )

  test('paid is entered only from confirming on a SUCCESS answer', () => {
    fc.assert(
      fc.property(fc.array(events, { maxLength: 30 }), (sequence) => {
        let state: PaymentMachineState = IDLE
        for (const event of sequence) {
          const next = transitionPayment(state, event)
          if (next.phase === 'paid' && state.phase !== 'paid') {
            expect(state.phase).toBe('confirming')
            expect(event).toEqual(expect.objectContaining({ type: 'QUERY_ANSWERED', status: 'SUCCESS' }))
          }
          state = next
        }
      }),
    )
  })
})

describe('payment machine: polling schedule', () => {
  test('waits at least 2 s, grows, never exceeds 10 s, and fits in 60 s', () => {
    const delays = pollDelays()
    expect(delays[0]).toBe(2000)
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(2000)
    expect(Math.max(...delays)).toBeLessThanOrEqual(10_000)
    delays.slice(1).forEach((delay, index) => expect(delay).toBeGreaterThanOrEqual(delays[index] ?? 0))
    expect(delays.reduce((sum, delay) => sum + delay, 0)).toBeLessThanOrEqual(POLL_BUDGET_MS)
    expect(delays.length).toBeGreaterThanOrEqual(5)
  })
})
