import { AddMemberForm } from '../../../features/family/components/add-member-form'
import { NeedsIdentity } from '../../../features/family/components/needs-identity'
import { familyActions } from '../../../features/family/hooks/use-family-store'
import { PageShell } from '../../../features/payment/components/page-shell'
import { usePaymentStore } from '../../../features/payment/hooks/use-payment-store'
import { deviceToday } from '../../../app-services'
import { backTo, goTo } from '../../../platform/navigation'

export default function AddFamilyMemberPage() {
  const identity = usePaymentStore((state) => state.identity)
  return (
    <PageShell title='添加常用缴费人'>
      {/* A session opened from a 请家人代缴 card has no birth date: such a relative verifies first. */}
      {identity?.birthDate ? (
        <AddMemberForm
          today={deviceToday()}
          payerBirthDate={identity.birthDate}
          onSubmit={async (input) => {
            const result = await familyActions().addMember(input)
            if (result.ok) backTo('familyMembers')
            return result
          }}
        />
      ) : (
        <NeedsIdentity onVerify={() => goTo('verify', { next: 'family' })} />
      )}
    </PageShell>
  )
}
