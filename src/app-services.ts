/**
 * The composition root: picks the gateway (mock by default) and the platform
 * adapters that go with it, and builds the app's one payment store.
 */
import { env } from './config/env'
import { createHttpGateway } from './gateway/http/http-gateway'
import { createMockCashier, type MockCashier } from './gateway/mock/mock-cashier'
import type { MockGateway } from './gateway/mock/mock-gateway'
import { loadMockGateway } from './gateway/mock/load-mock-gateway'
import { createBureauClient } from './services/bureau-client'
import { fixedDateClock, systemClock } from './services/clock'
import { createPaymentService } from './services/payment-service'
import type { GatewayTransport } from './services/ports'
import { createPaymentStore } from './features/payment/store/payment-store'
import { readDevFlag } from './platform/dev-flags'
import { taroRequest } from './platform/http-request'
import { createMockFaceCheck } from './platform/mock-face-check'
import { taroStorage } from './platform/storage'
import { loadRules } from './load-rules'
import { wechatPayment } from './platform/wechat-payment'

function wire() {
  if (env.gateway === 'http') {
    return {
      transport: createHttpGateway({ baseUrl: env.gatewayUrl, request: taroRequest, sleep: systemClock.sleep }),
      payment: wechatPayment,
      clock: systemClock,
      mockCashier: undefined,
    }
  }
  // The flag is read now, at launch, while the URL still carries it; it is parsed with the bureau's code.
  const faultFlag = readDevFlag('mockFault')
  let bureau: Promise<MockGateway> | undefined
  const loadBureau = () =>
    (bureau ??= loadMockGateway().then(({ createMockGateway, parseFaultPlan }) =>
      createMockGateway({
        latencyMs: env.mockLatencyMs,
        today: () => env.mockToday,
        benefitYear: env.mockBenefitYear,
        faults: parseFaultPlan(faultFlag),
        storage: taroStorage,
      }),
    ))
  const transport: GatewayTransport = { send: async (operation, body) => (await loadBureau()).send(operation, body) }
  const mockCashier: MockCashier = createMockCashier(loadBureau)
  return { transport, payment: mockCashier, clock: fixedDateClock(env.mockToday), mockCashier }
}

const wiring = wire()

/** The bureau client and face check, also used by the family subpackage's wiring. */
export const bureauClient = createBureauClient(wiring.transport)
export const faceCheck = createMockFaceCheck(env.mockLatencyMs)

export const paymentService = createPaymentService({
  client: bureauClient,
  payment: wiring.payment,
  face: faceCheck,
  clock: wiring.clock,
  loadRules: () => loadRules(wiring.clock.today),
})

export const paymentStore = createPaymentStore(paymentService, taroStorage)

/**
 * The device's date in China, for checking that a birth date in an ID is not in
 * the future: a typo guard about the real world, not the bureau's (possibly
 * simulated) date, so personas dated later by the mock bureau can be verified.
 */
export const deviceToday = (): string => systemClock.today()

/** Present only with the mock gateway: the simulated WeChat cashier sheet reads it. */
export const mockCashier = wiring.mockCashier
