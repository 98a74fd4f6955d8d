/** Step 5: each payment phase in words, and what the resident can do in it. */
import { View } from '@tarojs/components'
import type { FailureReason, PaymentMachineState } from '../../../domain/payment-machine'
import type { GatewayError } from '../../../services/gateway-errors'
import { isBusyError } from '../../../services/payment-service'
import { ActionButton } from '../../../ui/action-button'
import { GatewayErrorPanel, LoadingPanel, NoticePanel } from '../../../ui/status-panel'
import { busyRetryLabel } from '../copy/payment-copy'
import { useSecondsUntil } from '../hooks/use-seconds-until'

interface PaymentStatusProps {
  payment: PaymentMachineState
  /** Why creating the order failed (with a failed/gateway state). */
  error?: GatewayError
  /** The bureau is busy: 重试 waits until then (ms since the epoch), counting down. */
  retryAt?: number
  onCheckAgain(): void
  onRetry(): void
  onBackToAmount(): void
  onReverify(): void
  onShowReceipt(receiptNo: string): void
}

export function PaymentStatus(props: PaymentStatusProps) {
  const { payment, error, retryAt, onCheckAgain, onRetry, onBackToAmount, onReverify, onShowReceipt } = props
  const waitSeconds = useSecondsUntil(retryAt)
  switch (payment.phase) {
    case 'idle':
    case 'creating':
      return <LoadingPanel message='正在创建缴费订单，请稍候…' />
    case 'awaiting-payment':
      return <LoadingPanel message='请在微信收银台完成支付' />
    case 'confirming':
      return (
        <LoadingPanel
          message={`确认中：正在向医保部门查询缴费结果，请勿重复支付${payment.queries > 0 ? `（已查询 ${payment.queries} 次）` : '…'}`}
        />
      )
    case 'paid':
      return <NoticePanel tone='ok' title='缴费成功' detail='医保部门已确认收到您的缴费，正在打开电子凭证…' />
    case 'unknown':
      return (
        <View>
          <NoticePanel
            tone='warn'
            title='确认中，请勿重复支付'
            detail='医保部门暂未返回缴费结果。如已扣款，结果通常会在几分钟内更新。请稍后点“再次查询”，或拨打 12393（医保）/ 12366（税务）咨询。'
          />
          <ActionButton label='再次查询' onTap={onCheckAgain} />
        </View>
      )
    case 'failed':
      if (payment.reason === 'gateway' && error) {
        const existingReceipt = error.kind === 'business' && error.code === 'ALREADY_PAID' ? error.receiptNo : undefined
        // A busy bureau: 重试 stays disabled, saying when, until the wait is over.
        const waiting = isBusyError(error) && waitSeconds > 0
        return (
          <View>
            <GatewayErrorPanel error={error} onRetry={waiting ? undefined : onRetry} onReverify={onReverify} />
            {waiting && <ActionButton label={busyRetryLabel(waitSeconds)} disabled onTap={onRetry} />}
            {existingReceipt && <ActionButton label='查看电子凭证' onTap={() => onShowReceipt(existingReceipt)} />}
            <ActionButton label='返回核对金额' kind='secondary' onTap={onBackToAmount} />
          </View>
        )
      }
      return (
        <View>
          <NoticePanel tone='warn' {...failureNotice(payment.reason)} />
          <ActionButton label='返回核对金额' onTap={onBackToAmount} />
        </View>
      )
  }
}

function failureNotice(reason: FailureReason): { title: string; detail: string } {
  switch (reason) {
    case 'closed':
      return { title: '支付未完成', detail: '订单已关闭，未扣款。您可以返回重新发起缴费。' }
    case 'payment-error':
      // The bureau closed the order: the next payment makes a new one.
      return { title: '支付未成功，可重新支付', detail: '支付未成功，未扣款。请返回核对金额后重新发起缴费，或更换支付方式。' }
    case 'amount-changed':
      return { title: '金额已更新', detail: '医保部门核定的金额与本页不一致，未扣款。请返回核对新的金额后再确认支付。' }
    case 'gateway':
      return { title: '支付未完成', detail: '订单未能创建，未扣款。请返回重新发起缴费。' }
  }
}
