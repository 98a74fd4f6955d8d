/**
 * 同意 of the 个人信息保护说明. On weapp it is also WeChat's agree button of
 * the privacy guide (open type agreePrivacyAuthorization, known by its id), so
 * one tap is both consents; on H5 it is a plain button.
 *
 * `answers: 'wechat'` waits for WeChat's agreePrivacyAuthorization event, not
 * the tap: a call WeChat holds may go on only once WeChat has recorded the
 * agreement (its guide resolves the held call in that event's handler).
 */
import { Button } from '@tarojs/components'
import { PRIVACY_AGREE_OPEN_TYPE } from '../../platform/privacy'
import { KeepTogether } from '../../ui'

interface PrivacyAgreeButtonProps {
  id: string
  label: string
  onAgree(): void
  answers?: 'tap' | 'wechat'
}

export function PrivacyAgreeButton({ id, label, onAgree, answers = 'tap' }: PrivacyAgreeButtonProps) {
  return (
    <Button
      id={id}
      className='btn btn-primary'
      ariaRole='button'
      tabIndex={0}
      openType={PRIVACY_AGREE_OPEN_TYPE}
      onClick={answers === 'tap' ? onAgree : undefined}
      onAgreePrivacyAuthorization={answers === 'wechat' ? onAgree : undefined}
    >
      <KeepTogether text={label} />
    </Button>
  )
}
