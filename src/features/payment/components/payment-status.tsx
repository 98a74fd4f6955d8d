/** Step 5: each payment phase in words, and what the resident can do in it. */
import { View } from '@tarojs/components'
import type { PaymentPhase } from '../store/payment-store'
import { ActionButton } from './action-button'
import { GatewayErrorPanel, LoadingPanel, NoticePanel } from './status-panel'

interface PaymentStatusProps {
  payment: PaymentPhase
  onCheckAgain(): void
  onRetry(): void
  onBackToAmount(): void
  onReverify(): void
}

export function PaymentStatus({ payment, onCheckAgain, onRetry, onBackToAmount, onReverify }: PaymentStatusProps) {
  switch (payment.phase) {
    case 'idle':
    case 'creating':
      return <LoadingPanel message='正在创建缴费订单，请稍候…' />
    case 'awaiting-payment':
      return <LoadingPanel message='请在微信收银台完成支付' />
    case 'confirming':
      return <LoadingPanel message='正在向医保部门确认缴费结果，请稍候…' />
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
      if (payment.reason === 'gateway' && payment.error) {
        return (
          <View>
            <GatewayErrorPanel error={payment.error} onRetry={onRetry} onReverify={onReverify} />
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

