/** What step 4 and 5 say about a busy bureau, a changed amount, the 长护险 part and a previous payer's order. */
import { formatYuan, type Fen } from '../../../domain/money'
import type { PaymentMachineState } from '../../../domain/payment-machine'
import type { AmountChange, OtherPayerBill } from '../store/payment-store'

/** The disabled button's label while the wait after a busy answer runs. */
export const busyRetryLabel = (seconds: number): string => `系统繁忙，请在 ${seconds} 秒后重试`

/** Under the itemised bill: the 长护险 part is not an extra charge but a part of the standard, collected with it. */
export const longTermCareNote = (careFen: Fen): string =>
  `其中长期护理保险 ${formatYuan(careFen)} 元，按当地规定随居民医保一并缴纳，已含在应缴金额内，不另收费。`

/** 金额已更新: the bureau answered another amount than the page showed. */
export function amountChangeText(change: AmountChange): { title: string; detail: string } {
  const was = change.fromFen === undefined ? '' : `（原为 ${formatYuan(change.fromFen)} 元）`
  return change.agreed
    ? {
        title: `金额已更新：应缴 ${formatYuan(change.toFen)} 元`,
        detail: `医保部门核定的应缴金额为 ${formatYuan(change.toFen)} 元${was}，未扣款。请重新核对明细并勾选缴费须知后，再确认支付。`,
      }
    : {
        title: `金额已更新：医保部门核定 ${formatYuan(change.toFen)} 元`,
        detail: `医保部门核定的应缴金额为 ${formatYuan(change.toFen)} 元，与本页金额不一致，未扣款。请稍后返回参保信息重新进入，或拨打 12393 咨询。`,
      }
}

/** What the current resident is told about a previous payer's order on this phone: never their own 缴费成功. */
export function otherPayerText(entry: Pick<OtherPayerBill, 'maskedName' | 'payment'>): string {
  const who = entry.maskedName ? `上一位缴费人（${entry.maskedName}）` : '上一位缴费人'
  return paidPhase(entry.payment) ? `${who}已缴费` : `${who}的订单确认中`
}

const paidPhase = (payment: PaymentMachineState): boolean => payment.phase === 'paid'
