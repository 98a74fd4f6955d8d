/**
 * 请家人代缴 end to end below the UI: the resident's app asks the mock bureau
 * for a share token; a relative's app (another store on the same bureau)
 * redeems it and pays; the card itself carries nothing personal.
 */
import { loadRules } from '../../src/root/load-rules'
import { routeOf } from '../../src/config/routes'
import { familyShareCard } from '../../src/features/family-share/family-share-card'
import { createPaymentStore } from '../../src/features/payment/store/payment-store'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { createBureauClient } from '../../src/services/bureau-client'
import { createPaymentService } from '../../src/services/payment-service'
import { memoryStorage } from '../support/memory-storage'
import { seed } from '../support/seed'
import { chooseAndAcknowledge, loadPayableRecord } from '../support/verified-order'
import { simulatedFace } from '../support/simulated-face'

const LIU = seed('刘建平')

function appOn(gateway: MockGateway, today: string) {
  const service = createPaymentService({
    client: createBureauClient(gateway),
    payment: {
      async requestPayment(params) {
        gateway.settlePayment(params.package)
        return 'completed'
      },
    },
    face: simulatedFace(gateway),
    clock: { today: () => today, sleep: () => Promise.resolve() },
    loadRules: () => loadRules(() => today),
  })
  return createPaymentStore(service, memoryStorage())
}

function setUp() {
  let today = '2025-11-20'
  const gateway = createMockGateway({ latencyMs: 0, today: () => today, benefitYear: 2026 })
  return {
    gateway,
    resident: appOn(gateway, today),
    relative: appOn(gateway, today),
    setToday: (date: string) => (today = date),
  }
}

async function shareTokenOf(store: ReturnType<typeof appOn>): Promise<string> {
  expect(await store.getState().verify(LIU.name, LIU.idNumber)).toEqual({ ok: true })
  await store.getState().createFamilyShare()
  const share = store.getState().familyShare
  if (share.status !== 'ready') throw new Error(`no share token: ${JSON.stringify(share)}`)
  return share.data.shareToken
}

test('the card is a fixed title and a path with the opaque token: no name, ID or birth date, masked or not', async () => {
  const { resident } = setUp()
  const token = await shareTokenOf(resident)
  const card = familyShareCard(token)
  expect(card.path).toBe(`${routeOf('familyShare')}?share=${token}`)
  const everything = JSON.stringify(card)
  for (const personal of [
    LIU.name,
    LIU.idNumber,
    '**平',
    '350***********1998',
    '1960',
    '19600101',
    LIU.idNumber.slice(-4),
  ]) {
    expect(everything).not.toContain(personal)
  }
})

test('a relative opens the card, sees only masked data, starts at step 2 and pays; the receipt says 家人代缴', async () => {
  const { resident, relative, gateway } = setUp()
  const token = await shareTokenOf(resident)

  expect(await relative.getState().openFamilyShare(token)).toEqual({ ok: true })
  const identity = relative.getState().identity
  expect(identity).toEqual({
    token: expect.any(String),
    maskedName: '**平',
    maskedIdNumber: '350***********1998',
    openedFromShareCard: true,
  })
  expect(relative.getState().flow.reached).toBe('enrolment')

  const record = await loadPayableRecord(relative)
  if (!record) throw new Error('not payable')
  expect(chooseAndAcknowledge(relative, record)).toBe(true)
  await relative.getState().pay()
  const payment = relative.getState().payment
  if (payment.phase !== 'paid') throw new Error(`not paid: ${payment.phase}`)
  expect(gateway.paidOrders()).toEqual([expect.objectContaining({ recordId: 'R-LJP-1', amountFen: 40000 })])

  await relative.getState().loadReceipt(payment.receiptNo)
  const receipt = relative.getState().receipt
  if (receipt.status !== 'ready' || receipt.data.status !== 'issued') throw new Error('no receipt')
  expect(receipt.data.receipt).toEqual(
    expect.objectContaining({ maskedPayerName: '家人代缴', maskedInsuredName: '**平' }),
  )
})

test('an unknown or expired token is refused with advice, and the relative has no session', async () => {
  const { resident, relative, setToday } = setUp()
  const token = await shareTokenOf(resident)

  expect(await relative.getState().openFamilyShare('sh_notatokenatall12345')).toEqual({
    ok: false,
    error: expect.objectContaining({ kind: 'business', code: 'SHARE_INVALID' }),
  })
  setToday('2025-11-28') // issued 11-20, valid through 11-27
  // The true reason: expired, not unknown (the bureau tells them apart since shares are in its ledger).
  expect(await relative.getState().openFamilyShare(token)).toEqual({
    ok: false,
    error: expect.objectContaining({ kind: 'business', code: 'SHARE_EXPIRED' }),
  })
  expect(relative.getState().identity).toBeUndefined()
})

test('a new verification forgets the previous resident’s card', async () => {
  const { resident } = setUp()
  await shareTokenOf(resident)
  await resident.getState().verify('林晓华', '350102199003071234')
  expect(resident.getState().familyShare).toEqual({ status: 'idle' })
})
