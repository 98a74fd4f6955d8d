/**
 * 常用缴费人: each member masked, with the relation, the 家庭共济 binding state
 * and what it allows (the cart's own scope check), a tick box to add them to
 * this payment, bind and remove. Binding a relative under 16 is a step of its
 * own: what to photograph, the camera or album, the upload's progress, and
 * 取消 at each point; a photo refused says why.
 */
import { View, Text } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { MAX_FAMILY_MEMBERS } from '../../../domain/family'
import type { BindError } from '../../../services/family-service'
import type { FamilyMember } from '../../../services/model'
import type { PhotoUploadProgress } from '../../../services/ports'
import { preparePhotoPicker } from '../../../platform/photo-picker'
import { ActionButton } from '../../../ui/action-button'
import { InfoRows } from '../../../ui/info-rows'
import { LoadingPanel, NoticePanel } from '../../../ui/status-panel'
import {
  BIND_BUSY,
  BINDING_LABELS,
  bindErrorText,
  bindingDetail,
  memberLabel,
  PHOTO_STEP,
  photoProgressText,
} from '../copy/family-copy'
import type { MemberAid } from '../store/cart-plan'
import { CheckRow } from './check-row'
import '../family.css'

interface MemberListProps {
  members: FamilyMember[]
  cart: string[]
  binding: Record<string, 'working' | BindError | undefined>
  bindProgress: Record<string, PhotoUploadProgress | undefined>
  /** What the personal account may do for each member (cart-plan.ts memberAid). */
  aid: Record<string, MemberAid>
  onToggle(memberToken: string): void
  /** Starts the evidence: call it from the tap itself (the photo picker opens only within one). */
  onBind(memberToken: string): void
  onCancelBind(memberToken: string): void
  onRemove(memberToken: string): void
}

export function MemberList({
  members,
  cart,
  binding,
  bindProgress,
  aid,
  onToggle,
  onBind,
  onCancelBind,
  onRemove,
}: MemberListProps) {
  /** The member whose 户口簿 photo step is open. */
  const [photoFor, setPhotoFor] = useState<string | undefined>()
  if (members.length === 0) {
    return (
      <NoticePanel
        title='还没有常用缴费人'
        detail={`点“添加常用缴费人”，最多可添加 ${MAX_FAMILY_MEMBERS} 人。`}
      />
    )
  }
  return (
    <View>
      {members.map((member) => {
        const token = member.memberToken
        const state = binding[token]
        const working = state === 'working'
        const canBind = member.binding.status === 'unbound' || member.binding.status === 'rejected'
        const byPhoto = member.bindingEvidence === 'household-register'
        const label = memberLabel(member)
        const photoStep = byPhoto && canBind && (photoFor === token || working)
        return (
          <View key={token} className='card member' ariaLabel={label}>
            <Text className='card-title'>{label}</Text>
            <InfoRows
              rows={[
                { label: '身份证号', value: member.maskedIdNumber },
                { label: '家庭共济绑定', value: BINDING_LABELS[member.binding.status] },
              ]}
            />
            <Text className='hint'>{bindingDetail(member.binding, member.bindingEvidence, aid[token])}</Text>
            {state && state !== 'working' && (
              <Text className='form-error' ariaRole='alert'>
                {bindErrorText(state, member.bindingEvidence)}
              </Text>
            )}
            <CheckRow
              label={`为${label}缴费`}
              checked={cart.includes(token)}
              onToggle={() => onToggle(token)}
            />
            {photoStep ? (
              <PhotoStep
                working={working}
                progress={bindProgress[token]}
                again={state !== undefined && state !== 'working'}
                onChoose={() => onBind(token)}
                onCancel={() => {
                  setPhotoFor(undefined)
                  if (working) onCancelBind(token)
                }}
              />
            ) : (
              canBind && (
                <ActionButton
                  label={member.binding.status === 'rejected' ? '重新绑定亲属关系' : '绑定亲属关系'}
                  kind='secondary'
                  busy={working}
                  busyLabel={BIND_BUSY[member.bindingEvidence]}
                  onTap={() => (byPhoto ? setPhotoFor(token) : onBind(token))}
                />
              )
            )}
            <ActionButton label={`删除${label}`} kind='secondary' onTap={() => onRemove(token)} />
          </View>
        )
      })}
    </View>
  )
}

interface PhotoStepProps {
  working: boolean
  progress?: PhotoUploadProgress
  /** A try ended without a binding: the button says "again". */
  again: boolean
  onChoose(): void
  onCancel(): void
}

function PhotoStep({ working, progress, again, onChoose, onCancel }: PhotoStepProps) {
  // H5 fetches the camera-or-album picker now, so that the tap on 拍照或从相册选择 can open it at once.
  useEffect(preparePhotoPicker, [])
  return (
    <View className='photo-step' ariaRole='group' ariaLabel={PHOTO_STEP.title}>
      <Text className='panel-title'>{PHOTO_STEP.title}</Text>
      <Text className='paragraph'>{PHOTO_STEP.ask}</Text>
      <Text className='hint'>{PHOTO_STEP.note}</Text>
      {working ? (
        <LoadingPanel message={photoProgressText(progress)} />
      ) : (
        <ActionButton label={again ? PHOTO_STEP.chooseAgain : PHOTO_STEP.choose} onTap={onChoose} />
      )}
      <ActionButton
        label={working ? PHOTO_STEP.cancelUpload : PHOTO_STEP.cancel}
        kind='secondary'
        onTap={onCancel}
      />
    </View>
  )
}
