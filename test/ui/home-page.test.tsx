import { act, buttonLabels, render, screenText, tap } from '../support/ui-helpers'
import HomePage from '../../src/pages/home'
import { createTestApp } from '../support/test-app'
import type * as TaroPageShown from '../support/taro-page-shown'

// Home reads the family's saved list each time it is shown (useDidShow): shown once, on mount, here.
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

test('home offers paying for oneself and the payment records, and a care-mode switch that says its state', async () => {
  await render(<HomePage />, createTestApp())
  expect(buttonLabels()).toEqual(expect.arrayContaining(['为本人缴费', '缴费记录']))
  expect(screenText()).toContain('已关闭')
  const careSwitch = document.querySelector('[aria-label="关怀模式（大字体、高对比）"]')
  if (!careSwitch) throw new Error('care-mode switch missing')
  tap(careSwitch)
  expect(screenText()).toContain('已开启')
})

test('缴费成功 shown to the wrong person on a shared phone: the home page names the previous payer’s order, never 缴费成功', async () => {
  const app = createTestApp()
  app.paymentStore.setState({
    identity: { token: 'tk_chen', maskedName: '**珍', maskedIdNumber: '350***********2247' },
    otherPayers: [
      { orderId: 'OD1', maskedName: '**华', payment: { phase: 'paid', orderId: 'OD1', receiptNo: 'FJ1' } },
    ],
  })
  await render(<HomePage />, app)
  expect(screenText()).toContain('上一位缴费人（**华）已缴费')
  expect(screenText()).not.toContain('缴费成功')
  expect(screenText()).not.toContain('林晓华')
  act(() =>
    app.paymentStore.setState({
      otherPayers: [{ orderId: 'OD1', maskedName: '**华', payment: { phase: 'unknown', orderId: 'OD1' } }],
    }),
  )
  expect(screenText()).toContain('上一位缴费人（**华）的订单确认中')
})
