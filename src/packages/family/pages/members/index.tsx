import { Text } from '@tarojs/components'
import { MAX_FAMILY_MEMBERS, canAddMember } from '../../../../domain/family'
import {
  useFamilyActions,
  MemberList,
  NeedsIdentity,
  useFamilyStore,
  useMemberAid,
  useShowEffect,
} from '../../../../features/family'
import { ActionButton, GatewayErrorPanel, LoadingPanel, PageShell } from '../../../../ui'
import { provideContributionRules, usePaymentStore, useReverify } from '../../../../features/payment'
import { PrivacyPrompt } from '../../../../features/privacy'
import { goTo } from '../../../../platform/navigation'

// weapp: this subpackage carries the rules engine and the region files, not the main package.
provideContributionRules()

export default function FamilyMembersPage() {
  const reverify = useReverify()
  const identity = usePaymentStore((state) => state.identity)
  const members = useFamilyStore((state) => state.members)
  const membersLoad = useFamilyStore((state) => state.membersLoad)
  const cart = useFamilyStore((state) => state.cart)
  const binding = useFamilyStore((state) => state.binding)
  const bindProgress = useFamilyStore((state) => state.bindProgress)
  const aid = useMemberAid()
  const { loadMembers, loadAccount, toggleInCart, bindMember, cancelBinding, removeMember } =
    useFamilyActions()

  // The bureau holds the book: refresh it (and any binding under review) each time the page shows,
  // with the account whose region says what 已绑定 allows.
  useShowEffect(() => {
    if (!identity) return
    void loadMembers()
    void loadAccount()
  })

  if (!identity) {
    return (
      <PageShell title='为家人缴费'>
        <NeedsIdentity onVerify={() => goTo('verify', { next: 'family' })} />
      </PageShell>
    )
  }
  return (
    <PageShell title='为家人缴费'>
      <Text className='paragraph'>
        常用缴费人最多 {MAX_FAMILY_MEMBERS} 人（已添加 {members.length}{' '}
        人）。用微信代缴只需对方姓名和身份证号；用职工医保个人账户（家庭共济）缴费需先绑定亲属关系。
      </Text>
      {membersLoad.status === 'loading' && members.length === 0 && (
        <LoadingPanel message='正在查询常用缴费人…' />
      )}
      {membersLoad.status === 'error' && (
        <GatewayErrorPanel
          error={membersLoad.error}
          onRetry={() => void loadMembers()}
          onReverify={reverify}
        />
      )}
      <MemberList
        members={members}
        cart={cart}
        binding={binding}
        bindProgress={bindProgress}
        aid={aid}
        onToggle={toggleInCart}
        onBind={(token) => void bindMember(token)}
        onCancelBind={cancelBinding}
        onRemove={(token) => void removeMember(token)}
      />
      {/* Binding takes a 户口簿 photo or a face check: WeChat may hold either until its privacy guide is agreed to. */}
      <PrivacyPrompt onReadNotice={() => goTo('privacy')} />
      {canAddMember(members.length) ? (
        <ActionButton label='添加常用缴费人' kind='secondary' onTap={() => goTo('familyAdd')} />
      ) : (
        <Text className='hint'>已达 {MAX_FAMILY_MEMBERS} 人上限，删除一位后可再添加。</Text>
      )}
      <ActionButton
        label={`下一步：核对金额（已选 ${cart.length} 人）`}
        disabled={cart.length === 0}
        onTap={() => goTo('familyCart')}
      />
    </PageShell>
  )
}
