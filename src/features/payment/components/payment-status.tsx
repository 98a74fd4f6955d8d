/** Step 5: each payment phase in words, and what the resident can do in it. */
import { View } from '@tarojs/components'
import type { PaymentMachineState } from '../../../domain/payment-machine'
import type { GatewayError } from '../../../services/gateway-errors'
import { ActionButton } from '../../../ui/action-button'
import { GatewayErrorPanel, LoadingPanel, NoticePanel } from '../../../ui/status-panel'

interface PaymentStatusProps {
  payment: PaymentMachineState
  /** Why creating the order failed (with a failed/gateway state). */
  error?: GatewayError
  onCheckAgain(): void
  onRetry(): void
  onBackToAmount(): void
  onReverify(): void
  onShowReceipt(receiptNo: string): void
}

export function PaymentStatus({ payment, error, onCheckAgain, onRetry, onBackToAmount, onReverify, onShowReceipt }: PaymentStatusProps) {
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
        return (
          <View>
            <GatewayErrorPanel error={error} onRetry={onRetry} onReverify={onReverify} />
            {existingReceipt && <ActionButton label='查看电子凭证' onTap={() => onShowReceipt(existingReceipt)} />}
            <ActionButton label='返回核对金额' kind='secondary' onTap={onBackToAmount} />
          </View>
        )
      }
      return (
        <View>
          <NoticePanel
            tone='warn'
            title='支付未完成'
            detail={
              payment.reason === 'closed'
                ? '订单已关闭，未扣款。您可以返回重新发起缴费。'
                : '支付未成功，未扣款。请返回重新发起缴费，或更换支付方式。'
            }
          />
          <ActionButton label='返回核对金额' onTap={onBackToAmount} />
        </View>
      )
  }
}

