import { buttonLabels, render, screenText, tap } from './ui-helpers'
import { PaymentStatus } from '../../src/features/payment/components/payment-status'
import { GatewayErrorPanel } from '../../src/features/payment/components/status-panel'
import type { PaymentPhase } from '../../src/features/payment/store/payment-store'

function renderStatus(payment: PaymentPhase) {
  const handlers = { onCheckAgain: jest.fn(), onRetry: jest.fn(), onBackToAmount: jest.fn(), onReverify: jest.fn() }
  return render(<PaymentStatus payment={payment} {...handlers} />).then(() => handlers)
}

describe('PaymentStatus', () => {
  const inProgress: Array<{ payment: PaymentPhase; wording: string }> = [
    { payment: { phase: 'creating' }, wording: '正在创建缴费订单，请稍候…' },
    { payment: { phase: 'awaiting-payment' }, wording: '请在微信收银台完成支付' },
    { payment: { phase: 'confirming' }, wording: '正在向医保部门确认缴费结果，请稍候…' },
  ]
  test.each(inProgress)('$payment.phase: says what is happening and offers nothing to tap', async ({ payment, wording }) => {
    await renderStatus(payment)
    expect(screenText()).toContain(wording)
    expect(buttonLabels()).toEqual([])
  })

  test('paid: 缴费成功', async () => {
    await renderStatus({ phase: 'paid', receiptNo: 'FJ2026000009' })
    expect(screenText()).toContain('缴费成功')
    expect(screenText()).toContain('医保部门已确认收到您的缴费')
  })

  test('unknown: warns against paying twice and queries again on request', async () => {
    const { onCheckAgain, onRetry } = await renderStatus({ phase: 'unknown' })
    expect(screenText()).toContain('确认中，请勿重复支付')
    expect(screenText()).toContain('12393')
    expect(buttonLabels()).toEqual(['再次查询'])
    tap('再次查询')
    expect(onCheckAgain).toHaveBeenCalledTimes(1)
    expect(onRetry).not.toHaveBeenCalled()
  })

  test('failed at the gateway with SYSTEM_BUSY: its advice, 重试 and the way back', async () => {
    const { onRetry, onBackToAmount } = await renderStatus({
      phase: 'failed',
      reason: 'gateway',
      error: { kind: 'business', code: 'SYSTEM_BUSY', message: '系统繁忙' },
    })
    expect(screenText()).toContain('缴费人数较多')
    expect(screenText()).toContain('系统繁忙，请稍等片刻后点“重试”，已填写的信息不会丢失。')
    expect(buttonLabels()).toEqual(['重试', '返回核对金额'])
    tap('重试')
    expect(onRetry).toHaveBeenCalledTimes(1)
    tap('返回核对金额')
    expect(onBackToAmount).toHaveBeenCalledTimes(1)
  })

  test('a closed order: nothing was charged, go back to pay again', async () => {
    const { onBackToAmount } = await renderStatus({ phase: 'failed', reason: 'closed' })
    expect(screenText()).toContain('支付未完成')
    expect(screenText()).toContain('订单已关闭，未扣款')
    expect(buttonLabels()).toEqual(['返回核对金额'])
    tap('返回核对金额')
    expect(onBackToAmount).toHaveBeenCalledTimes(1)
  })

  test('a payment error: nothing was charged', async () => {
    await renderStatus({ phase: 'failed', reason: 'payment-error' })
    expect(screenText()).toContain('支付未成功，未扣款')
  })
})

describe('GatewayErrorPanel', () => {
  test('a malformed response can be retried', async () => {
    const onRetry = jest.fn()
    await render(<GatewayErrorPanel error={{ kind: 'schema', operation: 'getEnrolment' }} onRetry={onRetry} />)
    expect(screenText()).toContain('数据暂时无法识别')
    expect(screenText()).toContain('医保系统返回的信息不完整')
    tap('重试')
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  test('a refusal that retrying cannot change offers no 重试', async () => {
    await render(
      <GatewayErrorPanel error={{ kind: 'business', code: 'ALREADY_PAID', message: '重复申报' }} onRetry={jest.fn()} />,
    )
    expect(screenText()).toContain('本年度已缴费')
    expect(screenText()).toContain('无需重复缴费，可在缴费记录中查看电子凭证。')
    expect(buttonLabels()).toEqual([])
  })

  test('an expired identity offers 重新实名认证 instead of 重试', async () => {
    const onRetry = jest.fn()
    const onReverify = jest.fn()
    await render(
      <GatewayErrorPanel
        error={{ kind: 'business', code: 'SESSION_EXPIRED', message: '认证已过期' }}
        onRetry={onRetry}
        onReverify={onReverify}
      />,
    )
    expect(screenText()).toContain('认证已过期')
    expect(buttonLabels()).toEqual(['重新实名认证'])
    tap('重新实名认证')
    expect(onReverify).toHaveBeenCalledTimes(1)
    expect(onRetry).not.toHaveBeenCalled()
  })

  test.each([
    [{ kind: 'network' } as const, '网络连接失败'],
    [{ kind: 'timeout' } as const, '请求超时'],
    [{ kind: 'http', status: 502 } as const, '服务返回错误（502）'],
  ])('transport failure %o: %s, with 重试', async (error, wording) => {
    await render(<GatewayErrorPanel error={error} onRetry={jest.fn()} />)
    expect(screenText()).toContain(wording)
    expect(buttonLabels()).toEqual(['重试'])
  })
})
