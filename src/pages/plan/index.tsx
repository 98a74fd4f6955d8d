import { PageShell } from '../../ui'
import { ReadAloud } from '../../features/read-aloud'
import { PlanView, provideContributionRules, usePaymentStore, useStepGuard } from '../../features/payment'
import { FamilySharePanel, useFamilyShareCard } from '../../features/family-share'
import { flexibleComparisonScript, stepScript } from '../../domain/read-aloud'
import { standardFen } from '../../domain/quote'
import { goHome, goTo } from '../../platform/navigation'

// weapp: this subpackage carries the rules engine and the region files, not the main package.
provideContributionRules()

export default function PlanPage() {
  const allowed = useStepGuard('plan')
  const record = usePaymentStore((state) => state.record)
  const quote = usePaymentStore((state) => state.quote)
  const flexibleOffer = usePaymentStore((state) => state.flexibleOffer)
  const confirmPlan = usePaymentStore((state) => state.confirmPlan)
  const chooseTier = usePaymentStore((state) => state.chooseTier)
  const familyShare = usePaymentStore((state) => state.familyShare)
  const createFamilyShare = usePaymentStore((state) => state.createFamilyShare)
  const openedFromShareCard = usePaymentStore((state) => state.identity?.openedFromShareCard === true)
  useFamilyShareCard(familyShare.status === 'ready' ? familyShare.data.shareToken : undefined)

  if (!allowed || !record || !(quote || flexibleOffer)) return null
  const script = quote
    ? stepScript('plan', standardFen(quote))
    : flexibleOffer && flexibleComparisonScript(flexibleOffer.rules.scheme)
  return (
    <PageShell step='plan'>
      {/* Resident insurance chosen and payable, or the 灵活就业 comparison alone: each has its own clips. */}
      {script && <ReadAloud script={script} />}
      <PlanView
        record={record}
        quote={quote}
        flexibleOffer={flexibleOffer}
        onHome={goHome}
        onChooseTier={(tierId) => void chooseTier(tierId)}
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
