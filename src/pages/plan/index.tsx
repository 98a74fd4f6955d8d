import { PageShell } from '../../features/payment/components/page-shell'
import { PlanView } from '../../features/payment/components/plan-view'
import { usePaymentStore } from '../../features/payment/hooks/use-payment-store'
import { useStepGuard } from '../../features/payment/hooks/use-step-guard'
import { goTo } from '../../platform/navigation'

export default function PlanPage() {
  const allowed = useStepGuard('plan')
  const record = usePaymentStore((state) => state.record)
  const quote = usePaymentStore((state) => state.quote)
  const confirmPlan = usePaymentStore((state) => state.confirmPlan)

  if (!allowed || !record || !quote) return null
  return (
    <PageShell step='plan'>
      <PlanView
        record={record}
        quote={quote}
        onNext={() => {
          confirmPlan()
          goTo('amount')
        }}
      />
    </PageShell>
  )
}
