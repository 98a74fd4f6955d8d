import {
  act,
  buttonLabels,
  input,
  render,
  rowValue,
  screenText,
  tap,
  theOnly,
  typeInto,
  waitForText,
  waitUntil,
} from '../support/ui-helpers'
import type * as TaroPageShown from '../support/taro-page-shown'
import { createTestApp, type TestApp } from '../support/test-app'
import AmountPage from '../../src/pages/amount'
import EnrolmentPage from '../../src/pages/enrolment'
import PayPage from '../../src/pages/pay'
import VerifyPage from '../../src/pages/verify'
import { backTo, goHome, goTo, replaceWith } from '../../src/platform/navigation'

// Pages navigate through src/platform/navigation; here each call is recorded instead.
jest.mock('../../src/platform/navigation', () => ({
  ...jest.createMockFromModule<object>('../../src/platform/navigation'),
  // Opened without URL parameters, as a page is by default.
  usePageParams: () => ({}),
}))

// A mounted page is the page being shown (see test/support/taro-page-shown.ts).
jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

/** A seeded resident verified through the store against the app's mock gateway. */
async function verifyAs(name: string, idNumber: string): Promise<void> {
  const result = await app.paymentStore.getState().verify(name, idNumber)
  if (!result.ok) throw new Error(`seed resident ${name} not verified: ${JSON.stringify(result.error)}`)
}

let app: TestApp

beforeEach(() => {
  app = createTestApp()
  jest.mocked(goTo).mockClear()
  jest.mocked(replaceWith).mockClear()
  jest.mocked(backTo).mockClear()
  jest.mocked(goHome).mockClear()
})

describe('verify page', () => {
  test('asks for consent first, then shows the form', async () => {
    await render(<VerifyPage />, app)
    expect(screenText()).toContain('个人信息使用说明')
    expect(buttonLabels()).toEqual(['朗读本页', '查看个人信息保护说明', '同意并继续', '不同意，返回首页'])
    expect(document.querySelector('taro-input-core')).toBeNull()

    tap('同意并继续')
    await waitForText('下一步：人脸核验')
    await waitUntil(() => {
      expect(input('姓名').placeholder).toBe('请输入身份证上的姓名')
      expect(input('身份证号').placeholder).toBe('请输入18位身份证号')
    })
    expect(screenText()).not.toContain('同意并继续')
  })

  test('declining consent goes home', async () => {
    await render(<VerifyPage />, app)
    tap('不同意，返回首页')
    expect(goHome).toHaveBeenCalledTimes(1)
    expect(app.paymentStore.getState().consent).toBeUndefined()
  })

  test('a seeded resident is verified and sent on to step 2', async () => {
    app.paymentStore.getState().giveConsent(true)
    await render(<VerifyPage />, app)
    typeInto('姓名', '林晓华')
    typeInto('身份证号', '350102199003071234')
    tap('下一步：人脸核验')

    await waitUntil(() => expect(goTo).toHaveBeenCalledWith('enrolment'))
    expect(app.paymentStore.getState().identity?.maskedName).toBe('**华')
  })

  test('a name that does not match the ID is refused by the bureau, in words', async () => {
    app.paymentStore.getState().giveConsent(true)
    await render(<VerifyPage />, app)
    typeInto('姓名', '林小华')
    typeInto('身份证号', '350102199003071234')
    tap('下一步：人脸核验')

    await waitForText('姓名与身份证号不一致')
    expect(goTo).not.toHaveBeenCalled()
    expect(app.paymentStore.getState().identity).toBeUndefined()
  })
})

describe('enrolment page', () => {
  test('a fully subsidised resident is told not to pay, with no way on', async () => {
    await verifyAs('郑秀英', '350102194802102460')
    await render(<EnrolmentPage />, app)

    await waitForText('由财政代缴，无需缴费')
    expect(buttonLabels()).not.toContain('信息无误，下一步')
    // 郑秀英 was born in 1948: the 60+ care-mode offer comes first; the only way on is home.
    expect(buttonLabels()).toEqual(['朗读本页', '开启关怀模式', '暂不开启', '返回首页'])
    expect(screenText()).toContain('**英')
    expect(screenText()).toContain('350***********2460')
    expect(screenText()).not.toContain('郑秀英')
    expect(screenText()).not.toContain('350102194802102460')
  })

  test('a payable resident confirms the record and goes on to the plan', async () => {
    await verifyAs('林晓华', '350102199003071234')
    await render(<EnrolmentPage />, app)

    await waitForText('信息无误，下一步')
    expect(screenText()).toContain('已参保，本年度待缴费')
    tap('信息无误，下一步')
    expect(goTo).toHaveBeenCalledWith('plan')
    expect(app.paymentStore.getState().flow.reached).toBe('plan')
  })

  test('opened before verifying, it sends the resident back to step 1', async () => {
    await render(<EnrolmentPage />, app)
    await waitUntil(() => expect(replaceWith).toHaveBeenCalledWith('verify', undefined))
    expect(screenText()).toBe('')
  })
})

describe('amount page', () => {
  test('opened directly with a fresh store, the step guard sends the resident to step 1', async () => {
    expect(app.paymentStore.getState().flow.reached).toBe('verify')
    await render(<AmountPage />, app)

    await waitUntil(() => expect(replaceWith).toHaveBeenCalledWith('verify', undefined))
    expect(screenText()).toBe('')
  })

  test('reached through steps 1-3, it shows the bill and goes on to pay once acknowledged', async () => {
    await verifyAs('林晓华', '350102199003071234')
    await reachAmountStep()
    await render(<AmountPage />, app)

    expect(screenText()).toContain('第 4 步 / 共 6 步')
    expect(rowValue('应缴金额')).toBe('400.00 元')
    expect(replaceWith).not.toHaveBeenCalled()
    tap('确认支付 400.00 元')
    expect(goTo).not.toHaveBeenCalled()

    tap(theOnly('checkbox'))
    tap('确认支付 400.00 元')
    expect(goTo).toHaveBeenCalledWith('pay')
    await waitUntil(() => expect(app.paymentStore.getState().payment.phase).toBe('awaiting-payment'))
    expect(app.paymentStore.getState().flow.reached).toBe('pay')
    // Close the app's one cashier sheet, so that the next test can open it.
    act(() => app.cashier?.cancel())
    await waitUntil(() => expect(app.paymentStore.getState().payment.phase).toBe('idle'))
  })
})

describe('pay page', () => {
  test('paying in the cashier is confirmed with the bureau before the receipt opens', async () => {
    // Each resident pays once in the app's one mock bureau: this one is used only here.
    const { paying } = await openCashier('刘建平', '350102196001011998')

    await waitForText('¥400.00')
    expect(screenText()).toContain('请在微信收银台完成支付')
    tap('支付')
    await act(() => paying)

    const payment = app.paymentStore.getState().payment
    expect(payment.phase).toBe('paid')
    const receiptNo = payment.phase === 'paid' ? payment.receiptNo : ''
    expect(receiptNo).toMatch(/^FJ2026/)
    await waitUntil(() => expect(replaceWith).toHaveBeenCalledWith('receipt', { receiptNo }))
    expect(app.paymentStore.getState().flow.reached).toBe('receipt')
    await waitForText('缴费成功')
    expect(screenText()).toContain('正在打开电子凭证')
  })

  test('cancelling in the cashier goes back to the amount step, keeping the bill', async () => {
    const { paying } = await openCashier('陈玉珍', '350102195206152247')

    await waitForText('¥400.00')
    tap('取消')
    await act(() => paying)

    expect(app.paymentStore.getState().flow.reached).toBe('amount')
    expect(app.paymentStore.getState().quote?.payableFen).toBe(40000)
    await waitUntil(() => expect(backTo).toHaveBeenCalledWith('amount'))
  })
})

/** Steps 2 and 3 through the store's actions, as the enrolment and plan pages call them. */
/** Steps 1–4 for a seeded resident, then 确认支付: the pay page with the cashier sheet open, and the payment under way. */
async function openCashier(name: string, idNumber: string): Promise<{ paying: Promise<void> }> {
  await verifyAs(name, idNumber)
  await reachAmountStep()
  app.paymentStore.getState().setAcknowledged(true)
  let paying: Promise<void> = Promise.resolve()
  act(() => {
    paying = app.paymentStore.getState().pay()
  })
  await render(<PayPage />, app)
  return { paying }
}

async function reachAmountStep(): Promise<void> {
  const store = app.paymentStore.getState()
  await store.loadEnrolment()
  const enrolment = app.paymentStore.getState().enrolment
  if (enrolment.status !== 'ready' || enrolment.data.kind !== 'payable')
    throw new Error('expected a payable record')
  if (!app.paymentStore.getState().chooseRecord(enrolment.data.record))
    throw new Error('record could not be quoted')
  app.paymentStore.getState().confirmPlan()
}
