/**
 * The resident's open 请家人代缴 links in the payment store, over the mock
 * bureau: listed after a card is made, revoked one at a time, and never shown
 * to the next person when the phone changes hands mid-answer.
 */
import { loadRules } from '../../src/root/load-rules'
import { createPaymentStore } from '../../src/features/payment/store/payment-store'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { createBureauClient } from '../../src/services/bureau-client'
import { createPaymentService } from '../../src/services/payment-service'
import { memoryStorage } from '../support/memory-storage'
import { seed } from '../support/seed'
import { simulatedFace } from '../support/simulated-face'

const LIU = seed('刘建平')
const LIN = seed('林晓华')
const TODAY = '2025-11-20'

function appOn(gateway: MockGateway) {
  const service = createPaymentService({
    client: createBureauClient(gateway),
    payment: { requestPayment: () => Promise.resolve('cancelled') },
    face: simulatedFace(gateway),
    clock: { today: () => TODAY, sleep: () => Promise.resolve() },
    loadRules: () => loadRules(() => TODAY),
  })
  return createPaymentStore(service, memoryStorage())
}

async function residentWithLink() {
  const gateway = createMockGateway({ latencyMs: 0, today: () => TODAY, benefitYear: 2026 })
  const store = appOn(gateway)
  expect(await store.getState().verify(LIU.name, LIU.idNumber)).toEqual({ ok: true })
  await store.getState().createFamilyShare()
  const share = store.getState().familyShare
  if (share.status !== 'ready') throw new Error('no link')
  return { gateway, store, link: share.data.shareToken }
}

test('a card made is listed at once with its last day; revoking it empties the list and drops the card', async () => {
  const { store, link } = await residentWithLink()
  expect(store.getState().openShares).toEqual({
    status: 'ready',
    data: [{ shareToken: link, expiresOn: '2025-11-27' }],
  })

  await store.getState().revokeShare(link)
  expect(store.getState().shareRevocation).toEqual({
    shareToken: link,
    result: { status: 'ready', data: { revoked: true } },
  })
  expect(store.getState().openShares).toEqual({ status: 'ready', data: [] })
  expect(store.getState().familyShare).toEqual({ status: 'idle' })
  // The bureau agrees.
  await store.getState().loadOpenShares()
  expect(store.getState().openShares).toEqual({ status: 'ready', data: [] })
})

test('a failed revocation keeps the link and the card, with the reason', async () => {
  const { gateway, store, link } = await residentWithLink()
  gateway.injectFault('revokeShareToken', { kind: 'timeout' })
  await store.getState().revokeShare(link)
  expect(store.getState().shareRevocation).toEqual({
    shareToken: link,
    result: { status: 'error', error: { kind: 'timeout' } },
  })
  expect(store.getState().openShares).toEqual({
    status: 'ready',
    data: [expect.objectContaining({ shareToken: link })],
  })
  expect(store.getState().familyShare).toEqual({
    status: 'ready',
    data: expect.objectContaining({ shareToken: link }),
  })
})

test('a second tap while revoking sends nothing more', async () => {
  const { gateway, store, link } = await residentWithLink()
  const send = jest.spyOn(gateway, 'send')
  await Promise.all([store.getState().revokeShare(link), store.getState().revokeShare(link)])
  expect(send.mock.calls.filter(([operation]) => operation === 'revokeShareToken')).toHaveLength(1)
  expect(store.getState().shareRevocation?.result.status).toBe('ready')
})

test('the phone changes hands while the bureau answers: the next person sees no list, card or outcome of the first', async () => {
  const { store, link } = await residentWithLink()
  const listing = store.getState().loadOpenShares()
  const revoking = store.getState().revokeShare(link)
  expect(await store.getState().verify(LIN.name, LIN.idNumber)).toEqual({ ok: true })
  await Promise.all([listing, revoking])
  expect(store.getState().openShares).toEqual({ status: 'idle' })
  expect(store.getState().shareRevocation).toBeUndefined()
  expect(store.getState().familyShare).toEqual({ status: 'idle' })
})
