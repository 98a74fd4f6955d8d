/**
 * The composition root: picks the gateway (mock by default) and the platform
 * adapters that go with it, and builds the app's one payment store.
 */
import { env } from './config/env'
import { regionRulesFor } from './config/regions'
import { createHttpGateway } from './gateway/http/http-gateway'
import { parseFaultPlan } from './gateway/mock/fault-plan'
import { createMockCashier, type MockCashier } from './gateway/mock/mock-cashier'
import { createMockGateway } from './gateway/mock/mock-gateway'
import { createBureauClient } from './services/bureau-client'
import { fixedDateClock, systemClock } from './services/clock'
import { createPaymentService } from './services/payment-service'
import { createPaymentStore } from './features/payment/store/payment-store'
import { readDevFlag } from './platform/dev-flags'
import { taroRequest } from './platform/http-request'
import { createMockFaceCheck } from './platform/mock-face-check'
import { taroStorage } from './platform/storage'
import { wechatPayment } from './platform/wechat-payment'

function wire() {
  if (env.gateway === 'http') {
    return {
      transport: createHttpGateway(env.gatewayUrl, taroRequest),
      payment: wechatPayment,
      clock: systemClock,
      mockCashier: undefined,
    }
  }
  const gateway = createMockGateway({
    latencyMs: env.mockLatencyMs,
    today: () => env.mockToday,
    benefitYear: env.mockBenefitYear,
    faults: parseFaultPlan(readDevFlag('mockFault')),
  })
  const mockCashier: MockCashier = createMockCashier(gateway)
  return { transport: gateway, payment: mockCashier, clock: fixedDateClock(env.mockToday), mockCashier }
}

const wiring = wire()

export const paymentService = createPaymentService({
  client: createBureauClient(wiring.transport),
  payment: wiring.payment,
  face: createMockFaceCheck(env.mockLatencyMs),
  clock: wiring.clock,
  regionRules: regionRulesFor,
})

export const paymentStore = createPaymentStore(paymentService, taroStorage)

/** Present only with the mock gateway: the simulated WeChat cashier sheet reads it. */
export const mockCashier = wiring.mockCashier
