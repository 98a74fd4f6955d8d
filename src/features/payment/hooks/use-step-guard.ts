/**
 * Opening a step the flow does not allow yet (a deep link, Back after paying)
 * lands on the step the state allows instead. The check runs when the page is
 * shown, not on every store change: Taro keeps earlier pages mounted but
 * hidden, and a hidden page must not navigate. Returns whether this page may
 * show its content.
 */
import { useDidShow } from '@tarojs/taro'
import { resolveStep, type Step } from '../../../domain/payment-flow'
import { replaceWith } from '../../../platform/navigation'
import { usePaymentStore, usePaymentStoreApi } from '../payment-context'

export function useStepGuard(step: Step): boolean {
  const store = usePaymentStoreApi()
  useDidShow(() => {
    const { flow, payment } = store.getState()
    const allowed = resolveStep(flow, step)
    if (allowed === step) return
    const receiptNo = allowed === 'receipt' && payment.phase === 'paid' ? payment.receiptNo : ''
    replaceWith(allowed, receiptNo ? { receiptNo } : undefined)
  })
  return usePaymentStore((state) => resolveStep(state.flow, step) === step)
}
