/**
 * The demo variant: the in-app mock bureau (seeded residents, fault plan, the
 * ledger in storage) with its simulated cashier, face check and photo
 * receiver, on the mock bureau's date. Only this wiring imports src/gateway/mock.
 */
import { env } from '../config/env'
import { createMockCashier } from '../gateway/mock/mock-cashier'
import { MOCK_FAMILY_AID } from '../gateway/mock/mock-family-aid'
import type { MockGateway } from '../gateway/mock/mock-gateway'
import { loadMockGateway } from '../gateway/mock/load-mock-gateway'
import { fixedDateClock } from '../services/clock'
import type { GatewayTransport } from '../services/ports'
import { readDevFlag } from '../platform/dev-flags'
import { createMockFaceCheck } from '../platform/mock-face-check'
import { createMockPhotoSender } from '../platform/mock-photo-upload'
import { createPhotoUpload } from '../platform/photo-upload'
import { randomBytes } from '../platform/random'
import type { WireGateway } from './gateway-wiring'
import { withSheet } from './simulated-cashier-sheet'

export const demoWiring: WireGateway = ({ storage, pickPhoto }) => {
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
        storage,
        // The platform's cryptographic source (weapp has no global Web Crypto).
        randomBytes,
      }),
    ))
  const transport: GatewayTransport = {
    send: async (operation, body) => (await loadBureau()).send(operation, body),
  }
  const cashier = createMockCashier(loadBureau)
  // The photo is chosen for real; the mock bureau is handed its size and type only and answers a ticket.
  const photo = createPhotoUpload({
    pick: pickPhoto,
    send: createMockPhotoSender({
      latencyMs: env.mockLatencyMs,
      receive: async (input) => (await loadBureau()).receiveBindingPhoto(input),
    }),
  })
  return {
    transport,
    payment: cashier,
    clock: fixedDateClock(env.mockToday),
    // The simulated face check: the mock bureau's simulated WeChat face service completes the verifyId.
    face: createMockFaceCheck({
      latencyMs: env.mockLatencyMs,
      complete: async (verifyId) => (await loadBureau()).completeFaceCheck(verifyId),
    }),
    photo,
    simulatedCashier: withSheet(cashier),
    // 家庭共济 capabilities come from the mock bureau's demonstration data.
    familyAidOverlay: MOCK_FAMILY_AID,
  }
}
