import { selectConsentCurrent, useDeviceToday, usePaymentStore, VerifyForm } from '../../features/payment'
import { ConsentPanel, PrivacyPrompt } from '../../features/privacy'
import { consentOutdated } from '../../domain/consent'
import { PageShell } from '../../ui'
import { ReadAloud } from '../../features/read-aloud'
import { stepScript } from '../../domain/read-aloud'
import { goHome, goTo, replaceWith, usePageParams } from '../../platform/navigation'

export default function VerifyPage() {
  // Opened from 为家人缴费: once verified, the payer goes on to the family pages, not to their own step 2.
  const thenFamilyPayment = usePageParams('verify').next === 'family'
  const consentCurrent = usePaymentStore(selectConsentCurrent)
  const outdated = usePaymentStore((state) => consentOutdated(state.consent))
  const giveConsent = usePaymentStore((state) => state.giveConsent)
  const verifying = usePaymentStore((state) => state.verifying)
  const verifyStage = usePaymentStore((state) => state.verifyStage)
  const faceSimulated = usePaymentStore((state) => state.faceSimulated)
  const verify = usePaymentStore((state) => state.verify)
  const today = useDeviceToday()

  return (
    <PageShell step='verify'>
      <ReadAloud script={stepScript('verify')} />
      {consentCurrent ? (
        <VerifyForm
          today={today}
          busy={verifying}
          stage={verifyStage}
          faceSimulated={faceSimulated}
          onSubmit={async (name, idNumber) => {
            const result = await verify(name, idNumber)
            if (result.ok) {
              if (thenFamilyPayment) replaceWith('familyMembers')
              else goTo('enrolment')
            }
            return result
          }}
        />
      ) : (
        <ConsentPanel
          outdated={outdated}
          onAccept={() => giveConsent(true)}
          onDecline={goHome}
          onReadNotice={() => goTo('privacy')}
        />
      )}
      {/* Face verification is privacy-scoped: WeChat may hold it until the privacy guide is agreed to. */}
      <PrivacyPrompt onReadNotice={() => goTo('privacy')} />
    </PageShell>
  )
}
