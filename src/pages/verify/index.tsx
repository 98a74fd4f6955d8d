import { ConsentPanel } from '../../features/payment/components/consent-panel'
import { PageShell } from '../../features/payment/components/page-shell'
import { ReadAloud } from '../../features/read-aloud/read-aloud'
import { stepScript } from '../../domain/read-aloud'
import { VerifyForm } from '../../features/payment/components/verify-form'
import { usePaymentStore } from '../../features/payment/hooks/use-payment-store'
import { deviceToday } from '../../app-services'
import { goHome, goTo, pageParam, replaceWith } from '../../platform/navigation'

export default function VerifyPage() {
  // Opened from 为家人缴费: once verified, the payer goes on to the family pages, not to their own step 2.
  const forFamily = pageParam('next') === 'family'
  const consentGiven = usePaymentStore((state) => state.consentGiven)
  const giveConsent = usePaymentStore((state) => state.giveConsent)
  const verifying = usePaymentStore((state) => state.verifying)
  const verify = usePaymentStore((state) => state.verify)

  return (
    <PageShell step='verify'>
      <ReadAloud script={stepScript('verify')} />
      {consentGiven ? (
        <VerifyForm
          today={deviceToday()}
          busy={verifying}
          onSubmit={async (name, idNumber) => {
            const result = await verify(name, idNumber)
            if (result.ok) {
              if (forFamily) replaceWith('familyMembers')
              else goTo('enrolment')
            }
            return result
          }}
        />
      ) : (
        <ConsentPanel onAccept={() => giveConsent(true)} onDecline={goHome} />
      )}
    </PageShell>
  )
}
