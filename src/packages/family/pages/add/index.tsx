import { AddMemberForm, useFamilyActions, NeedsIdentity } from '../../../../features/family'
import { PageShell } from '../../../../ui'
import { provideContributionRules, useDeviceToday, usePaymentStore } from '../../../../features/payment'
import { backTo, goTo } from '../../../../platform/navigation'

// weapp: this subpackage carries the rules engine and the region files, not the main package.
provideContributionRules()

export default function AddFamilyMemberPage() {
  const identity = usePaymentStore((state) => state.identity)
  const { addMember } = useFamilyActions()
  const today = useDeviceToday()
  return (
    <PageShell title='添加常用缴费人'>
      {/* A session opened from a 请家人代缴 card has no birth date: such a relative verifies first. */}
      {identity?.birthDate ? (
        <AddMemberForm
          today={today}
          payerBirthDate={identity.birthDate}
          onSubmit={async (input) => {
            const result = await addMember(input)
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
