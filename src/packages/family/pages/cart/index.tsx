import {
  CartLineCard,
  CartOutcome,
  CartSummary,
  useFamilyActions,
  useFamilyAid,
  NeedsIdentity,
  useCartView,
  useFamilyStore,
  useShowEffect,
} from '../../../../features/family'
import {
  provideContributionRules,
  SimulatedCashierSheet,
  usePaymentStore,
} from '../../../../features/payment'
import { PageShell } from '../../../../ui'
import { goTo } from '../../../../platform/navigation'

// weapp: this subpackage carries the rules engine and the region files, not the main package.
provideContributionRules()

export default function FamilyCartPage() {
  const identity = usePaymentStore((state) => state.identity)
  const acknowledged = useFamilyStore((state) => state.acknowledged)
  const paying = useFamilyStore((state) => state.paying)
  const stoppedByCancel = useFamilyStore((state) => state.stoppedByCancel)
  const { lines, funding, account, balanceFen, toPayCount, started } = useCartView()
  const actions = useFamilyActions()
  const familyAid = useFamilyAid()

  // Orders in flight are queried first (a relaunch mid-payment), then every member is checked afresh.
  useShowEffect(() => {
    if (!identity) return
    void actions.resumeLines().then(() => actions.checkCart())
  })

  if (!identity) {
    return (
      <PageShell title='代家人缴费'>
        <NeedsIdentity onVerify={() => goTo('verify', { next: 'family' })} />
      </PageShell>
    )
  }
  return (
    <PageShell title='代家人缴费'>
      {lines.map((view) => (
        <CartLineCard
          key={view.member.memberToken}
          view={view}
          accountRegion={account?.regionName}
          locked={paying}
          onSource={(source) => actions.setSource(view.member.memberToken, source)}
          onChooseTier={(tierId) => actions.chooseTier(view.member.memberToken, tierId)}
          onRetryCheck={() => void actions.checkCart()}
          onCheckAgain={() => void actions.checkAgain(view.member.memberToken)}
          onShowReceipt={(receiptNo) => goTo('receipt', { receiptNo })}
        />
      ))}
      <CartOutcome lines={lines} paying={paying} stoppedByCancel={stoppedByCancel} />
      <CartSummary
        funding={funding}
        lineCount={toPayCount}
        balanceFen={balanceFen}
        demoRule={account ? familyAid(account.adcode).demo : false}
        acknowledged={acknowledged}
        paying={paying}
        retry={started}
        onAcknowledge={actions.setAcknowledged}
        onPay={() => void actions.payCart()}
      />
      <SimulatedCashierSheet />
    </PageShell>
  )
}
