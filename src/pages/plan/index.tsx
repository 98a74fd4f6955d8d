import { PageShell } from '../../ui'
import { ReadAloud } from '../../features/read-aloud'
import { PlanView, usePaymentStore, useStepGuard } from '../../features/payment'
import { FamilySharePanel, useFamilyShareCard } from '../../features/family-share'
import { stepScript } from '../../domain/read-aloud'
import { standardFen } from '../../domain/quote'
import { goHome, goTo } from '../../platform/navigation'

export default function PlanPage() {
  const allowed = useStepGuard('plan')
  const record = usePaymentStore((state) => state.record)
  const quote = usePaymentStore((state) => state.quote)
  const quoteProblem = usePaymentStore((state) => state.quoteProblem)
  const flexibleOffer = usePaymentStore((state) => state.flexibleOffer)
  const confirmPlan = usePaymentStore((state) => state.confirmPlan)
  const familyShare = usePaymentStore((state) => state.familyShare)
  const createFamilyShare = usePaymentStore((state) => state.createFamilyShare)
  const openedFromShareCard = usePaymentStore((state) => state.identity?.openedFromShareCard === true)
  useFamilyShareCard(familyShare.status === 'ready' ? familyShare.data.shareToken : undefined)

  if (!allowed || !record || !(quote || flexibleOffer)) return null
  return (
    <PageShell step='plan'>
      {/* The recorded clips speak of resident insurance chosen and payable: only then. */}
      {quote && <ReadAloud script={stepScript('plan', standardFen(quote))} />}
      <PlanView
        record={record}
        quote={quote}
        quoteProblem={quoteProblem}
        flexibleOffer={flexibleOffer}
        onHome={goHome}
        onNext={() => {
          confirmPlan()
          goTo('amount')
        }}
      />
      {/* A relative who opened a card is already the one paying. */}
      {!openedFromShareCard && quote && (
        <FamilySharePanel share={familyShare} onCreate={() => void createFamilyShare()} />
      )}
    </PageShell>
  )
}
