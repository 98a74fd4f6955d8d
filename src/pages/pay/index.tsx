import { useEffect } from 'react'
import { OtherPayerNotice, SimulatedCashierSheet, PaymentStatus, usePaymentStore, useReverify, useStepGuard } from '../../features/payment'
import { PageShell } from '../../ui'
import { ReadAloud } from '../../features/read-aloud'
import { stepScript } from '../../domain/read-aloud'
import { backTo, goTo, replaceWith } from '../../platform/navigation'

export default function PayPage() {
  const allowed = useStepGuard('pay')
  const payment = usePaymentStore((state) => state.payment)
  const paymentError = usePaymentStore((state) => state.paymentError)
  const retryAt = usePaymentStore((state) => state.retryAt)
  const cancelled = usePaymentStore((state) => state.flow.reached === 'amount' && state.payment.phase === 'idle')
  const payableFen = usePaymentStore((state) => state.quote?.payableFen)
  const pay = usePaymentStore((state) => state.pay)
  const checkAgain = usePaymentStore((state) => state.checkAgain)
  const send = usePaymentStore((state) => state.send)
  const reverify = useReverify()

  useEffect(() => {
    if (payment.phase === 'paid') replaceWith('receipt', { receiptNo: payment.receiptNo })
  }, [payment])

  useEffect(() => {
    // A cancelled cashier returns to the amount step, which still holds everything entered.
    if (cancelled) backTo('amount')
  }, [cancelled])

  // Once paid the flow has moved on to the receipt; 缴费成功 stays on screen until the redirect lands.
  if (!allowed && !cancelled && payment.phase !== 'paid') return null
  return (
    <PageShell step='pay'>
      <ReadAloud script={stepScript('pay', payableFen)} />
      <OtherPayerNotice />
      <PaymentStatus
        payment={payment}
        error={paymentError}
        retryAt={retryAt}
        onCheckAgain={() => void checkAgain()}
        onRetry={() => void pay()}
        onReverify={reverify}
        onShowReceipt={(receiptNo) => goTo('receipt', { receiptNo })}
        onBackToAmount={() => send({ type: 'PAYMENT_CANCELLED' })}
      />
      <SimulatedCashierSheet />
    </PageShell>
  )
}
