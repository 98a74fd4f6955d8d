/**
 * After a cart was paid: who is paid and who is not, by name, and the next
 * step for each. Said once the run has stopped: while 正在逐一缴费 goes on,
 * each line shows its own progress and nothing is "unpaid" yet.
 */
import { View } from '@tarojs/components'
import { NoticePanel } from '../../../ui/status-panel'
import { memberLabel } from '../copy/family-copy'
import type { CartLineView } from '../store/cart-plan'

export function CartOutcome({
  lines,
  paying,
  stoppedByCancel,
}: {
  lines: CartLineView[]
  paying: boolean
  stoppedByCancel: boolean
}) {
  if (paying) return null
  const payable = lines.filter((view) => view.amountFen !== undefined)
  const attempted = payable.some(
    (view) => view.line.receiptNo || view.line.bill || view.line.payment.phase !== 'idle',
  )
  if (!attempted) return null
  const names = (views: CartLineView[]) => views.map((view) => memberLabel(view.member)).join('、')
  const paid = payable.filter((view) => view.line.receiptNo)
  const confirming = payable.filter((view) => view.line.payment.phase === 'unknown')
  const unpaid = payable.filter((view) => !view.line.receiptNo && view.line.payment.phase !== 'unknown')
  if (unpaid.length === 0 && confirming.length === 0) {
    return (
      <NoticePanel
        tone='ok'
        title={`全部缴费成功，共 ${paid.length} 人`}
        detail='每位缴费人都有自己的电子凭证：点其名下的“查看电子凭证”，或到“缴费记录”中按参保人查看。'
      />
    )
  }
  return (
    <View ariaRole='status'>
      <NoticePanel
        tone='warn'
        title={`部分未完成：已缴 ${paid.length} 人，未缴 ${unpaid.length} 人`}
        detail={[
          paid.length > 0 ? `已缴费：${names(paid)}。` : '',
          unpaid.length > 0
            ? `未缴费：${names(unpaid)}，未扣款${stoppedByCancel ? '（您取消了支付）' : ''}，可点下方按钮只为他们重新支付。`
            : '',
          confirming.length > 0 ? `确认中：${names(confirming)}，请勿重复支付，稍后点“再次查询”。` : '',
        ].join('')}
      />
    </View>
  )
}
