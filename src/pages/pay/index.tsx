import { useEffect, useRef } from 'react'
import {
  OtherPayerNotice,
  SimulatedCashierSheet,
  PaymentStatus,
  provideContributionRules,
  usePaymentStore,
  useReverify,
  useStepGuard,
} from '../../features/payment'
import { PageShell } from '../../ui'
import { ReadAloud } from '../../features/read-aloud'
import { stepScript } from '../../domain/read-aloud'
import { canStartPayment } from '../../domain/payment-machine'
import { backTo, goTo, replaceWith } from '../../platform/navigation'

// weapp: this subpackage carries the rules engine and the region files, not the main package.
provideContributionRules()

export default function PayPage() {
  const allowed = useStepGuard('pay')
  const payment = usePaymentStore((state) => state.payment)
  const paymentError = usePaymentStore((state) => state.paymentError)
  const retryAt = usePaymentStore((state) => state.retryAt)
  const lockedOrder = usePaymentStore((state) => state.lockedOrder)
  // Back at step 4 with nothing in flight: a cancelled cashier, a changed amount, or 返回核对金额 after a failure.
  const backAtAmount = usePaymentStore(
    (state) => state.flow.reached === 'amount' && canStartPayment(state.payment),
  )
  const payableFen = usePaymentStore((state) => state.quote?.payableFen)
  const pay = usePaymentStore((state) => state.pay)
  const checkAgain = usePaymentStore((state) => state.checkAgain)
  const continuePayment = usePaymentStore((state) => state.continuePayment)
  const checkLockedOrder = usePaymentStore((state) => state.checkLockedOrder)
  const send = usePaymentStore((state) => state.send)
  const reverify = useReverify()
  const wasBackAtAmount = useRef(backAtAmount)

  useEffect(() => {
    if (payment.phase === 'paid') replaceWith('receipt', { receiptNo: payment.receiptNo })
  }, [payment])

  useEffect(() => {
    // Step 4 still holds everything entered. Only a change while shown navigates: opened in that state, the guard redirects.
    if (backAtAmount && !wasBackAtAmount.current) backTo('amount')
    wasBackAtAmount.current = backAtAmount
  }, [backAtAmount])

  // Once paid the flow has moved on to the receipt; 缴费成功 stays on screen until the redirect lands.
  if (!allowed && !backAtAmount && payment.phase !== 'paid') return null
  return (
    <PageShell step='pay'>
      <ReadAloud script={stepScript('pay', payableFen)} />
      <OtherPayerNotice />
      <PaymentStatus
        payment={payment}
        error={paymentError}
        retryAt={retryAt}
        lockedOrder={lockedOrder}
        onCheckAgain={() => void checkAgain()}
        onRetry={() => void pay()}
        onContinue={() => void continuePayment()}
        onQueryLockedOrder={() => void checkLockedOrder()}
        onReverify={reverify}
        onShowReceipt={(receiptNo) => goTo('receipt', { receiptNo })}
        onBackToAmount={() => send({ type: 'PAYMENT_CANCELLED' })}
      />
      <SimulatedCashierSheet />
    </PageShell>
  )
}
