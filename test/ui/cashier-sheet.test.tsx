import { act, buttonLabels, render, screenText, tap, waitForText } from '../support/ui-helpers'
import { CashierSheet } from '../../src/features/payment/components/cashier-sheet'
import { createMockCashier } from '../../src/gateway/mock/mock-cashier'
import { createMockGateway } from '../../src/gateway/mock/mock-gateway'
import { createBureauClient } from '../../src/services/bureau-client'
import type { PaymentCallback } from '../../src/services/ports'
import { linOrder, tokenOf } from '../support/verified-order'

/** A mock bureau with an unpaid order for 林晓华 (400 元), and the cashier over it. */
async function setUp() {
  const gateway = createMockGateway({ latencyMs: 0, today: () => '2025-11-20', benefitYear: 2026 })
  const client = createBureauClient(gateway)
  const order = await client.createOrder(linOrder(await tokenOf(client, '林晓华', 'face-ui'), 'idem-ui-cashier'))
  if (!order.ok) throw new Error('order not created')
  const cashier = createMockCashier(() => Promise.resolve(gateway))
  await render(<CashierSheet cashier={cashier} />)
  return { gateway, cashier, order: order.value }
}

test('nothing is shown until a payment is requested', async () => {
  await setUp()
  expect(screenText()).toBe('')
})

test('the sheet shows the amount; 取消 closes it and moves no money', async () => {
  const { gateway, cashier, order } = await setUp()
  let outcome: Promise<PaymentCallback> = Promise.resolve('failed')
  act(() => {
    outcome = cashier.requestPayment(order.payParams!)
  })

  await waitForText('微信支付（模拟收银台）')
  expect(screenText()).toContain('¥400.00')
  expect(buttonLabels()).toEqual(['支付', '取消'])
  tap('取消')

  await expect(outcome).resolves.toBe('cancelled')
  expect(screenText()).toBe('')
  expect(gateway.paidOrders()).toEqual([])
})

test('支付 completes the payment and the mock ledger holds the order', async () => {
  const { gateway, cashier, order } = await setUp()
  let outcome: Promise<PaymentCallback> = Promise.resolve('failed')
  act(() => {
    outcome = cashier.requestPayment(order.payParams!)
  })

  await waitForText('¥400.00')
  // 支付 settles the order in the mock ledger, then closes the sheet: both after the tap returns.
  await act(async () => {
    tap('支付')
    await outcome
  })

  await expect(outcome).resolves.toBe('completed')
  expect(screenText()).toBe('')
  expect(gateway.paidOrders()).toEqual([expect.objectContaining({ orderId: order.orderId, recordId: 'R-LXH-1', amountFen: 40000 })])
})
