/**
 * The composition root, the one place that wires the app: it takes the build
 * variant's gateway wiring (variant-wiring.ts: the in-app mock bureau in demo
 * builds, HTTP in sandbox and release builds) and builds the stores and the
 * family feature's dependencies over it. Only src/app.ts (once, at launch) and
 * tests (a fresh set per test) call it; features and pages receive what it
 * builds through the providers in app-providers.tsx.
 */
import type { ComponentType } from 'react'
import { createFamilyService } from '../services/family-service'
import { createPaymentService } from '../services/payment-service'
import type { SimulatedCashier } from '../services/ports'
import { createPaymentStore, type PaymentStoreApi } from '../features/payment'
import type { FamilyDeps } from '../features/family'
import type { ReceiptCheckDeps } from '../features/receipt-check'
import { choosePhoto, type PhotoPicker } from '../platform/photo-picker'
import { randomBytes } from '../platform/random'
import { guardedStorage, taroStorage, type KeyValueStorage } from '../platform/storage'
import { lazyBureauClient } from './lazy-bureau-client'
import { loadBureauClient } from './load-bureau-client'
import { loadRules } from './load-rules'
import { wireGateway } from './variant-wiring'

export interface AppServices {
  paymentStore: PaymentStoreApi
  /** Demo and sandbox builds only: the cashier standing in for WeChat's. */
  cashier?: SimulatedCashier
  /** Its sheet, bound to it, which the pay and cart pages show. */
  cashierSheet?: ComponentType
  /** What the family feature builds its store from, when a family page first asks for it. */
  family: FamilyDeps
  /** 电子凭证查验: the bureau's check, open to anyone (no session). */
  receiptCheck: ReceiptCheckDeps
}

export interface AppServicesOptions {
  /** Where stores and the mock bureau's ledger persist; tests pass a fresh memory storage. */
  storage?: KeyValueStorage
  /** The camera-or-album picker of the 户口簿 photo (default Taro.chooseMedia); UI tests pass a fake. */
  pickPhoto?: PhotoPicker
}

export function createAppServices(options: AppServicesOptions = {}): AppServices {
  // A failed write (a full phone) is caught and the resident told, whatever the storage: no action fails with it.
  const storage = guardedStorage(options.storage ?? taroStorage)
  const wiring = wireGateway({ storage, pickPhoto: options.pickPhoto ?? choosePhoto })
  // Built on its first call: on H5 its code (zod, the wire schemas) is not part of the first load.
  const client = lazyBureauClient(() => loadBureauClient(wiring.transport))
  const paymentService = createPaymentService({
    client,
    payment: wiring.payment,
    face: wiring.face,
    clock: wiring.clock,
    loadRules: () => loadRules(wiring.clock.today),
    // Idempotency keys and the jitter of waits: Web Crypto or wx.getRandomValues, never Math.random.
    random: randomBytes,
  })
  const paymentStore = createPaymentStore(paymentService, storage)
  return {
    paymentStore,
    cashier: wiring.simulatedCashier?.cashier,
    cashierSheet: wiring.simulatedCashier?.Sheet,
    receiptCheck: { checkReceipt: client.checkReceipt },
    family: {
      family: createFamilyService({
        client,
        payments: paymentService,
        face: wiring.face,
        photo: wiring.photo,
      }),
      payments: paymentService,
      familyAidOverlay: wiring.familyAidOverlay,
      identityToken: () => paymentStore.getState().identity?.token,
      payerMaskedName: () => paymentStore.getState().identity?.maskedName,
      payerResidentRef: () => paymentStore.getState().identity?.residentRef,
      // Another session: the family store keeps the same resident's relatives, forgets another payer's at once.
      watchIdentity: (onChange) =>
        paymentStore.subscribe((state, previous) => {
          if (state.identity?.token !== previous.identity?.token) onChange()
        }),
      storage,
    },
  }
}
