/** What a resident saved under an older version of the payment store is read back under today's names. */
import { createPaymentStore } from '../../src/features/payment/store/payment-store'
import { createPaymentService } from '../../src/services/payment-service'
import { createBureauClient } from '../../src/services/bureau-client'
import { loadRules } from '../../src/root/load-rules'
import { memoryStorage } from '../support/memory-storage'

const STORAGE_KEY = 'yibao-payment'

function storeOver(saved: unknown) {
  const storage = memoryStorage()
  storage.setItem(STORAGE_KEY, JSON.stringify(saved))
  const service = createPaymentService({
    client: createBureauClient({ send: () => Promise.resolve({ kind: 'network' }) }),
    payment: { requestPayment: () => Promise.resolve('cancelled') },
    face: { verify: () => Promise.resolve({ ok: false, reason: 'cancelled' }) },
    clock: { today: () => '2025-11-20', sleep: () => Promise.resolve() },
    loadRules: () => loadRules(() => '2025-11-20'),
  })
  return createPaymentStore(service, storage)
}

const identity = { token: 'tk_shared_0001', maskedName: '**平', maskedIdNumber: '350***********1998' }

describe('payment store persistence: version 2', () => {
  test('a session opened from a share card (forFamily) is still one (openedFromShareCard)', () => {
    const store = storeOver({
      state: { identity: { ...identity, forFamily: true }, consentGiven: true },
      version: 2,
    })
    expect(store.getState().identity).toEqual({ ...identity, openedFromShareCard: true })
    expect(store.getState().consentGiven).toBe(true)
  })

  test("the resident's own session stays their own", () => {
    const store = storeOver({ state: { identity: { ...identity, birthDate: '1998-01-01' } }, version: 2 })
    expect(store.getState().identity).toEqual({ ...identity, birthDate: '1998-01-01' })
  })

  test('an older version is not read', () => {
    const store = storeOver({ state: { identity: { ...identity, forFamily: true } }, version: 1 })
    expect(store.getState().identity).toBeUndefined()
  })
})
