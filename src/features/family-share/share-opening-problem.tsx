/**
 * Why a 请家人代缴 card could not be opened, told to the relative who opened
 * it: paid already, revoked, expired or not recognised, each as it is, and
 * whether trying again can help. The bureau's advice (gateway-errors.ts)
 * speaks to the resident in places; here two codes need the relative's words:
 * ALREADY_PAID (the relative has no 缴费记录 of the resident's to look in)
 * and SHARE_INVALID (an unknown link was never valid, so not 已失效).
 */
import { View, Text } from '@tarojs/components'
import { describeGatewayError, type ErrorAdvice, type GatewayError } from '../../services/gateway-errors'
import { ActionButton } from '../../ui/action-button'
import { KeepTogether } from '../../ui/keep-together'

const RELATIVE_ADVICE: Partial<Record<string, ErrorAdvice>> = {
  ALREADY_PAID: {
    title: '该居民本年度已缴费',
    detail: '该居民本年度医保费已缴纳，无需再缴。电子凭证可由该居民本人在医保缴费的“缴费记录”中查看。',
    retryable: false,
  },
  SHARE_INVALID: {
    title: '代缴邀请无效',
    detail: '无法识别这张代缴卡片，链接可能不完整。请联系家人在医保缴费中重新点“请家人代缴”发给您。',
    retryable: false,
  },
}

/** What the relative reads when a card cannot be opened. */
export function shareOpeningAdvice(error: GatewayError): ErrorAdvice {
  return (error.kind === 'business' && RELATIVE_ADVICE[error.code]) || describeGatewayError(error)
}

export function ShareOpeningProblem({ error, onRetry }: { error: GatewayError; onRetry(): void }) {
  const advice = shareOpeningAdvice(error)
  const paid = error.kind === 'business' && error.code === 'ALREADY_PAID'
  return (
    <View
      className={`panel ${paid ? 'panel-ok' : advice.retryable ? 'panel-error' : 'panel-warn'}`}
      ariaRole='alert'
    >
      <Text className='panel-title'>
        <KeepTogether text={advice.title} />
      </Text>
      <Text className='panel-detail'>
        <KeepTogether text={advice.detail} />
      </Text>
      {advice.retryable && <ActionButton label='重试' onTap={onRetry} />}
    </View>
  )
}
