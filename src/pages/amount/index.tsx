import { AmountView, usePaymentStore, useStepGuard } from '../../features/payment'
import { PageShell } from '../../ui'
import { ReadAloud } from '../../features/read-aloud'
import { stepScript } from '../../domain/read-aloud'
import { goTo } from '../../platform/navigation'

export default function AmountPage() {
  const allowed = useStepGuard('amount')
  const record = usePaymentStore((state) => state.record)
  const quote = usePaymentStore((state) => state.quote)
  const acknowledged = usePaymentStore((state) => state.acknowledged)
  const setAcknowledged = usePaymentStore((state) => state.setAcknowledged)
  const chooseBackYears = usePaymentStore((state) => state.chooseBackYears)
  const paying = usePaymentStore((state) => state.payment.phase !== 'idle' && state.payment.phase !== 'failed')
  const startPayment = usePaymentStore((state) => state.startPayment)
  const amountChange = usePaymentStore((state) => state.amountChange)
  const retryAt = usePaymentStore((state) => state.retryAt)

  if (!allowed || !record || !quote) return null
  return (
    <PageShell step='amount'>
      <ReadAloud script={stepScript('amount', quote.payableFen)} />
      <AmountView
        quote={quote}
        regionName={record.regionName}
        acknowledged={acknowledged}
        busy={paying}
        amountChange={amountChange}
        retryAt={retryAt}
        onAcknowledge={setAcknowledged}
        onChooseBackYears={chooseBackYears}
        onPay={() => {
          // One tap, one payment page: a second tap while paying changes nothing.
          if (startPayment()) goTo('pay')
        }}
      />
    </PageShell>
  )
}
