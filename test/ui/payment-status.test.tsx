import { act, buttonLabels, render, screenText, tap } from '../support/ui-helpers'
import { PaymentStatus } from '../../src/features/payment/components/payment-status'
import { GatewayErrorPanel } from '../../src/ui/status-panel'
import type { PaymentMachineState } from '../../src/domain/payment-machine'
import type { GatewayError } from '../../src/services/gateway-errors'

function renderStatus(payment: PaymentMachineState, error?: GatewayError, retryAt?: number) {
  const handlers = {
    onCheckAgain: jest.fn(),
    onRetry: jest.fn(),
    onBackToAmount: jest.fn(),
    onReverify: jest.fn(),
    onShowReceipt: jest.fn(),
    onContinue: jest.fn(),
    onQueryLockedOrder: jest.fn(),
  }
  return render(<PaymentStatus payment={payment} error={error} retryAt={retryAt} {...handlers} />).then(
    () => handlers,
  )
}

describe('PaymentStatus', () => {
  const inProgress: Array<{ payment: PaymentMachineState; wording: string }> = [
    { payment: { phase: 'creating' }, wording: '正在创建缴费订单，请稍候…' },
    { payment: { phase: 'awaiting-payment', orderId: 'OD1' }, wording: '请在微信收银台完成支付' },
    {
      payment: { phase: 'confirming', orderId: 'OD1', origin: 'cashier', queries: 0 },
      wording: '确认中：正在向医保部门查询缴费结果，请勿重复支付…',
    },
    {
      payment: { phase: 'confirming', orderId: 'OD1', origin: 'cashier', queries: 2 },
      wording: '（已查询 2 次）',
    },
  ]
  test.each(inProgress)(
    '$payment.phase: says what is happening and offers nothing to tap',
    async ({ payment, wording }) => {
      await renderStatus(payment)
      expect(screenText()).toContain(wording)
      expect(buttonLabels()).toEqual([])
    },
  )

  test('paid: 缴费成功', async () => {
    await renderStatus({ phase: 'paid', orderId: 'OD1', receiptNo: 'FJ2026000009' })
    expect(screenText()).toContain('缴费成功')
    expect(screenText()).toContain('医保部门已确认收到您的缴费')
  })

  test('unknown: warns against paying twice and queries again on request', async () => {
    const { onCheckAgain, onRetry } = await renderStatus({ phase: 'unknown', orderId: 'OD1' })
    expect(screenText()).toContain('确认中，请勿重复支付')
    expect(screenText()).toContain('12393')
    expect(buttonLabels()).toEqual(['再次查询'])
    tap('再次查询')
    expect(onCheckAgain).toHaveBeenCalledTimes(1)
    expect(onRetry).not.toHaveBeenCalled()
  })

  test('failed at the gateway with SYSTEM_BUSY: its advice, 重试 and the way back', async () => {
    const { onRetry, onBackToAmount } = await renderStatus(
      { phase: 'failed', reason: 'gateway' },
      { kind: 'business', code: 'SYSTEM_BUSY', message: '系统繁忙' },
    )
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
    await render(
      <GatewayErrorPanel error={{ kind: 'schema', operation: 'getEnrolment' }} onRetry={onRetry} />,
    )
    expect(screenText()).toContain('数据暂时无法识别')
    expect(screenText()).toContain('医保系统返回的信息不完整')
    tap('重试')
    expect(onRetry).toHaveBeenCalledTimes(1)
  })

  test('a refusal that retrying cannot change offers no 重试', async () => {
    await render(
      <GatewayErrorPanel
        error={{ kind: 'business', code: 'ALREADY_PAID', message: '重复申报' }}
        onRetry={jest.fn()}
      />,
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

describe('PaymentStatus: refusals with a next step of their own', () => {
  test('already paid: 查看电子凭证 opens the existing receipt, no 重试', async () => {
    const { onShowReceipt } = await renderStatus(
      { phase: 'failed', reason: 'gateway' },
      { kind: 'business', code: 'ALREADY_PAID', message: '已申报', receiptNo: 'FJ2026000001' },
    )
    expect(screenText()).toContain('本年度已缴费')
    expect(buttonLabels()).toEqual(['查看电子凭证', '返回核对金额'])
    tap('查看电子凭证')
    expect(onShowReceipt).toHaveBeenCalledWith('FJ2026000001')
  })

  test('maintenance says until when', async () => {
    await renderStatus(
      { phase: 'failed', reason: 'gateway' },
      { kind: 'business', code: 'MAINTENANCE', message: '维护', until: '00:05' },
    )
    expect(screenText()).toContain('预计 00:05 恢复')
  })

  // Was: 'a locked trade says to wait 30 minutes and offers no 重试', asserting 您的缴费已提交银行处理，请 30 分钟后查询结果:
  // the defect itself (no order of this phone exists). What stays: no 重试, and the way back.
  test('a locked trade without the open order named says another order is open, not to pay twice, and offers no 重试', async () => {
    await renderStatus(
      { phase: 'failed', reason: 'gateway' },
      { kind: 'business', code: 'TRADE_LOCKED', message: '交易被锁定' },
    )
    expect(screenText()).toContain('已有一笔未完成的订单')
    expect(screenText()).toContain('切勿重复缴费')
    expect(buttonLabels()).toEqual(['返回核对金额'])
  })
})

describe('PaymentStatus: payment truth (findings)', () => {
  test('A busy bureau is hammered: 重试 is disabled and says when to try again, counting down', async () => {
    const start = Date.now()
    const clock = jest.spyOn(Date, 'now').mockReturnValue(start)
    /** Lets the once-a-second countdown tick with the clock at `at`. */
    const tickAt = async (at: number) => {
      clock.mockReturnValue(at)
      await act(async () => {
        await new Promise((resolve) => setTimeout(resolve, 1100))
      })
    }
    try {
      const { onRetry } = await renderStatus(
        { phase: 'failed', reason: 'gateway' },
        { kind: 'business', code: 'SYSTEM_BUSY', message: '系统繁忙' },
        start + 12_000,
      )
      expect(buttonLabels()).toEqual(['系统繁忙，请在 12 秒后重试', '返回核对金额'])
      tap('系统繁忙，请在 12 秒后重试')
      expect(onRetry).not.toHaveBeenCalled()
      await tickAt(start + 5000)
      expect(buttonLabels()).toEqual(['系统繁忙，请在 7 秒后重试', '返回核对金额'])
      await tickAt(start + 12_000)
      expect(buttonLabels()).toEqual(['重试', '返回核对金额'])
      tap('重试')
      expect(onRetry).toHaveBeenCalledTimes(1)
    } finally {
      clock.mockRestore()
    }
  })

  test('A busy bureau is hammered: an HTTP 429 with Retry-After waits too', async () => {
    await renderStatus(
      { phase: 'failed', reason: 'gateway' },
      { kind: 'http', status: 429, retryAfterMs: 30_000 },
      Date.now() + 30_000,
    )
    expect(buttonLabels()[0]).toMatch(/^系统繁忙，请在 (29|30) 秒后重试$/)
  })

  test('After PAYERROR the resident can never pay: the message says they can pay again', async () => {
    const { onBackToAmount } = await renderStatus({ phase: 'failed', reason: 'payment-error' })
    expect(screenText()).toContain('支付未成功，可重新支付')
    tap('返回核对金额')
    expect(onBackToAmount).toHaveBeenCalledTimes(1)
  })

  test('The amount answered by createOrder is never compared with the bill: 金额已更新, back to the amount', async () => {
    await renderStatus({ phase: 'failed', reason: 'amount-changed' })
    expect(screenText()).toContain('金额已更新')
    expect(buttonLabels()).toEqual(['返回核对金额'])
  })
})
