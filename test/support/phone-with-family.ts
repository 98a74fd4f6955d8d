/**
 * One phone running the app's two persisting stores (payment and family) over
 * the demo's mock bureau, all on one storage that keeps every value written:
 * for tests of what is saved, and of clearing it.
 */
import { familyAidLookup } from '../../src/config/regions/family-aid'
import { createFamilyStore } from '../../src/features/family/store/family-store'
import { createPaymentStore } from '../../src/features/payment/store/payment-store'
import { MOCK_FAMILY_AID } from '../../src/gateway/mock/mock-family-aid'
import { createMockGateway } from '../../src/gateway/mock/mock-gateway'
import { noPhotoUpload } from '../../src/platform/photo-upload'
import { loadRules } from '../../src/root/load-rules'
import { createBureauClient } from '../../src/services/bureau-client'
import { createFamilyService } from '../../src/services/family-service'
import { createPaymentService } from '../../src/services/payment-service'
import type { PaymentCallback } from '../../src/services/ports'
import type { KeyValueStorage } from '../../src/platform/storage'
import { memoryStorage } from './memory-storage'
import { seed } from './seed'
import { simulatedFace } from './simulated-face'
import { chooseAndAcknowledge, loadPayableRecord } from './verified-order'

/** A memory storage that also keeps every value ever written, not only the last. */
export function recordingStorage() {
  const storage = memoryStorage()
  const written: string[] = []
  const setItem = storage.setItem
  storage.setItem = (key, value) => {
    written.push(`${key}=${value}`)
    setItem(key, value)
  }
  return { storage, written }
}

/** `wrap` stands between the stores and the storage (the app's write guard, say). */
export function phoneWithFamily(wrap: (storage: KeyValueStorage) => KeyValueStorage = (storage) => storage) {
  const { storage, written } = recordingStorage()
  const stored = wrap(storage)
  const gateway = createMockGateway({
    latencyMs: 0,
    today: () => '2025-11-20',
    benefitYear: 2026,
    storage: stored,
  })
  const client = createBureauClient(gateway)
  /** What the cashier answers, in turn; a promise keeps it open until it settles. */
  const callbacks: Array<PaymentCallback | Promise<PaymentCallback>> = []
  const payments = createPaymentService({
    client,
    payment: {
      async requestPayment(params) {
        const callback = await (callbacks.shift() ?? 'cancelled')
        if (callback === 'completed') gateway.settlePayment(params.package)
        return callback
      },
    },
    face: simulatedFace(gateway),
    clock: { today: () => '2025-11-20', sleep: () => Promise.resolve() },
    loadRules: () => loadRules(() => '2025-11-20'),
  })
  const payment = createPaymentStore(payments, stored)
  const family = createFamilyStore({
    family: createFamilyService({ client, payments, face: simulatedFace(gateway), photo: noPhotoUpload }),
    payments,
    familyAid: familyAidLookup(MOCK_FAMILY_AID),
    identityToken: () => payment.getState().identity?.token,
    payerMaskedName: () => payment.getState().identity?.maskedName,
    payerResidentRef: () => payment.getState().identity?.residentRef,
    watchIdentity: (onChange) =>
      payment.subscribe((state, previous) => {
        if (state.identity?.token !== previous.identity?.token) onChange()
      }),
    storage: stored,
  })
  const verify = async (name: string) => {
    payment.getState().giveConsent(true)
    const result = await payment.getState().verify(name, seed(name).idNumber)
    if (!result.ok) throw new Error(`${name} not verified: ${JSON.stringify(result.error)}`)
  }
  return { storage, written, gateway, payment, family, callbacks, verify }
}

/** A grandfather pays for his wife and adds a grandson, his daughter pays her own bill, a newborn's parent reaches step 4. */
export async function aDayOfUse(phone: Phone) {
  // A grandfather pays for his wife and adds a grandson by name and ID number.
  await phone.verify('林国栋')
  expect(phone.payment.getState().reachedCareOfferAge).toBe(true)
  await phone.family.getState().loadMembers()
  const added = await phone.family
    .getState()
    .addMember({ name: '王小明', idNumber: seed('王小明').idNumber, relation: 'maternal-grandchild' })
  expect(added).toEqual(expect.objectContaining({ ok: true }))
  const wife = phone.family.getState().members.find((member) => member.relation === 'spouse')
  if (!wife) throw new Error('no spouse in the book')
  phone.family.getState().toggleInCart(wife.memberToken)
  await phone.family.getState().checkCart()
  phone.family.getState().setAcknowledged(true)
  phone.callbacks.push('completed')
  await phone.family.getState().payCart()
  expect(Object.values(phone.family.getState().lines).some((line) => line.receiptNo)).toBe(true)

  // His daughter pays her own bill on the same phone.
  phone.payment.getState().signOut()
  await phone.verify('林晓华')
  const record = await loadPayableRecord(phone.payment)
  if (!record) throw new Error('林晓华 has no payable record')
  chooseAndAcknowledge(phone.payment, record)
  phone.callbacks.push('completed')
  await phone.payment.getState().pay()
  expect(phone.payment.getState().payment.phase).toBe('paid')

  // A newborn's parent reaches step 4: the record and the quote carry the birth date.
  phone.payment.getState().signOut()
  await phone.verify('林小满')
  await phone.payment.getState().loadEnrolment()
  const enrolment = phone.payment.getState().enrolment
  const newborn =
    enrolment.status === 'ready' && enrolment.data.kind === 'payable' ? enrolment.data.record : undefined
  expect(newborn?.birthDate).toBe('2026-04-20')
  if (newborn) chooseAndAcknowledge(phone.payment, newborn)
  expect(phone.payment.getState().flow.reached).toBe('amount')
}

export type Phone = ReturnType<typeof phoneWithFamily>
