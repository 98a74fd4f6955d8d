/**
 * Issue "What a new user hits", the payment screens (steps 4 and 5) as a
 * resident sees them: the way back from an error, an order left in the
 * cashier, a record locked by another order, a cancelled cashier, and
 * nightly maintenance.
 */
import {
  act,
  button,
  buttonLabels,
  render,
  screenText,
  tap,
  waitForText,
  waitUntil,
} from '../support/ui-helpers'
import type * as TaroPageShown from '../support/taro-page-shown'
import { createTestApp, type TestApp } from '../support/test-app'
import { memoryStorage } from '../support/memory-storage'
import { createAppServices } from '../../src/root/app-services'
import AmountPage from '../../src/pages/amount'
import PayPage from '../../src/pages/pay'
import { PaymentStatus } from '../../src/features/payment/components/payment-status'
import { AmountView } from '../../src/features/payment/components/amount-view'
import type { PaymentMachineState } from '../../src/domain/payment-machine'
import type { GatewayError } from '../../src/services/gateway-errors'
import type { OrderAnswer } from '../../src/services/model'
import type { Loadable } from '../../src/ui/loadable'
import { fen } from '../../src/domain/money'
import type { Quote } from '../../src/domain/quote'
import { backTo, goHome, goTo, replaceWith } from '../../src/platform/navigation'

jest.mock('../../src/platform/navigation', () => ({
  ...jest.createMockFromModule<object>('../../src/platform/navigation'),
  usePageParams: () => ({}),
}))

jest.mock('@tarojs/taro', () =>
  jest.requireActual<typeof TaroPageShown>('../support/taro-page-shown').taroWithPageShownOnMount(),
)

// The URL flag ?mockFault=…, read when an app is built: each test sets it before createTestApp.
let mockFaultFlag = ''
jest.mock('../../src/platform/dev-flags', () => ({
  readDevFlag: (name: string) => (name === 'mockFault' ? mockFaultFlag : ''),
}))

let app: TestApp

function newApp(fault = ''): TestApp {
  mockFaultFlag = fault
  app = createTestApp()
  return app
}

beforeEach(() => {
  jest.mocked(goTo).mockClear()
  jest.mocked(replaceWith).mockClear()
  jest.mocked(backTo).mockClear()
  jest.mocked(goHome).mockClear()
})

afterEach(() => {
  // Close a cashier sheet a test left open.
  act(() => app?.cashier?.cancel())
})

async function reachAmountStep(name = '林晓华', idNumber = '350102199003071234'): Promise<void> {
  const verified = await app.paymentStore.getState().verify(name, idNumber)
  if (!verified.ok) throw new Error(`not verified: ${JSON.stringify(verified.error)}`)
  await app.paymentStore.getState().loadEnrolment()
  const enrolment = app.paymentStore.getState().enrolment
  if (enrolment.status !== 'ready' || enrolment.data.kind !== 'payable')
    throw new Error('expected a payable record')
  if (!app.paymentStore.getState().chooseRecord(enrolment.data.record))
    throw new Error('record could not be quoted')
  app.paymentStore.getState().confirmPlan()
  app.paymentStore.getState().setAcknowledged(true)
}

/** 确认支付 as step 4 does it, then the pay page. */
async function payAndOpenPayPage(): Promise<{ paying: Promise<void> }> {
  let paying: Promise<void> = Promise.resolve()
  act(() => {
    paying = app.paymentStore.getState().pay()
  })
  await render(<PayPage />, app)
  return { paying }
}

describe('defect 1: 返回核对金额 on a step-5 error returns to step 4, everything kept', () => {
  test.each([
    ['createOrder:timeout', '请求超时'],
    ['createOrder:MAINTENANCE', '系统维护中'],
    ['createOrder:TRADE_LOCKED', '交易处理中'],
  ])('%s: 返回核对金额 goes back to step 4, not to a blank page', async (fault, title) => {
    newApp(fault)
    await reachAmountStep()
    const { paying } = await payAndOpenPayPage()
    await act(() => paying)
    await waitForText(title)

    tap('返回核对金额')
    await waitUntil(() => expect(backTo).toHaveBeenCalledWith('amount'))
    expect(backTo).toHaveBeenCalledTimes(1)
    // Until the navigation lands, the page still shows what it showed: never a blank page.
    expect(screenText()).toContain(title)
    const state = app.paymentStore.getState()
    expect(state.flow.reached).toBe('amount')
    expect(state.acknowledged).toBe(true)
    expect(state.quote?.payableFen).toBe(40000)
    expect(state.record?.recordId).toBe('R-LXH-1')
  })

  test('step 4 after it offers 确认支付 again', async () => {
    newApp('createOrder:timeout')
    await reachAmountStep()
    const { paying } = await payAndOpenPayPage()
    await act(() => paying)
    tap('返回核对金额')
    document.body.innerHTML = ''
    await render(<AmountPage />, app)
    expect(buttonLabels()).toContain('确认支付 400.00 元')
    tap('确认支付 400.00 元')
    expect(goTo).toHaveBeenCalledWith('pay')
  })
})

describe('defect 2: an order left in the cashier can be paid on, same order', () => {
  const leftOpen: PaymentMachineState = {
    phase: 'confirming',
    orderId: 'OD1',
    origin: 'cashier-left',
    queries: 1,
    notPaid: true,
  }

  test('step 5 says so and offers 继续支付 while it keeps confirming', async () => {
    const onContinue = jest.fn()
    await render(<PaymentStatus {...statusHandlers()} payment={leftOpen} onContinue={onContinue} />)
    expect(screenText()).toContain('您有一笔待支付的订单，可继续支付（不会重复扣款）')
    expect(screenText()).toContain('同一笔订单')
    expect(buttonLabels()).toEqual(['继续支付'])
    tap('继续支付')
    expect(onContinue).toHaveBeenCalledTimes(1)
  })

  test('after 确认中 ran out with NOTPAY answers: 继续支付 and 再次查询', async () => {
    const handlers = statusHandlers()
    await render(
      <PaymentStatus {...handlers} payment={{ phase: 'unknown', orderId: 'OD1', notPaid: true }} />,
    )
    expect(buttonLabels()).toEqual(['继续支付', '再次查询'])
    tap('再次查询')
    expect(handlers.onCheckAgain).toHaveBeenCalledTimes(1)
  })

  test('a reload with the cashier open: step 5 offers 继续支付, which opens the same order; paid, one order', async () => {
    const storage = memoryStorage()
    mockFaultFlag = ''
    app = createAppServices({ storage })
    await reachAmountStep()
    act(() => {
      void app.paymentStore.getState().pay()
    })
    await waitUntil(() => expect(app.cashier?.current()).toBeDefined())
    const orderId = app.paymentStore.getState().bill?.orderId
    expect(orderId).toBeDefined()

    // The page is reloaded with the cashier open: a new app over the same storage (the mock bureau's ledger too).
    app = createAppServices({ storage })
    let resuming: Promise<void> = Promise.resolve()
    act(() => {
      resuming = app.paymentStore.getState().resumePayment()
    })
    await render(<PayPage />, app)
    await waitForText('您有一笔待支付的订单，可继续支付（不会重复扣款）')
    expect(buttonLabels()).toContain('继续支付')
    tap('继续支付')
    await waitForText('¥400.00')
    expect(app.cashier?.current()?.params.package).toBe(`prepay_id=${orderId}`)
    tap('支付')
    await act(() => resuming)
    expect(app.paymentStore.getState().payment).toEqual(expect.objectContaining({ phase: 'paid', orderId }))
    await waitUntil(() => expect(replaceWith).toHaveBeenCalledWith('receipt', expect.anything()))
  })

  test('step 4 never shows a disabled 正在发起支付… while a payment only waits for its result', async () => {
    newApp()
    await reachAmountStep()
    app.paymentStore.setState({ payment: { phase: 'unknown', orderId: 'OD1' }, flow: { reached: 'pay' } })
    await render(<AmountPage />, app)
    expect(screenText()).not.toContain('正在发起支付…')
    expect(screenText()).toContain('请勿重复支付')
    tap('查看缴费结果')
    expect(goTo).toHaveBeenCalledWith('pay')
  })

  test('step 4 with an order left in the cashier: 继续支付 opens the same order’s cashier on step 5', async () => {
    newApp()
    await reachAmountStep()
    const continuePayment = jest.fn(() => Promise.resolve())
    // 为本人缴费 after the relaunch took the flow back through steps 2–4; the order in flight stays.
    app.paymentStore.setState({
      payment: leftOpen,
      flow: { reached: 'amount' },
      bill: {
        recordId: 'R-LXH-1',
        benefitYear: 2026,
        amountFen: fen(40000),
        idempotencyKey: 'idem-1',
        orderId: 'OD1',
        moneyMayHaveMoved: true,
      },
      continuePayment,
    })
    await render(<AmountPage />, app)
    expect(screenText()).toContain('您有一笔待支付的订单，可继续支付（不会重复扣款）')
    expect(screenText()).toContain('这笔订单（400.00 元）尚未付款')
    tap('继续支付')
    expect(continuePayment).toHaveBeenCalledTimes(1)
    expect(goTo).toHaveBeenCalledWith('pay')
    // Step 5 may open: its guard would otherwise send the resident straight back.
    expect(app.paymentStore.getState().flow.reached).toBe('pay')
  })
})

describe('defect 3: a record locked by another open order', () => {
  const locked: GatewayError = {
    kind: 'business',
    code: 'TRADE_LOCKED',
    message: '该参保记录有未完成的缴费订单',
    orderId: 'OD2026000000000001',
  }
  const failed: PaymentMachineState = { phase: 'failed', reason: 'gateway' }
  const answer = (status: OrderAnswer['status'], receiptNo?: string): Loadable<OrderAnswer> => ({
    status: 'ready',
    data: { orderId: 'OD2026000000000001', status, amountFen: fen(40000), receiptNo },
  })

  test('says plainly another order for this bill is open, never that this phone’s payment went to the bank', async () => {
    const handlers = statusHandlers()
    await render(<PaymentStatus {...handlers} payment={failed} error={locked} />)
    expect(screenText()).toContain('已有一笔未完成的订单')
    expect(screenText()).toContain('其他手机')
    expect(screenText()).toContain('代缴链接')
    expect(screenText()).toContain('医保部门')
    expect(screenText()).not.toContain('已提交银行处理')
    expect(screenText()).not.toContain('30 分钟')
    expect(buttonLabels()).toEqual(['查询该订单', '返回核对金额'])
    tap('查询该订单')
    expect(handlers.onQueryLockedOrder).toHaveBeenCalledTimes(1)
  })

  test('paid: that receipt; still open: said so; closed: 重新发起缴费', async () => {
    const handlers = statusHandlers()
    const utils = await render(
      <PaymentStatus
        {...handlers}
        payment={failed}
        error={locked}
        lockedOrder={answer('SUCCESS', 'FJ2026000042')}
      />,
    )
    expect(screenText()).toContain('该订单已缴费成功')
    expect(buttonLabels()).toEqual(['查看电子凭证', '返回核对金额'])
    tap('查看电子凭证')
    expect(handlers.onShowReceipt).toHaveBeenCalledWith('FJ2026000042')
    utils.unmout()
    document.body.innerHTML = ''

    await render(
      <PaymentStatus {...handlers} payment={failed} error={locked} lockedOrder={answer('NOTPAY')} />,
    )
    expect(screenText()).toContain('该订单尚未支付')
    expect(buttonLabels()).toEqual(['再次查询该订单', '返回核对金额'])
    document.body.innerHTML = ''

    await render(
      <PaymentStatus {...handlers} payment={failed} error={locked} lockedOrder={answer('CLOSED')} />,
    )
    expect(screenText()).toContain('该订单已关闭，未扣款')
    expect(buttonLabels()).toEqual(['重新发起缴费', '返回核对金额'])
    tap('重新发起缴费')
    expect(handlers.onRetry).toHaveBeenCalledTimes(1)
  })

  test('the pay page queries the named order with the resident’s session', async () => {
    newApp()
    await reachAmountStep()
    const checkLockedOrder = jest.fn(() => Promise.resolve())
    app.paymentStore.setState({
      payment: failed,
      paymentError: locked,
      flow: { reached: 'pay' },
      checkLockedOrder,
    })
    await render(<PayPage />, app)
    tap('查询该订单')
    expect(checkLockedOrder).toHaveBeenCalledTimes(1)
  })
})

describe('defect 4: cancelling in the cashier', () => {
  test('step 4 says 已取消支付，可重新支付', async () => {
    newApp()
    await reachAmountStep('陈玉珍', '350102195206152247')
    const { paying } = await payAndOpenPayPage()
    await waitForText('¥400.00')
    tap('取消')
    await act(() => paying)
    await waitUntil(() => expect(backTo).toHaveBeenCalledWith('amount'))
    document.body.innerHTML = ''
    await render(<AmountPage />, app)
    expect(screenText()).toContain('已取消支付，可重新支付')
    expect(screenText()).toContain('未扣款')
    expect(button('确认支付 400.00 元')).toBeTruthy()
  })
})

describe('defect 5: 系统维护中 until a time', () => {
  const maintenance: GatewayError = { kind: 'business', code: 'MAINTENANCE', message: '维护', until: '00:05' }

  test('step 5 shows the time and keeps 重试 disabled until then', async () => {
    const handlers = statusHandlers()
    await render(
      <PaymentStatus
        {...handlers}
        payment={{ phase: 'failed', reason: 'gateway' }}
        error={maintenance}
        retryAt={Date.now() + 3_600_000}
      />,
    )
    expect(screenText()).toContain('预计 00:05 恢复')
    expect(buttonLabels()).toEqual(['系统维护中，请于 00:05 后重试', '返回核对金额'])
    tap('系统维护中，请于 00:05 后重试')
    expect(handlers.onRetry).not.toHaveBeenCalled()
  })

  test('once the time has passed, 重试', async () => {
    const handlers = statusHandlers()
    await render(
      <PaymentStatus
        {...handlers}
        payment={{ phase: 'failed', reason: 'gateway' }}
        error={maintenance}
        retryAt={Date.now() - 1000}
      />,
    )
    expect(buttonLabels()).toEqual(['重试', '返回核对金额'])
  })

  test('step 4 says when, on the disabled button', async () => {
    const onPay = jest.fn()
    await render(
      <AmountView
        quote={QUOTE}
        regionName='福建省福州市鼓楼区'
        acknowledged
        busy={false}
        retryAt={Date.now() + 3_600_000}
        maintenanceUntil='00:05'
        onAcknowledge={jest.fn()}
        onChooseBackYears={jest.fn()}
        onPay={onPay}
      />,
    )
    tap('系统维护中，请于 00:05 后再缴费')
    expect(onPay).not.toHaveBeenCalled()
  })
})

function statusHandlers() {
  return {
    onCheckAgain: jest.fn(),
    onRetry: jest.fn(),
    onBackToAmount: jest.fn(),
    onReverify: jest.fn(),
    onShowReceipt: jest.fn(),
    onContinue: jest.fn(),
    onQueryLockedOrder: jest.fn(),
  }
}

const QUOTE: Quote = {
  benefitYear: 2026,
  lines: [{ kind: 'standard', label: '个人缴费标准（劳动年龄内居民）', amountFen: fen(40000) }],
  payableFen: fen(40000),
  coverage: {
    start: '2026-01-01',
    end: '2026-12-31',
    waitingMonths: 0,
    fixedMonths: 0,
    variableMonths: 0,
    reason: 'in-window',
    period: 'window',
  },
  breakYears: 0,
  backYears: 0,
  backYearOptions: [
    { backYears: 0, extraFen: fen(0), payableFen: fen(40000), waitingMonths: 0, start: '2026-01-01' },
  ],
  planOptions: [],
  warnings: [],
  sources: [],
}
