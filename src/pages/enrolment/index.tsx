import { useEffect } from 'react'
import { CareOffer } from '../../features/care-mode'
import {
  EnrolmentView,
  provideContributionRules,
  usePaymentStore,
  useReverify,
  useStepGuard,
} from '../../features/payment'
import { GatewayErrorPanel, LoadingPanel, PageShell } from '../../ui'
import { ReadAloud } from '../../features/read-aloud'
import { stepScript } from '../../domain/read-aloud'
import { goHome, goTo } from '../../platform/navigation'

// weapp: this subpackage carries the rules engine and the region files, not the main package.
provideContributionRules()

export default function EnrolmentPage() {
  const reverify = useReverify()
  const allowed = useStepGuard('enrolment')
  const identity = usePaymentStore((state) => state.identity)
  const reachedCareOfferAge = usePaymentStore((state) => state.reachedCareOfferAge)
  const enrolment = usePaymentStore((state) => state.enrolment)
  const quoteProblem = usePaymentStore((state) => state.quoteProblem)
  const flexibleOffer = usePaymentStore((state) => state.flexibleOffer)
  const chosenRecordId = usePaymentStore((state) => state.record?.recordId)
  const loadEnrolment = usePaymentStore((state) => state.loadEnrolment)
  const chooseRecord = usePaymentStore((state) => state.chooseRecord)

  useEffect(() => {
    if (allowed) void loadEnrolment()
  }, [allowed, loadEnrolment])

  if (!allowed || !identity) return null
  return (
    <PageShell step='enrolment'>
      <ReadAloud script={stepScript('enrolment')} />
      <CareOffer reachedCareOfferAge={reachedCareOfferAge} />
      {enrolment.status === 'error' && (
        <GatewayErrorPanel
          error={enrolment.error}
          onRetry={() => void loadEnrolment()}
          onReverify={reverify}
        />
      )}
      {(enrolment.status === 'loading' || enrolment.status === 'idle') && (
        <LoadingPanel message='正在查询参保信息…' />
      )}
      {enrolment.status === 'ready' && (
        <EnrolmentView
          outcome={enrolment.data}
          maskedName={identity.maskedName}
          maskedIdNumber={identity.maskedIdNumber}
          quoteProblem={quoteProblem}
          chosenRecordId={chosenRecordId}
          flexibleOffer={flexibleOffer}
          onConfirm={(record) => {
            if (chooseRecord(record)) goTo('plan')
          }}
          onCompare={() => goTo('plan')}
          onShowReceipt={(receiptNo) => goTo('receipt', { receiptNo })}
          onHome={goHome}
        />
      )}
    </PageShell>
  )
}
