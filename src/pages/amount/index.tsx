import { AmountView, provideContributionRules, usePaymentStore, useStepGuard } from '../../features/payment'
import { PageShell } from '../../ui'
import { ReadAloud } from '../../features/read-aloud'
import { stepScript } from '../../domain/read-aloud'
import { pendingPaymentOf } from '../../domain/payment-machine'
import { goTo } from '../../platform/navigation'

// weapp: this subpackage carries the rules engine and the region files, not the main package.
provideContributionRules()

export default function AmountPage() {
  const allowed = useStepGuard('amount')
  const record = usePaymentStore((state) => state.record)
  const quote = usePaymentStore((state) => state.quote)
  const acknowledged = usePaymentStore((state) => state.acknowledged)
  const setAcknowledged = usePaymentStore((state) => state.setAcknowledged)
  const chooseBackYears = usePaymentStore((state) => state.chooseBackYears)
  const paying = usePaymentStore(
    (state) => state.payment.phase !== 'idle' && state.payment.phase !== 'failed',
  )
  // A payment that waits for its result (or whose order may be paid on) is shown, never started again.
  const pending = usePaymentStore((state) => pendingPaymentOf(state.payment))
  const startPayment = usePaymentStore((state) => state.startPayment)
  const continuePayment = usePaymentStore((state) => state.continuePayment)
  const pendingFen = usePaymentStore((state) => (pending ? state.bill?.amountFen : undefined))
  const send = usePaymentStore((state) => state.send)
  const amountChange = usePaymentStore((state) => state.amountChange)
  const cashierCancelled = usePaymentStore((state) => state.cashierCancelled)
  const retryAt = usePaymentStore((state) => state.retryAt)
  const maintenanceUntil = usePaymentStore((state) => state.maintenanceUntil)

  if (!allowed || !record || !quote) return null
  return (
    <PageShell step='amount'>
      <ReadAloud script={stepScript('amount', quote.payableFen)} />
      <AmountView
        quote={quote}
        regionName={record.regionName}
        acknowledged={acknowledged}
        busy={paying}
        pending={pending}
        cashierCancelled={cashierCancelled}
        amountChange={amountChange}
        retryAt={retryAt}
        maintenanceUntil={maintenanceUntil}
        onAcknowledge={setAcknowledged}
        onChooseBackYears={chooseBackYears}
        onPay={() => {
          // One tap, one payment page: a second tap while paying changes nothing.
          if (startPayment()) goTo('pay')
        }}
        pendingFen={pendingFen}
        onShowPending={() => {
          // The payment under way is step 5's (also after 为本人缴费 restarted the flow); 继续支付 opens its order's cashier there.
          send({ type: 'AMOUNT_ACKNOWLEDGED' })
          if (pending === 'open-order') void continuePayment()
          goTo('pay')
        }}
      />
    </PageShell>
  )
}
