import { useEffect } from 'react'
import { CareOffer } from '../../features/care-mode'
import {
  EnrolmentView,
  useDeviceToday,
  usePaymentStore,
  useReverify,
  useStepGuard,
} from '../../features/payment'
import { GatewayErrorPanel, LoadingPanel, PageShell } from '../../ui'
import { ReadAloud } from '../../features/read-aloud'
import { stepScript } from '../../domain/read-aloud'
import { goHome, goTo } from '../../platform/navigation'

export default function EnrolmentPage() {
  const reverify = useReverify()
  const allowed = useStepGuard('enrolment')
  const identity = usePaymentStore((state) => state.identity)
  const enrolment = usePaymentStore((state) => state.enrolment)
  const quoteProblem = usePaymentStore((state) => state.quoteProblem)
  const chosenRecordId = usePaymentStore((state) => state.record?.recordId)
  const loadEnrolment = usePaymentStore((state) => state.loadEnrolment)
  const chooseRecord = usePaymentStore((state) => state.chooseRecord)
  const today = useDeviceToday()

  useEffect(() => {
    if (allowed) void loadEnrolment()
  }, [allowed, loadEnrolment])

  if (!allowed || !identity) return null
  return (
    <PageShell step='enrolment'>
      <ReadAloud script={stepScript('enrolment')} />
      <CareOffer birthDate={identity.birthDate} today={today} />
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
          onConfirm={(record) => {
            if (chooseRecord(record)) goTo('plan')
          }}
          onShowReceipt={(receiptNo) => goTo('receipt', { receiptNo })}
          onHome={goHome}
        />
      )}
    </PageShell>
  )
}
