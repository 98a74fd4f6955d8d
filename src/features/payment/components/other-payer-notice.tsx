/**
 * On a shared phone: the previous payer's order, by their masked name only
 * (上一位缴费人（**华）的订单确认中 / 已缴费). It is never the current
 * resident's 缴费成功, and they can go on with their own payment.
 */
import { View } from '@tarojs/components'
import { NoticePanel } from '../../../ui/status-panel'
import { otherPayerText } from '../copy/payment-copy'
import { usePaymentStore } from '../payment-context'

export function OtherPayerNotice() {
  const otherPayers = usePaymentStore((state) => state.otherPayers)
  if (otherPayers.length === 0) return null
  return (
    <View>
      {otherPayers.map((entry) => (
        <NoticePanel
          key={entry.orderId}
          title={otherPayerText(entry)}
          detail={
            entry.payment.phase === 'paid'
              ? '该笔缴费属于上一位缴费人，电子凭证请由其本人在“缴费记录”中查看。'
              : '该笔订单属于上一位缴费人，结果以医保部门查询为准；您可以继续为自己缴费。'
          }
        />
      ))}
    </View>
  )
}
