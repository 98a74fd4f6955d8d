/**
 * Whose bill it is on a shared phone, by the bureau's resident reference: the
 * same person verifying again (a new session token) goes on with their own
 * bill, on the same order, while another person is told 上一位缴费人.
 */
import { createPaymentStore } from '../../src/features/payment/store/payment-store'
import { createPaymentService } from '../../src/services/payment-service'
import { createBureauClient } from '../../src/services/bureau-client'
import { createMockGateway, type MockGateway } from '../../src/gateway/mock/mock-gateway'
import { loadRules } from '../../src/root/load-rules'
import type { GatewayTransport, Operation, PaymentCallback } from '../../src/services/ports'
import { memoryStorage } from '../support/memory-storage'
import { seed } from '../support/seed'
import { simulatedFace } from '../support/simulated-face'
import { chooseAndAcknowledge, loadPayableRecord } from '../support/verified-order'

const TODAY = '2025-11-20'

/** A store over the mock bureau; the cashier answers each request with the next callback ('completed' moves the money). */
function phone(options: { gateway?: MockGateway; storage?: ReturnType<typeof memoryStorage> } = {}) {
  const gateway =
    options.gateway ?? createMockGateway({ latencyMs: 0, today: () => TODAY, benefitYear: 2026 })
  const sent: Operation[] = []
  const transport: GatewayTransport = {
    send(operation, body) {
      sent.push(operation)
      return gateway.send(operation, body)
    },
  }
  const callbacks: PaymentCallback[] = []
  const cashierOrders: string[] = []
  const service = createPaymentService({
    client: createBureauClient(transport),
    payment: {
      async requestPayment(params) {
        cashierOrders.push(params.package)
        const callback = callbacks.shift() ?? 'cancelled'
        if (callback === 'completed') await gateway.settlePayment(params.package)
        return callback
      },
    },
    face: simulatedFace(gateway),
    clock: { today: () => TODAY, sleep: () => Promise.resolve() },
    loadRules: () => loadRules(() => TODAY),
  })
  const storage = options.storage ?? memoryStorage()
  const store = createPaymentStore(service, storage)
  const count = (operation: Operation) => sent.filter((sentOperation) => sentOperation === operation).length
  return { store, gateway, storage, callbacks, cashierOrders, count }
}

type Phone = ReturnType<typeof phone>

async function verifiedAs({ store }: Phone, name: string) {
  store.getState().giveConsent(true)
  expect(await store.getState().verify(name, seed(name).idNumber)).toEqual({ ok: true })
}

/** Verified, the payable record chosen and the amount acknowledged (steps 1–4). */
async function readyAs(device: Phone, name: string) {
  await verifiedAs(device, name)
  const record = await loadPayableRecord(device.store)
  if (!record) throw new Error(`no payable record for ${name}`)
  expect(chooseAndAcknowledge(device.store, record)).toBe(true)
}

/** 林晓华 opens the cashier and leaves it (取消): her order stays open at the bureau, and her bill on the phone. */
async function linLeavesAnOpenOrder(device: Phone): Promise<string> {
  await readyAs(device, '林晓华')
  device.callbacks.push('cancelled')
  await device.store.getState().pay()
  const { bill, identity } = device.store.getState()
  expect(bill?.owner).toEqual(expect.objectContaining({ token: identity?.token, maskedName: '**华' }))
  if (!bill?.orderId) throw new Error('no open order')
  return bill.orderId
}

describe('payment store: the same person verifying again', () => {
  test('continues their own bill: no 上一位缴费人 notice, the same order paid, no second order', async () => {
    const device = phone()
    const orderId = await linLeavesAnOpenOrder(device)
    const firstToken = device.store.getState().identity?.token

    await verifiedAs(device, '林晓华')
    let state = device.store.getState()
    expect(state.identity?.token).not.toBe(firstToken)
    expect(state.otherPayers).toEqual([])
    expect(state.bill?.orderId).toBe(orderId)
    // Queried and paid under her new session from now on.
    expect(state.bill?.owner?.token).toBe(state.identity?.token)

    const record = await loadPayableRecord(device.store)
    if (!record) throw new Error('no payable record')
    chooseAndAcknowledge(device.store, record)
    device.callbacks.push('completed')
    await device.store.getState().pay()
    state = device.store.getState()
    expect(state.payment.phase).toBe('paid')
    expect(state.otherPayers).toEqual([])
    expect(device.count('createOrder')).toBe(1)
    expect(device.cashierOrders).toEqual([`prepay_id=${orderId}`, `prepay_id=${orderId}`])
    expect(device.gateway.paidOrders()).toEqual([expect.objectContaining({ orderId })])
  })

  test('after a restart of the app, still their own bill', async () => {
    const device = phone()
    const orderId = await linLeavesAnOpenOrder(device)
    const restarted = phone({ gateway: device.gateway, storage: device.storage })
    await restarted.store.getState().resumePayment()
    await verifiedAs(restarted, '林晓华')
    const state = restarted.store.getState()
    expect(state.otherPayers).toEqual([])
    expect(state.bill?.orderId).toBe(orderId)
  })

  test('another person is told 上一位缴费人 and pays their own; the first person back takes up their bill again', async () => {
    const device = phone()
    const orderId = await linLeavesAnOpenOrder(device)

    await readyAs(device, '陈玉珍')
    let state = device.store.getState()
    expect(state.bill).toBeUndefined()
    expect(state.otherPayers).toEqual([expect.objectContaining({ orderId, maskedName: '**华' })])
    device.callbacks.push('completed')
    await device.store.getState().pay()
    expect(device.store.getState().payment.phase).toBe('paid')
    expect(device.count('createOrder')).toBe(2)

    await verifiedAs(device, '林晓华')
    state = device.store.getState()
    expect(state.otherPayers).toEqual([])
    expect(state.bill).toEqual(
      expect.objectContaining({ orderId, owner: expect.objectContaining({ token: state.identity?.token }) }),
    )
  })

  test('a relative paying through a share card is another payer to the resident who verifies next', async () => {
    const device = phone()
    await readyAs(device, '林晓华')
    const share = await device.store.getState().createFamilyShare()
    expect(share).toBeUndefined()
    const familyShare = device.store.getState().familyShare
    if (familyShare.status !== 'ready') throw new Error('no share token')
    device.store.getState().signOut()

    // The relative's session has no resident reference: their bill is matched by its session only.
    expect(await device.store.getState().openFamilyShare(familyShare.data.shareToken)).toEqual({ ok: true })
    const record = await loadPayableRecord(device.store)
    if (!record) throw new Error('no payable record for the relative')
    chooseAndAcknowledge(device.store, record)
    await device.store.getState().pay()
    const orderId = device.store.getState().bill?.orderId
    expect(orderId).toEqual(expect.any(String))

    await verifiedAs(device, '林晓华')
    const state = device.store.getState()
    expect(state.bill).toBeUndefined()
    expect(state.otherPayers).toEqual([expect.objectContaining({ orderId })])
  })
})
