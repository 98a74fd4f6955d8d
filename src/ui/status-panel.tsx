/** Progress and failure, said plainly, with the next thing the resident can do. */
import { View, Text } from '@tarojs/components'
import { describeGatewayError, type GatewayError } from '../services/gateway-errors'
import { ActionButton } from './action-button'
import { KeepTogether } from './keep-together'

export function LoadingPanel({ message }: { message: string }) {
  return (
    <View className='panel panel-loading' ariaRole='status'>
      <View className='spinner' ariaHidden />
      <Text>{message}</Text>
    </View>
  )
}

interface GatewayErrorPanelProps {
  error: GatewayError
  onRetry?: () => void
  onReverify?: () => void
}

export function GatewayErrorPanel({ error, onRetry, onReverify }: GatewayErrorPanelProps) {
  const advice = describeGatewayError(error)
  return (
    <View className='panel panel-error' ariaRole='alert'>
      <Text className='panel-title'>
        <KeepTogether text={advice.title} />
      </Text>
      <Text className='panel-detail'>
        <KeepTogether text={advice.detail} />
      </Text>
      {advice.retryable && onRetry && <ActionButton label='重试' onTap={onRetry} />}
      {advice.reverify && onReverify && <ActionButton label='重新实名认证' onTap={onReverify} />}
    </View>
  )
}

export function NoticePanel({
  title,
  detail,
  tone = 'info',
}: {
  title: string
  detail: string
  tone?: 'info' | 'warn' | 'ok'
}) {
  return (
    <View className={`panel panel-${tone}`}>
      <Text className='panel-title'>
        <KeepTogether text={title} />
      </Text>
      <Text className='panel-detail'>
        <KeepTogether text={detail} />
      </Text>
    </View>
  )
}
