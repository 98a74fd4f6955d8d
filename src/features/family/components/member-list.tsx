/**
 * 常用缴费人: each member masked, with the relation, the 家庭共济 binding state
 * and what it needs, a tick box to add them to this payment, bind and remove.
 */
import { View, Text } from '@tarojs/components'
import { MAX_FAMILY_MEMBERS } from '../../../domain/family'
import type { BindError } from '../../../services/family-service'
import type { FamilyMember } from '../../../services/model'
import { gatewayErrorSentence } from '../../../services/gateway-errors'
import { ActionButton } from '../../../ui/action-button'
import { InfoRows } from '../../../ui/info-rows'
import { NoticePanel } from '../../../ui/status-panel'
import { BIND_BUSY, BINDING_LABELS, bindingDetail, memberLabel } from '../copy/family-copy'
import { CheckRow } from './check-row'
import '../family.css'

interface MemberListProps {
  members: FamilyMember[]
  cart: string[]
  binding: Record<string, 'working' | BindError | undefined>
  onToggle(memberToken: string): void
  onBind(memberToken: string): void
  onRemove(memberToken: string): void
}

export function MemberList({ members, cart, binding, onToggle, onBind, onRemove }: MemberListProps) {
  if (members.length === 0) {
    return <NoticePanel title='还没有常用缴费人' detail={`点“添加常用缴费人”，最多可添加 ${MAX_FAMILY_MEMBERS} 人。`} />
  }
  return (
    <View>
      {members.map((member) => {
        const state = binding[member.memberToken]
        const canBind = member.binding.status === 'unbound' || member.binding.status === 'rejected'
        const label = memberLabel(member)
        return (
          <View key={member.memberToken} className='card member' ariaLabel={label}>
            <Text className='card-title'>{label}</Text>
            <InfoRows
              rows={[
                { label: '身份证号', value: member.maskedIdNumber },
                { label: '家庭共济绑定', value: BINDING_LABELS[member.binding.status] },
              ]}
            />
            <Text className='hint'>{bindingDetail(member.binding, member.bindingEvidence)}</Text>
            {state && state !== 'working' && (
              <Text className='form-error' ariaRole='alert'>
                {bindErrorText(state)}
              </Text>
            )}
            <CheckRow label={`为${label}缴费`} checked={cart.includes(member.memberToken)} onToggle={() => onToggle(member.memberToken)} />
            {canBind && (
              <ActionButton
                label={member.binding.status === 'rejected' ? '重新绑定亲属关系' : '绑定亲属关系'}
                kind='secondary'
                busy={state === 'working'}
                busyLabel={BIND_BUSY[member.bindingEvidence]}
                onTap={() => onBind(member.memberToken)}
              />
            )}
            <ActionButton label={`删除${label}`} kind='secondary' onTap={() => onRemove(member.memberToken)} />
          </View>
        )
      })}
    </View>
  )
}

function bindErrorText(error: BindError): string {
  if (error.kind === 'evidence') {
    return error.reason === 'cancelled' ? '绑定已取消，请重新提交。' : '材料未能提交，请稍后重试，或到医保经办机构办理绑定。'
  }
  return gatewayErrorSentence(error)
}
