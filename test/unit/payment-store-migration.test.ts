/** What a resident saved under an older version of the payment store is read back under today's rules. */
import { createPaymentStore } from '../../src/features/payment/store/payment-store'
import { createMockGateway } from '../../src/gateway/mock/mock-gateway'
import { createPaymentService } from '../../src/services/payment-service'
import { createBureauClient } from '../../src/services/bureau-client'
import { loadRules } from '../../src/root/load-rules'
import { memoryStorage } from '../support/memory-storage'
import { simulatedFace } from '../support/simulated-face'
import { PRIVACY_NOTICE_VERSION } from '../../src/domain/consent'

const STORAGE_KEY = 'yibao-payment'

function storeOver(saved: unknown) {
  const storage = memoryStorage()
  storage.setItem(STORAGE_KEY, JSON.stringify(saved))
  const service = createPaymentService({
    client: createBureauClient({ send: () => Promise.resolve({ kind: 'network' }) }),
    payment: { requestPayment: () => Promise.resolve('cancelled') },
    face: simulatedFace(createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })),
    clock: { today: () => '2025-11-20', sleep: () => Promise.resolve() },
    loadRules: () => loadRules(() => '2025-11-20'),
  })
  return { store: createPaymentStore(service, storage), storage }
}

const identity = { token: 'tk_shared_0001', maskedName: '**平', maskedIdNumber: '350***********1998' }
const record = { recordId: 'R-LJP-1', adcode: '350102', regionName: '福建省福州市鼓楼区' }
const bill = {
  recordId: 'R-LJP-1',
  benefitYear: 2026,
  amountFen: 40000,
  idempotencyKey: 'idem-1',
  orderId: 'ORD-1',
  moneyMayHaveMoved: true,
  owner: { token: identity.token, maskedName: identity.maskedName },
}

describe('payment store persistence: versions 2 and 3', () => {
  test('a relative’s share-card session (forFamily in version 2) is still one, and needed no consent', () => {
    const { store } = storeOver({ state: { identity: { ...identity, forFamily: true } }, version: 2 })
    expect(store.getState().identity).toEqual({ ...identity, openedFromShareCard: true })
  })

  test('the birth date is dropped from storage at launch; what the 60+ offer needs is kept instead', () => {
    const { store, storage } = storeOver({
      state: { identity: { ...identity, openedFromShareCard: true, birthDate: '1960-01-01' }, record },
      version: 3,
    })
    expect(store.getState().identity).toEqual({ ...identity, openedFromShareCard: true })
    expect(store.getState().reachedCareOfferAge).toBe(true)
    expect(storage.getItem(STORAGE_KEY)).not.toContain('1960-01-01')
  })

  test('a yes to the old notice is asked again: the session it opened is not used, its bill is still queried', () => {
    const { store, storage } = storeOver({
      state: {
        identity: { ...identity, birthDate: '1960-01-01' },
        consentGiven: true,
        flow: { reached: 'pay' },
        record,
        bill,
      },
      version: 3,
    })
    const state = store.getState()
    expect(state.consent).toBeUndefined()
    expect([state.identity, state.flow.reached, state.record, state.bill]).toEqual([
      undefined,
      'verify',
      undefined,
      undefined,
    ])
    expect(state.otherPayers).toEqual([
      expect.objectContaining({ orderId: 'ORD-1', maskedName: '**平', bill }),
    ])
    expect(storage.getItem(STORAGE_KEY)).not.toContain('consentGiven')
  })

  test('a newborn’s record and quote are dropped with their birth date, and step 2 asks the bureau again', () => {
    const { store, storage } = storeOver({
      state: {
        identity: { ...identity, openedFromShareCard: true },
        flow: { reached: 'amount' },
        record: { ...record, category: 'newborn', birthDate: '2026-04-20' },
        quote: { coverage: { start: '2026-04-20' } },
        acknowledged: true,
      },
      version: 3,
    })
    const state = store.getState()
    expect([state.record, state.quote, state.acknowledged, state.flow.reached]).toEqual([
      undefined,
      undefined,
      false,
      'enrolment',
    ])
    expect(storage.getItem(STORAGE_KEY)).not.toContain('2026-04-20')
  })

  test('an older version is not read', () => {
    const { store } = storeOver({ state: { identity: { ...identity, forFamily: true } }, version: 1 })
    expect(store.getState().identity).toBeUndefined()
  })
})

describe('payment store persistence: a new notice', () => {
  const agreedTo = (version: number) => ({ version, acceptedAt: '2026-10-01T02:00:00.000Z' })

  test('consent to the current notice keeps the session', () => {
    const { store } = storeOver({
      state: { identity, consent: agreedTo(PRIVACY_NOTICE_VERSION), flow: { reached: 'amount' } },
      version: 4,
    })
    expect(store.getState().identity).toEqual(identity)
    expect(store.getState().flow.reached).toBe('amount')
  })

  test('consent to an earlier notice is asked again, the session set aside, a bill in flight still queried', () => {
    const { store } = storeOver({
      state: { identity, consent: agreedTo(1), flow: { reached: 'pay' }, record, bill },
      version: 4,
    })
    const state = store.getState()
    expect(state.consent).toEqual(agreedTo(1))
    expect([state.identity, state.flow.reached, state.bill]).toEqual([undefined, 'verify', undefined])
    expect(state.otherPayers.map((entry) => entry.orderId)).toEqual(['ORD-1'])
  })
})
