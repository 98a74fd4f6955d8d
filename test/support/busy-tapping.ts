/**
 * A resident at the evening peak who keeps tapping 重试 while the bureau
 * answers every createOrder 系统繁忙: the real payment store and service over
 * the mock bureau (for verification and enrolment) with createOrder always
 * busy, on a fake clock (sleeps advance it; nothing really waits). Counts the
 * requests the client sends while tapping. Used by the unit test (bound) and
 * the bench (figure). No jest here.
 */
import { createPaymentStore } from '../../src/features/payment/store/payment-store'
import { createMockGateway } from '../../src/gateway/mock/mock-gateway'
import { loadRules } from '../../src/root/load-rules'
import { createBureauClient } from '../../src/services/bureau-client'
import { createPaymentService } from '../../src/services/payment-service'
import type { GatewayTransport, Operation, RandomSource, TransportResponse } from '../../src/services/ports'
import { memoryStorage } from './memory-storage'
import { seed } from './seed'
import { chooseAndAcknowledge, loadPayableRecord } from './verified-order'
import { simulatedFace } from './simulated-face'

/** The design's bar: a resident who keeps tapping for 5 minutes sends at most 30 requests. */
export const BUSY_REQUEST_GOAL = 30

const BUSY: TransportResponse = {
  kind: 'body',
  body: { ok: false, error: { code: 'SYSTEM_BUSY', message: '系统繁忙' } },
}

export interface BusyTapping {
  /** Requests sent from the first tap to the end of the window. */
  requests: number
  taps: number
  /** Taps that sent nothing (the wait the app showed was not over). */
  quietTaps: number
  operations: Operation[]
}

export async function tapWhileBusy(
  options: {
    durationMs?: number
    tapEveryMs?: number
    random?: RandomSource
    busyAnswer?: TransportResponse
  } = {},
): Promise<BusyTapping> {
  const durationMs = options.durationMs ?? 5 * 60_000
  const tapEveryMs = options.tapEveryMs ?? 2000
  let now = Date.parse('2025-11-20T12:00:00Z')
  const gateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
  let counting = false
  const operations: Operation[] = []
  const transport: GatewayTransport = {
    send(operation, body) {
      if (counting) operations.push(operation)
      return operation === 'createOrder'
        ? Promise.resolve(options.busyAnswer ?? BUSY)
        : gateway.send(operation, body)
    },
  }
  const service = createPaymentService({
    client: createBureauClient(transport),
    payment: { requestPayment: () => Promise.resolve('cancelled') },
    face: simulatedFace(gateway),
    clock: {
      today: () => '2025-11-20',
      now: () => now,
      sleep: (ms) => {
        now += ms
        return Promise.resolve()
      },
    },
    loadRules: () => loadRules(() => '2025-11-20'),
    random: options.random,
  })
  const store = createPaymentStore(service, memoryStorage())
  const resident = seed('林晓华')
  store.getState().giveConsent(true)
  const verified = await store.getState().verify(resident.name, resident.idNumber)
  if (!verified.ok) throw new Error('busy tapping: verification failed')
  const record = await loadPayableRecord(store)
  if (!record) throw new Error('busy tapping: no payable record')
  chooseAndAcknowledge(store, record)

  counting = true
  const start = now
  let taps = 0
  let quietTaps = 0
  for (let at = start; at < start + durationMs; at += tapEveryMs) {
    // The tap comes at its time, or as soon as the previous one is done (a wait inside it moved the clock on).
    now = Math.max(now, at)
    const before = operations.length
    await store.getState().pay()
    taps += 1
    if (operations.length === before) quietTaps += 1
  }
  return { requests: operations.length, taps, quietTaps, operations }
}
