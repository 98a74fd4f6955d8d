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
  const order = await client.createOrder(
    linOrder(await tokenOf(client, '林晓华', gateway), 'idem-ui-cashier'),
  )
  if (!order.ok) throw new Error('order not created')
  const cashier = createMockCashier(() => Promise.resolve(gateway))
  await render(<CashierSheet cashier={cashier} />)
  return { gateway, client, cashier, order: order.value }
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
  expect(screenText()).toContain('演示用的模拟收银台，不会真实扣款。')
  expect(buttonLabels()).toEqual(['支付', '取消', '模拟支付失败'])
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
  expect(gateway.paidOrders()).toEqual([
    expect.objectContaining({ orderId: order.orderId, recordId: 'R-LXH-1', amountFen: 40000 }),
  ])
})

test('模拟支付失败 closes the sheet as a failed payment: nothing is charged and the bureau’s order says PAYERROR', async () => {
  const { gateway, client, cashier, order } = await setUp()
  let outcome: Promise<PaymentCallback> = Promise.resolve('completed')
  act(() => {
    outcome = cashier.requestPayment(order.payParams!)
  })

  await waitForText('¥400.00')
  await act(async () => {
    tap('模拟支付失败')
    await outcome
  })

  await expect(outcome).resolves.toBe('failed')
  expect(screenText()).toBe('')
  expect(gateway.paidOrders()).toEqual([])
  const token = await tokenOf(client, '林晓华', gateway)
  expect(await client.queryOrder(token, order.orderId)).toEqual({
    ok: true,
    value: expect.objectContaining({ status: 'PAYERROR' }),
  })
})
