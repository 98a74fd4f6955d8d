/**
 * The composition root, the one place that wires the app: it picks the
 * gateway (the in-app mock bureau by default, or HTTP) with the platform
 * adapters that go with it, and builds the stores and the family feature's
 * dependencies. Only src/app.ts (once, at launch) and tests (a fresh set per
 * test) call it; features and pages receive what it builds through the
 * providers in app-providers.tsx.
 */
import { env } from '../config/env'
import { createHttpGateway } from '../gateway/http/http-gateway'
import { createSandboxCashier } from '../gateway/http/sandbox-cashier'
import { createMockCashier } from '../gateway/mock/mock-cashier'
import { MOCK_FAMILY_AID } from '../gateway/mock/mock-family-aid'
import type { MockGateway } from '../gateway/mock/mock-gateway'
import { loadMockGateway } from '../gateway/mock/load-mock-gateway'
import { createBureauClient } from '../services/bureau-client'
import { fixedDateClock, systemClock } from '../services/clock'
import { createFamilyService } from '../services/family-service'
import { createPaymentService } from '../services/payment-service'
import type {
  Clock,
  GatewayTransport,
  PaymentPort,
  PhotoUploadPort,
  SimulatedCashier,
} from '../services/ports'
import { createPaymentStore, type PaymentStoreApi } from '../features/payment'
import type { FamilyDeps } from '../features/family'
import { readDevFlag } from '../platform/dev-flags'
import { taroRequest } from '../platform/http-request'
import { randomBytes } from '../platform/random'
import { createMockFaceCheck } from '../platform/mock-face-check'
import { createMockPhotoSender } from '../platform/mock-photo-upload'
import { choosePhoto, type PhotoPicker } from '../platform/photo-picker'
import { createPhotoUpload, noPhotoUpload } from '../platform/photo-upload'
import { taroStorage, type KeyValueStorage } from '../platform/storage'
import { loadRules } from './load-rules'
import { wechatPayment } from '../platform/wechat-payment'

export interface AppServices {
  paymentStore: PaymentStoreApi
  /** Demo builds (mock bureau) and the H5 sandbox build only: the sheet standing in for WeChat's cashier. */
  cashier?: SimulatedCashier
  /** What the family feature builds its store from, when a family page first asks for it. */
  family: FamilyDeps
}

export interface AppServicesOptions {
  /** Where stores and the mock bureau's ledger persist; tests pass a fresh memory storage. */
  storage?: KeyValueStorage
  /** The camera-or-album picker of the 户口簿 photo (default Taro.chooseMedia); UI tests pass a fake. */
  pickPhoto?: PhotoPicker
}

interface GatewayWiring {
  transport: GatewayTransport
  payment: PaymentPort
  clock: Clock
  cashier?: SimulatedCashier
  /** The 户口簿 photo upload that goes with this bureau. */
  photo: PhotoUploadPort
}

function httpWiring(): GatewayWiring {
  return {
    transport: createHttpGateway({
      baseUrl: env.gatewayUrl,
      request: taroRequest,
      sleep: systemClock.sleep,
      random: randomBytes,
    }),
    payment: wechatPayment,
    clock: systemClock,
    ...(env.cashier === 'sandbox' ? sandboxCashier() : {}),
    // No upload endpoint of a real bureau is known yet: a child's binding says so instead of pretending.
    photo: noPhotoUpload,
  }
}

/**
 * The H5 sandbox build (TARO_APP_CASHIER=sandbox): no WeChat cashier over HTTP in a browser, so the
 * simulated sheet pays through the sandbox bureau's /cashier endpoints; the app lives on the
 * sandbox's date (TARO_APP_MOCK_TODAY, as BUREAU_TODAY) so the rules quote the same window.
 */
function sandboxCashier(): Pick<GatewayWiring, 'payment' | 'cashier' | 'clock'> {
  const cashier = createSandboxCashier({ baseUrl: env.gatewayUrl, request: taroRequest })
  return { payment: cashier, cashier, clock: fixedDateClock(env.mockToday) }
}

function mockWiring(storage: KeyValueStorage, pickPhoto: PhotoPicker): GatewayWiring {
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
  return { transport, payment: cashier, clock: fixedDateClock(env.mockToday), cashier, photo }
}

export function createAppServices(options: AppServicesOptions = {}): AppServices {
  const storage = options.storage ?? taroStorage
  const isMock = env.gateway === 'mock'
  const wiring = isMock ? mockWiring(storage, options.pickPhoto ?? choosePhoto) : httpWiring()
  const client = createBureauClient(wiring.transport)
  const face = createMockFaceCheck(env.mockLatencyMs)
  const paymentService = createPaymentService({
    client,
    payment: wiring.payment,
    face,
    clock: wiring.clock,
    loadRules: () => loadRules(wiring.clock.today),
    // Idempotency keys and the jitter of waits: Web Crypto or wx.getRandomValues, never Math.random.
    random: randomBytes,
  })
  const paymentStore = createPaymentStore(paymentService, storage)
  return {
    paymentStore,
    cashier: wiring.cashier,
    family: {
      family: createFamilyService({
        client,
        payments: paymentService,
        face,
        photo: wiring.photo,
      }),
      payments: paymentService,
      // With the mock bureau, 家庭共济 capabilities come from its demonstration data; else only from region files.
      familyAidOverlay: isMock ? MOCK_FAMILY_AID : {},
      identityToken: () => paymentStore.getState().identity?.token,
      payerMaskedName: () => paymentStore.getState().identity?.maskedName,
      // Another payer (or none): the family store forgets the previous payer's relatives at once.
      watchIdentity: (onChange) =>
        paymentStore.subscribe((state, previous) => {
          if (state.identity?.token !== previous.identity?.token) onChange()
        }),
      storage,
    },
  }
}
