import { ConsentPanel, useDeviceToday, usePaymentStore, VerifyForm } from '../../features/payment'
import { PageShell } from '../../ui'
import { ReadAloud } from '../../features/read-aloud'
import { stepScript } from '../../domain/read-aloud'
import { goHome, goTo, replaceWith, usePageParams } from '../../platform/navigation'

export default function VerifyPage() {
  // Opened from 为家人缴费: once verified, the payer goes on to the family pages, not to their own step 2.
  const thenFamilyPayment = usePageParams('verify').next === 'family'
  const consentGiven = usePaymentStore((state) => state.consentGiven)
  const giveConsent = usePaymentStore((state) => state.giveConsent)
  const verifying = usePaymentStore((state) => state.verifying)
  const verify = usePaymentStore((state) => state.verify)
  const today = useDeviceToday()

  return (
    <PageShell step='verify'>
      <ReadAloud script={stepScript('verify')} />
      {consentGiven ? (
        <VerifyForm
          today={today}
          busy={verifying}
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
        <ConsentPanel onAccept={() => giveConsent(true)} onDecline={goHome} />
      )}
    </PageShell>
  )
}
