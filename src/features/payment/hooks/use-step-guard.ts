/**
 * Opening a step the flow does not allow yet (a deep link, Back after paying)
 * lands on the step the state allows instead. Returns whether this page may show.
 */
import { useEffect } from 'react'
import { resolveStep, type Step } from '../../../domain/payment-flow'
import { replaceWith } from '../../../platform/navigation'
import { usePaymentStore } from './use-payment-store'

export function useStepGuard(step: Step): boolean {
  const allowed = usePaymentStore((state) => resolveStep(state.flow, step))
  const paidReceiptNo = usePaymentStore((state) => (state.payment.phase === 'paid' ? state.payment.receiptNo : ''))
  useEffect(() => {
    if (allowed === step) return
    replaceWith(allowed, allowed === 'receipt' && paidReceiptNo ? { receiptNo: paidReceiptNo } : undefined)
  }, [allowed, step, paidReceiptNo])
  return allowed === step
}
