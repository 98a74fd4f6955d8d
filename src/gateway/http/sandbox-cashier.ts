/**
 * The simulated WeChat cashier of the H5 sandbox build (TARO_APP_VARIANT=sandbox):
 * on H5 over HTTP there is no WeChat cashier, so `requestPayment` opens the same
 * sheet as the mock build (支付 / 取消 / 模拟支付失败) and each button posts the
 * order's `package` to the sandbox bureau's simulated cashier
 * (`POST ${baseUrl}/cashier/open|pay|cancel|fail`, sandbox/README.md) through
 * the platform's HTTP request adapter. What the sheet reports is a hint only:
 * the app still learns the outcome by querying the order.
 */
import { fen, type Fen } from '../../domain/money'
import type { HttpRequester, PayParams, PaymentCallback, SimulatedCashier } from '../../services/ports'

export interface SandboxCashierOptions {
  /** The sandbox bureau, e.g. http://127.0.0.1:10087 (no trailing slash needed). */
  baseUrl: string
  request: HttpRequester
  timeoutMs?: number
}

type CashierAction = 'open' | 'pay' | 'cancel' | 'fail'

export function createSandboxCashier({
  baseUrl,
  request: send,
  timeoutMs = 10_000,
}: SandboxCashierOptions): SimulatedCashier {
  const root = baseUrl.replace(/\/+$/, '')
  let request: { amountFen: Fen; params: PayParams } | undefined
  let settle: ((callback: PaymentCallback) => void) | undefined
  let busy = false
  const listeners = new Set<() => void>()
  const notify = () => listeners.forEach((listener) => listener())

  /** The answer's `data`, or undefined when the sandbox could not be reached or refused. */
  const post = async (
    action: CashierAction,
    params: PayParams,
  ): Promise<Record<string, unknown> | undefined> => {
    const result = await send({
      url: `${root}/cashier/${action}`,
      method: 'POST',
      data: { package: params.package },
      timeoutMs,
    })
    if (result.kind !== 'response' || result.status !== 200) return undefined
    const body = result.data as { ok?: unknown; data?: unknown } | undefined
    return body?.ok === true && typeof body.data === 'object' && body.data !== null
      ? (body.data as Record<string, unknown>)
      : undefined
  }

  const close = (callback: PaymentCallback) => {
    const resolve = settle
    request = undefined
    settle = undefined
    busy = false
    notify()
    resolve?.(callback)
  }

  /** Runs one button's call once; whatever the sandbox said, the order query decides. */
  const act = (action: 'pay' | 'fail' | 'cancel', callback: PaymentCallback) => {
    const current = request
    if (!current || busy) return
    busy = true
    void post(action, current.params).then(
      () => close(callback),
      () => close(action === 'cancel' ? 'cancelled' : 'failed'),
    )
  }

  return {
    async requestPayment(params) {
      // WeChat refuses a second cashier while one is open.
      if (settle) return 'failed'
      const opening = new Promise<PaymentCallback>((resolve) => {
        settle = resolve
      })
      const opened = await post('open', params).catch(() => undefined)
      const amount = opened?.amountFen
      if (typeof amount !== 'number' || !Number.isInteger(amount) || amount < 0) {
        // The sandbox does not know the order (or cannot be reached): no sheet, as a cashier that fails to open.
        settle = undefined
        return 'failed'
      }
      request = { params, amountFen: fen(amount) }
      notify()
      return opening
    },
    current: () => request,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    // The money moves (or the failure is recorded) before the sheet closes, so the order query sees it.
    pay: () => act('pay', 'completed'),
    fail: () => act('fail', 'failed'),
    cancel: () => act('cancel', 'cancelled'),
  }
}
